package dev.kiln.net.udp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Udp;
import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetwork;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class UdpPropertiesTest {
  @Property
  void parseOfEmitIsIdentity(@ForAll("headers") UdpHeader header, @ForAll int source,
      @ForAll int destination) throws Exception {
    byte[] buffer = new byte[header.length()];
    for (int i = 8; i < buffer.length; i++) {
      buffer[i] = (byte) (i * 13);
    }
    header.emit(source, destination, buffer, 0);
    assertThat(UdpHeader.parse(source, destination, buffer, 0, buffer.length)).isEqualTo(header);
  }

  @Property
  void arbitraryBytesParseOrAreMalformed(@ForAll @Size(max = 80) byte[] bytes,
      @ForAll int source, @ForAll int destination) {
    try {
      UdpView view = new UdpView().wrap(source, destination, bytes, 0, bytes.length);
      assertThat(view.payloadOffset() + view.payloadLength()).isAtMost(bytes.length);
    } catch (MalformedUdpException expected) {
      // the only failure allowed
    }
  }

  @Property(tries = 300)
  void mutatedDatagramsNeverBreakTheStack(@ForAll @IntRange(min = 0, max = 45) int position,
      @ForAll byte value) {
    ManualEventLoop loop = new ManualEventLoop();
    SimulatedNetwork network = new SimulatedNetwork(loop, 1, LinkFaults.NONE);
    Host a = new Host(network, loop, "a", 0x0200_0000_0001L, "10.0.0.1/24");
    Host b = new Host(network, loop, "b", 0x0200_0000_0002L, "10.0.0.2/24");
    List<Integer> got = new ArrayList<>();
    b.udp.bind(7, (source, sourcePort, port, buffer, offset, length) -> got.add(length));
    byte[] buffer = new byte[Udp.HEADROOM + 4];
    a.udp.send(1000, 0x0a000002, 7, buffer, Udp.HEADROOM, 4);
    loop.advance(10_000_000);
    byte[] frame = a.device.sent().get(a.device.sent().size() - 1).clone();
    frame[position] = value;
    b.device.inject(frame);
    loop.advance(1_000_000);

    a.udp.send(1000, 0x0a000002, 7, new byte[Udp.HEADROOM + 4], Udp.HEADROOM, 4);
    loop.advance(10_000_000);
    assertThat(got.get(got.size() - 1)).isEqualTo(4);
  }

  @Provide
  Arbitrary<UdpHeader> headers() {
    Arbitrary<Integer> ports = Arbitraries.integers().between(0, 0xFFFF);
    return Combinators.combine(ports, ports, Arbitraries.integers().between(8, 600))
        .as(UdpHeader::new);
  }
}

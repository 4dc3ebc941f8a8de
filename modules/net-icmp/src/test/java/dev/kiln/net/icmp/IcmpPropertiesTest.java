package dev.kiln.net.icmp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Ipv4;
import dev.kiln.net.ethernet.EthernetHeader;
import dev.kiln.net.ipv4.Ipv4Header;
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

class IcmpPropertiesTest {
  @Property
  void parseOfEmitIsIdentity(@ForAll("headers") IcmpHeader header,
      @ForAll @Size(max = 64) byte[] data) throws Exception {
    byte[] buffer = new byte[8 + data.length];
    System.arraycopy(data, 0, buffer, 8, data.length);
    header.emit(buffer, 0, data.length);
    assertThat(IcmpHeader.parse(buffer, 0, buffer.length)).isEqualTo(header);
  }

  @Property
  void arbitraryBytesParseOrAreMalformed(@ForAll @Size(max = 80) byte[] bytes) {
    try {
      IcmpHeader.parse(bytes, 0, bytes.length);
    } catch (MalformedIcmpException expected) {
      // the only failure allowed
    }
  }

  @Property(tries = 300)
  void arbitraryAndMutatedFramesNeverBreakTheStack(
      @ForAll @Size(max = 10) List<@Size(max = 120) byte[]> junk,
      @ForAll @IntRange(min = 0, max = 49) int position, @ForAll byte value) {
    ManualEventLoop loop = new ManualEventLoop();
    SimulatedNetwork network = new SimulatedNetwork(loop, 1, LinkFaults.NONE);
    Host a = new Host(network, loop, "a", 0x0200_0000_0001L, "10.0.0.1/24");
    Host b = new Host(network, loop, "b", 0x0200_0000_0002L, "10.0.0.2/24");
    List<Integer> replies = new ArrayList<>();
    a.icmp.onEchoReply((peer, id, seq, buffer, offset, length) -> replies.add(seq));
    loop.advance(1_000_000);

    for (byte[] frame : junk) {
      b.device.inject(frame);
    }
    byte[] echo = echoFrame();
    echo[position] = value;
    b.device.inject(echo);
    loop.advance(1_000_000);

    byte[] buffer = new byte[Ipv4.HEADROOM + 8 + 16];
    a.icmp.sendEchoRequest(0x0a000002, 1, 77, buffer, Ipv4.HEADROOM + 8, 16);
    loop.advance(10_000_000);
    assertThat(replies).contains(77);
  }

  private static byte[] echoFrame() {
    byte[] frame = new byte[14 + 20 + 16];
    new EthernetHeader(0x0200_0000_0002L, 0x0200_0000_0001L, 0x0800).emit(frame, 0);
    new Ipv4Header(0, 36, 1, false, false, 0, 64, 1, 0x0a000001, 0x0a000002).emit(frame, 14);
    IcmpHeader.echo(8, 1, 1).emit(frame, 34, 8);
    return frame;
  }

  @Provide
  Arbitrary<IcmpHeader> headers() {
    Arbitrary<Integer> bytes = Arbitraries.integers().between(0, 255);
    return Combinators.combine(bytes, bytes, Arbitraries.integers()).as(IcmpHeader::new);
  }
}

package dev.kiln.net.ethernet;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetDevice;
import dev.kiln.net.testing.SimulatedNetwork;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class EthernetPropertiesTest {
  @Property
  void parseOfEmitIsIdentity(@ForAll("headers") EthernetHeader header,
      @ForAll @Size(max = 64) byte[] payload) throws Exception {
    byte[] buffer = new byte[14 + payload.length];
    header.emit(buffer, 0);
    System.arraycopy(payload, 0, buffer, 14, payload.length);

    assertThat(EthernetHeader.parse(buffer, 0, buffer.length)).isEqualTo(header);
  }

  @Property
  void arbitraryBytesParseOrAreMalformed(@ForAll @Size(max = 80) byte[] bytes) {
    try {
      EthernetFrame frame = new EthernetFrame().wrap(bytes, 0, bytes.length);
      assertThat(frame.payloadLength()).isAtLeast(0);
    } catch (MalformedFrameException expected) {
      // the only failure allowed
    }
  }

  @Property
  void arbitraryFramesNeverBreakTheLayer(@ForAll @Size(max = 20) List<@Size(max = 100) byte[]>
      frames) {
    ManualEventLoop loop = new ManualEventLoop();
    SimulatedNetwork network = new SimulatedNetwork(loop, 1, LinkFaults.NONE);
    SimulatedNetDevice device = network.attach("service", 0x0200_0000_0002L, 1500);
    EthernetLayer ethernet = new EthernetLayer(SimulatedNetwork.net(device), "service");
    int[] delivered = new int[1];
    ethernet.onFrame(0x0800, (source, destination, buffer, offset, length) -> delivered[0]++);

    for (byte[] frame : frames) {
      device.inject(frame);
    }
    loop.runDue();

    assertThat(ethernet.framesReceived()).isEqualTo(frames.size());
    assertThat(delivered[0] + ethernet.framesFiltered() + ethernet.framesMalformed()
        + ethernet.framesUnhandled()).isEqualTo(frames.size());
  }

  @Provide
  Arbitrary<EthernetHeader> headers() {
    Arbitrary<Long> macs = Arbitraries.longs().between(0, 0xFFFF_FFFF_FFFFL);
    Arbitrary<Integer> types = Arbitraries.integers().between(0x0600, 0xFFFF);
    return Combinators.combine(macs, macs, types).as(EthernetHeader::new);
  }
}

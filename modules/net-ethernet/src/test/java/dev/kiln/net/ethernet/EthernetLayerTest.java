package dev.kiln.net.ethernet;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.net.Ethernet;
import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetDevice;
import dev.kiln.net.testing.SimulatedNetwork;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EthernetLayerTest {
  private static final long OURS = 0x0200_0000_0002L;
  private static final long PEER = 0x0200_0000_0001L;

  private final ManualEventLoop loop = new ManualEventLoop();
  private final SimulatedNetwork network = new SimulatedNetwork(loop, 7, LinkFaults.NONE);
  private final SimulatedNetDevice device = network.attach("service", OURS, 1500);
  private final SimulatedNetDevice peer = network.attach("peer", PEER, 1500);
  private final EthernetLayer ethernet = new EthernetLayer(SimulatedNetwork.net(device), "service");
  private final List<String> received = new ArrayList<>();

  EthernetLayerTest() {
    ethernet.onFrame(0x0800, (source, destination, buffer, offset, length) ->
        received.add(Long.toHexString(source) + ">" + Long.toHexString(destination) + ":"
            + length + ":" + buffer[offset]));
  }

  @Test
  void deliversFramesForItsMacAndBroadcastByEtherType() {
    device.inject(frame(OURS, PEER, 0x0800, 1));
    device.inject(frame(0xFFFF_FFFF_FFFFL, PEER, 0x0800, 2));
    loop.runDue();

    assertThat(received).containsExactly("20000000001>20000000002:4:1",
        "20000000001>ffffffffffff:4:2").inOrder();
  }

  @Test
  void dropsFramesForOtherMacsAndMulticast() {
    device.inject(frame(0x0200_0000_0009L, PEER, 0x0800, 1));
    device.inject(frame(0x0100_5E00_0001L, PEER, 0x0800, 1));
    loop.runDue();

    assertThat(received).isEmpty();
    assertThat(ethernet.framesFiltered()).isEqualTo(2);
  }

  @Test
  void countsFramesWithoutAListenerAndMalformedFrames() {
    device.inject(frame(OURS, PEER, 0x86DD, 1));
    device.inject(new byte[] {1, 2, 3});
    loop.runDue();

    assertThat(ethernet.framesUnhandled()).isEqualTo(1);
    assertThat(ethernet.framesMalformed()).isEqualTo(1);
  }

  @Test
  void sendWritesTheHeaderIntoTheHeadroom() {
    byte[] buffer = new byte[14 + 3];
    buffer[14] = 7;

    assertThat(ethernet.send(PEER, 0x0806, buffer, 14, 3)).isTrue();

    assertThat(device.sent()).hasSize(1);
    assertThat(device.sent().get(0)).isEqualTo(frame(PEER, OURS, 0x0806, 7, 3));
  }

  @Test
  void aBusyDeviceDropsTheFrame() {
    device.setBusy(true);
    assertThat(ethernet.send(PEER, 0x0800, new byte[20], 14, 6)).isFalse();
  }

  @Test
  void aPayloadOverTheMtuOrWithoutHeadroomIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ethernet.send(PEER, 0x0800, new byte[1600], 14, 1501));
    assertThrows(IllegalArgumentException.class,
        () -> ethernet.send(PEER, 0x0800, new byte[100], 13, 10));
  }

  @Test
  void framesReachThePeerOverTheSimulatedLink() {
    Ethernet other = new EthernetLayer(SimulatedNetwork.net(peer), "peer");
    List<Integer> got = new ArrayList<>();
    other.onFrame(0x0800, (source, destination, buffer, offset, length) -> got.add(length));

    ethernet.send(PEER, 0x0800, new byte[14 + 46], 14, 46);
    loop.advance(1_000_000);

    assertThat(got).containsExactly(46);
  }

  private static byte[] frame(long destination, long source, int type, int first) {
    return frame(destination, source, type, first, 4);
  }

  private static byte[] frame(long destination, long source, int type, int first, int length) {
    byte[] frame = new byte[14 + length];
    new EthernetHeader(destination, source, type).emit(frame, 0);
    frame[14] = (byte) first;
    return frame;
  }
}

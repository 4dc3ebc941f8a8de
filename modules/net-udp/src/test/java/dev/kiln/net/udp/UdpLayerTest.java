package dev.kiln.net.udp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.net.Udp;
import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetwork;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UdpLayerTest {
  private static final int A = 0x0a000001;
  private static final int B = 0x0a000002;

  private final ManualEventLoop loop = new ManualEventLoop();
  private final SimulatedNetwork network = new SimulatedNetwork(loop, 5, LinkFaults.NONE);
  private final Host a = new Host(network, loop, "a", 0x0200_0000_0001L, "10.0.0.1/24");
  private final Host b = new Host(network, loop, "b", 0x0200_0000_0002L, "10.0.0.2/24");
  private final List<String> atB = new ArrayList<>();

  UdpLayerTest() {
    loop.advance(1_000_000);
  }

  @Test
  void deliversToTheBoundPortAndEchoesBack() {
    b.udp.bind(7, (source, sourcePort, port, buffer, offset, length) -> {
      atB.add(source + ":" + sourcePort + ">" + port + " "
          + new String(buffer, offset, length, StandardCharsets.US_ASCII));
      // Echo in place: the payload already sits behind the headroom the stack left.
      b.udp.send(port, source, sourcePort, buffer, offset, length);
    });
    List<String> atA = new ArrayList<>();
    a.udp.bind(40000, (source, sourcePort, port, buffer, offset, length) ->
        atA.add(new String(buffer, offset, length, StandardCharsets.US_ASCII)));

    send(a.udp, 40000, B, 7, "hello");
    loop.advance(10_000_000);

    assertThat(atB).containsExactly(A + ":40000>7 hello");
    assertThat(atA).containsExactly("hello");
  }

  @Test
  void anUnboundPortIsAnsweredWithPortUnreachable() {
    List<Integer> codes = new ArrayList<>();
    a.ipv4.onProtocol(1, (source, destination, protocol, buffer, header, offset, length) -> {
      if (buffer[offset] == 3) {
        codes.add((int) buffer[offset + 1]);
      }
    });
    send(a.udp, 40000, B, 9, "anyone?");
    loop.advance(10_000_000);

    assertThat(codes).containsExactly(3);
    assertThat(b.udp.datagramsUnreachable()).isEqualTo(1);
  }

  @Test
  void aBroadcastToAnUnboundPortIsDroppedQuietly() {
    send(a.udp, 40000, 0x0a0000ff, 9, "hi");
    loop.advance(10_000_000);
    assertThat(b.udp.datagramsUnreachable()).isEqualTo(1);
    assertThat(b.icmp.unreachablesSent()).isEqualTo(0);
  }

  @Test
  void aPortBindsOnceAndCanBeReleased() {
    b.udp.bind(53, (source, sourcePort, port, buffer, offset, length) -> {});
    assertThrows(IllegalStateException.class,
        () -> b.udp.bind(53, (source, sourcePort, port, buffer, offset, length) -> {}));
    b.udp.unbind(53);
    b.udp.bind(53, (source, sourcePort, port, buffer, offset, length) -> atB.add("again"));
    send(a.udp, 1, B, 53, "x");
    loop.advance(10_000_000);
    assertThat(atB).containsExactly("again");
    assertThrows(IllegalArgumentException.class,
        () -> b.udp.bind(0, (source, sourcePort, port, buffer, offset, length) -> {}));
  }

  @Test
  void datagramsSurviveAFaultyLinkIntactOrNotAtAll() {
    network.setFaults(new LinkFaults(0.1, 0.1, 0.1, 0.3, 100_000, 3_000_000));
    List<String> got = new ArrayList<>();
    b.udp.bind(9000, (source, sourcePort, port, buffer, offset, length) ->
        got.add(new String(buffer, offset, length, StandardCharsets.US_ASCII)));
    // Resolve first, so loss of the ARP exchange does not dominate.
    send(a.udp, 9000, B, 9000, "warm-up");
    loop.advance(5_000_000_000L);
    got.clear();

    for (int i = 0; i < 300; i++) {
      send(a.udp, 9000, B, 9000, "datagram-" + i);
      loop.advance(1_000_000);
    }
    loop.advance(1_000_000_000L);

    assertThat(got.size()).isGreaterThan(200);
    for (String datagram : got) {
      assertThat(datagram).matches("datagram-\\d+");
    }
  }

  private static void send(Udp udp, int sourcePort, int destination, int port, String text) {
    byte[] data = text.getBytes(StandardCharsets.US_ASCII);
    byte[] buffer = new byte[Udp.HEADROOM + data.length];
    System.arraycopy(data, 0, buffer, Udp.HEADROOM, data.length);
    udp.send(sourcePort, destination, port, buffer, Udp.HEADROOM, data.length);
  }
}

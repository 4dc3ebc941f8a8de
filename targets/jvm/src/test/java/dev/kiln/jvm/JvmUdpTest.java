package dev.kiln.jvm;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.Timer;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Udp;
import dev.kiln.eventloop.DeadlineEventLoop;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link JvmUdp} over real loopback sockets on a real {@link DeadlineEventLoop}. */
@Timeout(30)
class JvmUdpTest {
  private static final int LOOPBACK = Ipv4Address.of(127, 0, 0, 1).value();

  @Test
  void datagramsGoBothWaysThenTheLoopEnds() throws Exception {
    SystemClock clock = new SystemClock();
    HostSelector selector = new HostSelector();
    DeadlineEventLoop loop = new DeadlineEventLoop(clock, new SelectorIdle(clock, selector));
    JvmUdp udp = new JvmUdp(loop, selector, "127.0.0.1");
    int server = freePort();
    int client = freePort();
    List<String> got = new ArrayList<>();
    Timer guard = loop.after(20_000_000_000L, () -> loop.exit(99));
    udp.bind(server, (source, sourcePort, destinationPort, buffer, off, len) -> {
      got.add("server " + new String(buffer, off, len, StandardCharsets.US_ASCII) + " from "
          + Ipv4Address.format(source) + ":" + (sourcePort == client) + " to " + destinationPort);
      byte[] reply = new byte[Udp.HEADROOM + 4];
      System.arraycopy("pong".getBytes(StandardCharsets.US_ASCII), 0, reply, Udp.HEADROOM, 4);
      assertThat(udp.send(destinationPort, source, sourcePort, reply, Udp.HEADROOM, 4)).isTrue();
    });
    udp.bind(client, (source, sourcePort, destinationPort, buffer, off, len) -> {
      got.add("client " + new String(buffer, off, len, StandardCharsets.US_ASCII));
      udp.unbind(client);
      udp.unbind(server);
      guard.cancel();
    });
    assertThat(org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> udp.bind(server, (a, b, c, d, e, f) -> {})).getMessage()).contains("already");
    byte[] ping = new byte[Udp.HEADROOM + 4];
    System.arraycopy("ping".getBytes(StandardCharsets.US_ASCII), 0, ping, Udp.HEADROOM, 4);
    assertThat(udp.send(client, LOOPBACK, server, ping, Udp.HEADROOM, 4)).isTrue();

    assertThat(loop.run()).isEqualTo(0);
    assertThat(got).containsExactly("server ping from 127.0.0.1:true to " + server,
        "client pong").inOrder();
  }

  private static int freePort() throws IOException {
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

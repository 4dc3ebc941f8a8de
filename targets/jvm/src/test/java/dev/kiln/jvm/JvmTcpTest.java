package dev.kiln.jvm;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.Timer;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.TcpConnection;
import dev.kiln.api.net.TcpConnection.CloseReason;
import dev.kiln.eventloop.DeadlineEventLoop;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link JvmTcp} over real loopback sockets, both ends on one real {@link DeadlineEventLoop} with
 * the JVM clock and {@link SelectorIdle}. Each test has a guard timer that ends the loop with
 * status 99.
 */
@Timeout(30)
class JvmTcpTest {
  private static final int LOOPBACK = Ipv4Address.of(127, 0, 0, 1).value();
  private static final long GUARD_NANOS = 20_000_000_000L;

  private SystemClock clock;
  private HostSelector selector;
  private DeadlineEventLoop loop;
  private JvmTcp tcp;
  private Timer guard;

  @BeforeEach
  void setUp() {
    clock = new SystemClock();
    selector = new HostSelector();
    loop = new DeadlineEventLoop(clock, new SelectorIdle(clock, selector));
    tcp = new JvmTcp(loop, selector, "127.0.0.1");
    guard = loop.after(GUARD_NANOS, () -> loop.exit(99));
  }

  @Test
  void idleWaitsForTheDeadline() {
    SelectorIdle idle = new SelectorIdle(clock, selector);
    long start = clock.monotonicNanos();
    assertThat(idle.waitUntil(start + 30_000_000L)).isEqualTo(0);
    assertThat(clock.monotonicNanos() - start).isAtLeast(30_000_000L);
    assertThat(idle.waitUntil(start)).isEqualTo(0); // passed: returns at once
  }

  @Test
  void acceptsAndEchoesThenTheLoopEndsByItself() throws Exception {
    int port = freePort();
    byte[] data = randomBytes(4 << 20);
    List<CloseReason> closes = new ArrayList<>();
    tcp.listen(port, 8, connection -> new Echo() {
      @Override
      public void onClosed(TcpConnection c, CloseReason reason) {
        closes.add(reason);
        tcp.unlisten(port);
      }
    });
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    tcp.connect(LOOPBACK, port, new TcpConnection.Handler() {
      int sent;

      @Override
      public void onConnected(TcpConnection c) {
        assertThat(c.remotePort()).isEqualTo(port);
        assertThat(c.remoteAddress()).isEqualTo(LOOPBACK);
        send(c);
      }

      @Override
      public void onWritable(TcpConnection c) {
        send(c);
      }

      private void send(TcpConnection c) {
        while (sent < data.length) {
          int n = c.write(data, sent, Math.min(65536, data.length - sent));
          assertThat(n).isAtLeast(0);
          sent += n;
          if (n == 0) {
            return;
          }
        }
        c.shutdownOutput();
      }

      @Override
      public void onReadable(TcpConnection c) {
        byte[] buffer = new byte[32768];
        int n;
        while ((n = c.read(buffer, 0, buffer.length)) > 0) {
          received.write(buffer, 0, n);
        }
      }

      @Override
      public void onClosed(TcpConnection c, CloseReason reason) {
        closes.add(reason);
        guard.cancel();
      }
    });

    assertThat(loop.run()).isEqualTo(0); // nothing left: no sockets, no timers
    assertThat(received.toByteArray()).isEqualTo(data);
    assertThat(closes).containsExactly(CloseReason.CLOSED, CloseReason.CLOSED);
  }

  @Test
  void shortWriteWhenTheSendBufferIsFullThenOnWritable() throws Exception {
    int port = freePort();
    AtomicReference<TcpConnection> server = new AtomicReference<>();
    tcp.listen(port, 8, connection -> {
      server.set(connection);
      return new TcpConnection.Handler() {}; // does not read
    });
    byte[] chunk = new byte[65536];
    int[] shortWrites = {0};
    int[] writables = {0};
    long[] drained = {0};
    long[] written = {0};
    tcp.connect(LOOPBACK, port, new TcpConnection.Handler() {
      @Override
      public void onConnected(TcpConnection c) {
        while (true) {
          int n = c.write(chunk, 0, chunk.length);
          written[0] += n;
          if (n < chunk.length) {
            shortWrites[0]++;
            assertThat(c.writableBytes()).isEqualTo(0);
            assertThat(c.write(chunk, 0, 1)).isEqualTo(0); // still full
            // Now the server drains; its first read asks for input events again.
            loop.soon(() -> drain(server.get()));
            return;
          }
        }
      }

      private void drain(TcpConnection s) {
        byte[] buffer = new byte[65536];
        int n;
        while ((n = s.read(buffer, 0, buffer.length)) > 0) {
          drained[0] += n;
        }
      }

      @Override
      public void onWritable(TcpConnection c) {
        writables[0]++;
        loop.exit(0);
      }
    });
    // The server's handler drains on each onReadable once draining started.
    assertThat(loop.run()).isEqualTo(0);
    assertThat(shortWrites[0]).isEqualTo(1);
    assertThat(writables[0]).isEqualTo(1);
    assertThat(written[0]).isGreaterThan(0L);
    assertThat(drained[0]).isGreaterThan(0L);
  }

  @Test
  void halfCloseKeepsTheOtherDirectionOpen() throws Exception {
    int port = freePort();
    StringBuilder serverGot = new StringBuilder();
    StringBuilder clientGot = new StringBuilder();
    List<String> events = new ArrayList<>();
    tcp.listen(port, 8, connection -> new TcpConnection.Handler() {
      @Override
      public void onReadable(TcpConnection c) {
        byte[] buffer = new byte[100];
        int n;
        while ((n = c.read(buffer, 0, buffer.length)) > 0) {
          serverGot.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
        }
        if (n < 0) {
          events.add("server saw end");
          byte[] reply = "bye".getBytes(StandardCharsets.US_ASCII);
          assertThat(c.write(reply, 0, reply.length)).isEqualTo(3); // still open this way
          c.close();
        }
      }

      @Override
      public void onClosed(TcpConnection c, CloseReason reason) {
        events.add("server " + reason);
      }
    });
    tcp.connect(LOOPBACK, port, new TcpConnection.Handler() {
      @Override
      public void onConnected(TcpConnection c) {
        c.setNoDelay(true); // TCP_NODELAY
        c.setKeepAlive(1_500_000_000L, 1_000_000_000L, 3); // SO_KEEPALIVE, 2 s idle, 1 s, 3
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        assertThat(c.write(hello, 0, hello.length)).isEqualTo(5);
        c.shutdownOutput();
        assertThat(c.write(hello, 0, 1)).isEqualTo(-1);
      }

      @Override
      public void onReadable(TcpConnection c) {
        byte[] buffer = new byte[100];
        int n;
        while ((n = c.read(buffer, 0, buffer.length)) > 0) {
          clientGot.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
        }
        if (n < 0) {
          events.add("client saw end");
        }
      }

      @Override
      public void onClosed(TcpConnection c, CloseReason reason) {
        events.add("client " + reason);
        tcp.unlisten(port);
        guard.cancel();
      }
    });
    assertThat(loop.run()).isEqualTo(0);
    assertThat(serverGot.toString()).isEqualTo("hello");
    assertThat(clientGot.toString()).isEqualTo("bye");
    assertThat(events).containsAtLeast("server saw end", "client saw end", "client CLOSED",
        "server CLOSED");
  }

  @Test
  void abortSendsResetThePeerSees() throws Exception {
    int port = freePort();
    List<String> events = new ArrayList<>();
    tcp.listen(port, 8, connection -> {
      connection.abort();
      assertThat(connection.write(new byte[1], 0, 1)).isEqualTo(-1);
      assertThat(connection.read(new byte[1], 0, 1)).isEqualTo(-1);
      return new TcpConnection.Handler() {
        @Override
        public void onClosed(TcpConnection c, CloseReason reason) {
          events.add("server " + reason);
        }
      };
    });
    tcp.connect(LOOPBACK, port, new TcpConnection.Handler() {
      @Override
      public void onReadable(TcpConnection c) {
        assertThat(c.read(new byte[10], 0, 10)).isEqualTo(-1);
      }

      @Override
      public void onClosed(TcpConnection c, CloseReason reason) {
        events.add("client " + reason);
        tcp.unlisten(port);
        guard.cancel();
      }
    });
    assertThat(loop.run()).isEqualTo(0);
    assertThat(events).containsExactly("server ABORTED", "client RESET");
  }

  @Test
  void connectToAClosedPortIsRefused() throws Exception {
    int port = freePort();
    List<String> events = new ArrayList<>();
    tcp.connect(LOOPBACK, port, new TcpConnection.Handler() {
      @Override
      public void onConnected(TcpConnection c) {
        events.add("connected");
      }

      @Override
      public void onClosed(TcpConnection c, CloseReason reason) {
        events.add("closed " + reason);
        guard.cancel();
      }
    });
    assertThat(loop.run()).isEqualTo(0);
    assertThat(events).containsExactly("closed REFUSED");
  }

  @Test
  void listeningTwiceOnAPortFails() throws Exception {
    int port = freePort();
    tcp.listen(port, 8, connection -> new TcpConnection.Handler() {});
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> tcp.listen(port, 8, c -> null));
    assertThat(e).hasMessageThat().contains("already");
    tcp.unlisten(port);
    guard.cancel();
    assertThat(loop.run()).isEqualTo(0);
  }

  /** Echo, with backpressure: stops reading while a write is short. */
  private static class Echo implements TcpConnection.Handler {
    private final byte[] buffer = new byte[16384];
    private int start;
    private int end;

    @Override
    public void onReadable(TcpConnection c) {
      pump(c);
    }

    @Override
    public void onWritable(TcpConnection c) {
      pump(c);
    }

    private void pump(TcpConnection c) {
      while (true) {
        if (start < end) {
          int n = c.write(buffer, start, end - start);
          if (n < 0) {
            return;
          }
          start += n;
          if (start < end) {
            return;
          }
        }
        start = 0;
        end = 0;
        int n = c.read(buffer, 0, buffer.length);
        if (n < 0) {
          c.close();
          return;
        }
        if (n == 0) {
          return;
        }
        end = n;
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static byte[] randomBytes(int size) {
    byte[] data = new byte[size];
    new Random(42).nextBytes(data);
    return data;
  }
}

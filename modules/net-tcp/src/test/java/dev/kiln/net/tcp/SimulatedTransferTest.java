package dev.kiln.net.tcp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.TcpConnection;
import dev.kiln.api.net.TcpConnection.CloseReason;
import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetwork;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole transfers between two full stacks (Ethernet, ARP, IPv4, TCP) over a seeded simulated
 * link that drops, duplicates, reorders and corrupts frames. Time is the loop's, not the wall's.
 */
class SimulatedTransferTest {
  private static final int SERVER = 0x0a000002;
  private static final int MB = 1024 * 1024;

  @Test
  void tenMegabytesCrossALossyReorderingDuplicatingCorruptingLinkByteExact() throws Exception {
    LinkFaults faults = new LinkFaults(0.02, 0.01, 0.01, 0.02, 100_000, 2_000_000);
    Result result = transfer(42, faults, 10 * MB);
    System.out.printf("10 MB over a faulty link: %.1f s simulated, %d retransmitted segments"
        + " (%d fast retransmits, %d timeouts), %d frames sent%n",
        result.simulatedNanos / 1e9, result.retransmitted, result.fastRetransmits,
        result.timeouts, result.frames);
    assertThat(result.receivedDigest).isEqualTo(result.sentDigest);
    assertThat(result.received).isEqualTo(10 * MB);
    assertThat(result.closes).containsExactly("client CLOSED", "server CLOSED");
    assertThat(result.retransmitted).isGreaterThan(0);
  }

  @Test
  void aCleanLinkNeedsNoRetransmission() throws Exception {
    Result result = transfer(7, LinkFaults.NONE, 2 * MB);
    assertThat(result.receivedDigest).isEqualTo(result.sentDigest);
    assertThat(result.retransmitted).isEqualTo(0);
  }

  @Test
  void otherSeedsAlsoArriveIntact() throws Exception {
    LinkFaults faults = new LinkFaults(0.05, 0.05, 0.05, 0.1, 100_000, 3_000_000);
    for (long seed = 1; seed <= 3; seed++) {
      Result result = transfer(seed, faults, MB / 2);
      assertThat(result.receivedDigest).isEqualTo(result.sentDigest);
    }
  }

  @Test
  void anEchoServerReturnsEveryByteOverAFaultyLinkWithBackpressureBothWays() throws Exception {
    ManualEventLoop loop = new ManualEventLoop();
    SimulatedNetwork network = new SimulatedNetwork(loop, 99,
        new LinkFaults(0.02, 0.02, 0.02, 0.05, 100_000, 2_000_000));
    TcpConfig small = TcpConfig.DEFAULT.withBuffers(16 * 1024, 16 * 1024)
        .withMsl(TcpConfig.SECOND);
    Host client = new Host(network, loop, "client", 0x0200_0000_0001L, "10.0.0.1/24", 5, small);
    Host server = new Host(network, loop, "server", 0x0200_0000_0002L, "10.0.0.2/24", 6, small);
    server.tcp.listen(7, 4, connection -> new TcpConnection.Handler() {
      final byte[] buffer = new byte[4096];
      int start;
      int end;

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
          int n = c.read(buffer, 0, buffer.length);
          end = Math.max(n, 0);
          if (n < 0) {
            c.close();
          }
          if (n <= 0) {
            return;
          }
        }
      }
    });

    int total = 2 * MB;
    byte[] data = new byte[total];
    new java.util.Random(3).nextBytes(data);
    java.io.ByteArrayOutputStream echoed = new java.io.ByteArrayOutputStream();
    List<String> closes = new ArrayList<>();
    client.tcp.connect(SERVER, 7, new TcpConnection.Handler() {
      int written;
      final byte[] buffer = new byte[8192];

      @Override
      public void onConnected(TcpConnection c) {
        onWritable(c);
      }

      @Override
      public void onWritable(TcpConnection c) {
        if (written < total) {
          written += c.write(data, written, total - written);
          if (written == total) {
            c.shutdownOutput();
          }
        }
      }

      @Override
      public void onReadable(TcpConnection c) {
        int n;
        while ((n = c.read(buffer, 0, buffer.length)) > 0) {
          echoed.write(buffer, 0, n);
        }
        if (n < 0) {
          c.close();
        }
      }

      @Override
      public void onClosed(TcpConnection c, CloseReason reason) {
        closes.add(reason.toString());
      }
    });
    long start = loop.monotonicNanos();
    while (closes.isEmpty() && loop.monotonicNanos() - start < 600 * TcpConfig.SECOND) {
      loop.advance(1_000_000);
    }
    assertThat(closes).containsExactly("CLOSED");
    assertThat(echoed.size()).isEqualTo(total);
    assertThat(echoed.toByteArray()).isEqualTo(data);
  }

  static final class Result {
    byte[] sentDigest;
    byte[] receivedDigest;
    long received;
    long simulatedNanos;
    long retransmitted;
    long fastRetransmits;
    long timeouts;
    long frames;
    final List<String> closes = new ArrayList<>();
  }

  private static Result transfer(long seed, LinkFaults faults, int total) throws Exception {
    ManualEventLoop loop = new ManualEventLoop();
    SimulatedNetwork network = new SimulatedNetwork(loop, seed, faults);
    TcpConfig config = TcpConfig.DEFAULT.withMsl(TcpConfig.SECOND);
    Host client = new Host(network, loop, "client", 0x0200_0000_0001L, "10.0.0.1/24", seed,
        config);
    Host server = new Host(network, loop, "server", 0x0200_0000_0002L, "10.0.0.2/24", seed + 1,
        config);
    Result result = new Result();
    MessageDigest receivedDigest = MessageDigest.getInstance("SHA-256");
    MessageDigest sentDigest = MessageDigest.getInstance("SHA-256");
    byte[] readBuffer = new byte[16 * 1024];

    server.tcp.listen(5001, 4, connection -> new TcpConnection.Handler() {
      @Override
      public void onReadable(TcpConnection c) {
        int n;
        while ((n = c.read(readBuffer, 0, readBuffer.length)) > 0) {
          receivedDigest.update(readBuffer, 0, n);
          result.received += n;
        }
        if (n < 0) {
          c.close();
        }
      }

      @Override
      public void onClosed(TcpConnection c, CloseReason reason) {
        result.closes.add("server " + reason);
      }
    });

    java.util.Random data = new java.util.Random(seed * 31);
    byte[] chunk = new byte[8192];
    long start = loop.monotonicNanos();
    TcpConnection.Handler sender = new TcpConnection.Handler() {
      long written;
      int pending;
      int pendingOffset;

      @Override
      public void onConnected(TcpConnection c) {
        onWritable(c);
      }

      @Override
      public void onWritable(TcpConnection c) {
        while (written < total) {
          if (pending == 0) {
            data.nextBytes(chunk);
            pending = (int) Math.min(chunk.length, total - written);
            pendingOffset = 0;
            sentDigest.update(chunk, 0, pending);
          }
          int n = c.write(chunk, pendingOffset, pending);
          pendingOffset += n;
          pending -= n;
          written += n;
          if (pending > 0) {
            return;
          }
        }
        c.close();
      }

      @Override
      public void onClosed(TcpConnection c, CloseReason reason) {
        result.closes.add("client " + reason);
      }
    };
    client.tcp.connect(SERVER, 5001, sender);

    long limit = 600 * TcpConfig.SECOND;
    while (result.closes.size() < 2 && loop.monotonicNanos() - start < limit) {
      loop.advance(1_000_000);
    }
    result.simulatedNanos = loop.monotonicNanos() - start;
    result.sentDigest = sentDigest.digest();
    result.receivedDigest = receivedDigest.digest();
    result.retransmitted = client.tcp.retransmittedSegments();
    result.fastRetransmits = client.tcp.fastRetransmits();
    result.timeouts = client.tcp.retransmissionTimeouts();
    result.frames = network.framesSent();
    // TIME-WAIT ends after 2 MSL; then both tables are empty.
    loop.advance(3 * TcpConfig.SECOND);
    assertThat(client.tcp.connections()).isEqualTo(0);
    assertThat(server.tcp.connections()).isEqualTo(0);
    return result;
  }
}

package dev.kiln.net.tcp;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.api.net.TcpConnection;
import dev.kiln.net.arp.ArpLayer;
import dev.kiln.net.ethernet.EthernetLayer;
import dev.kiln.net.ipv4.Ipv4Layer;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetwork;
import dev.kiln.net.testing.WiredPair;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The "no per-packet allocation in steady state", measured: two whole stacks (Ethernet,
 * ARP, IPv4, TCP) on a {@link WiredPair}, which itself allocates nothing, move data in bulk
 * after a warm-up, and the bytes this thread allocated over 10,000 segments are counted with
 * {@code com.sun.management.ThreadMXBean}. A count of bytes, not a time.
 */
class SteadyStateAllocationTest {
  private static final int SERVER = 0x0a000002;
  private static final int SEGMENTS = 10_000;

  @Test
  void bulkTransferAllocatesNothingPerSegmentOnEitherSide() {
    com.sun.management.ThreadMXBean threads = allocationCounter();
    ManualEventLoop loop = new ManualEventLoop();
    WiredPair wire = new WiredPair("client", 0x0200_0000_0001L, "server", 0x0200_0000_0002L,
        1500, 256);
    TcpLayer client = stack(wire.a(), loop, "10.0.0.1/24", 1);
    TcpLayer server = stack(wire.b(), loop, "10.0.0.2/24", 2);
    Sink sink = new Sink();
    server.listen(5001, 4, connection -> sink);
    Source source = new Source();
    client.connect(SERVER, 5001, source);
    for (int i = 0; i < 100 && source.connection == null; i++) {
      loop.advance(1_000_000);
      wire.deliver();
    }
    assertWithMessage("connected").that(source.connection).isNotNull();

    pump(source, sink, wire, loop, 4 * SEGMENTS * 1460L); // warm-up: classes loaded, JIT done
    long frames = 0;
    long received = sink.received;
    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    frames += pump(source, sink, wire, loop, SEGMENTS * 1460L);
    long after = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    long segments = (sink.received - received) / ((TcpSocket) source.connection).mss();
    long allocated = after - before;
    System.out.printf("%d segments (%d frames both ways): %d bytes allocated%n", segments,
        frames, allocated);

    assertThat(segments).isAtLeast(SEGMENTS);
    assertThat(wire.refused()).isEqualTo(0);
    assertWithMessage("bytes allocated per segment, %s bytes over %s segments", allocated,
        segments).that((double) allocated / segments).isLessThan(1.0);
  }

  /** Runs the wire until the sink has {@code bytes} more; returns the frames carried. */
  private static long pump(Source source, Sink sink, WiredPair wire, ManualEventLoop loop,
      long bytes) {
    long target = sink.received + bytes;
    source.limit = target;
    long frames = 0;
    while (sink.received < target) {
      source.fill();
      long moved = wire.deliver();
      frames += moved;
      loop.runDue();
      if (moved == 0 && sink.received < target) {
        throw new AssertionError("transfer stalled at " + sink.received);
      }
    }
    return frames;
  }

  private static TcpLayer stack(dev.kiln.api.net.NetDevice device, ManualEventLoop loop,
      String cidr, long seed) {
    EthernetLayer ethernet = new EthernetLayer(SimulatedNetwork.net(device), device.name());
    ArpLayer arp = new ArpLayer(ethernet, loop, loop);
    Ipv4Layer ipv4 = new Ipv4Layer(ethernet, arp, loop, loop, cidr, "", 64);
    java.util.Random random = new java.util.Random(seed);
    return new TcpLayer(ipv4, loop, loop, random::nextLong, TcpConfig.DEFAULT);
  }

  private static com.sun.management.ThreadMXBean allocationCounter() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
        "this JVM has no com.sun.management.ThreadMXBean to count allocated bytes");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported(),
        "this JVM cannot count allocated bytes per thread");
    threads.setThreadAllocatedMemoryEnabled(true);
    return threads;
  }

  /** Writes from one fixed block whenever the connection has room, up to a limit. */
  private static final class Source implements TcpConnection.Handler {
    final byte[] block = new byte[16 * 1024];
    TcpConnection connection;
    long written;
    long limit;

    @Override
    public void onConnected(TcpConnection c) {
      connection = c;
    }

    @Override
    public void onWritable(TcpConnection c) {
      fill();
    }

    void fill() {
      while (written < limit) {
        int n = connection.write(block, 0, (int) Math.min(block.length, limit - written));
        written += Math.max(n, 0);
        if (n < block.length) {
          return;
        }
      }
    }
  }

  /** Reads everything into one fixed block and counts it. */
  private static final class Sink implements TcpConnection.Handler {
    final byte[] block = new byte[16 * 1024];
    long received;

    @Override
    public void onReadable(TcpConnection c) {
      int n;
      while ((n = c.read(block, 0, block.length)) > 0) {
        received += n;
      }
    }
  }
}

package dev.kiln.net.udp;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.api.net.NetDevice;
import dev.kiln.api.net.Udp;
import dev.kiln.net.arp.ArpLayer;
import dev.kiln.net.ethernet.EthernetLayer;
import dev.kiln.net.icmp.IcmpLayer;
import dev.kiln.net.ipv4.Ipv4Layer;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetwork;
import dev.kiln.net.testing.WiredPair;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * UDP send and receive through whole stacks on a {@link WiredPair} (which allocates nothing)
 * allocate nothing per datagram after a warm-up; counted with {@code
 * com.sun.management.ThreadMXBean}, bytes not time.
 */
class SteadyStateAllocationTest {
  private static final int RECEIVER = 0x0a000002;
  private static final int DATAGRAMS = 10_000;

  @Test
  void sendingAndReceivingDatagramsAllocatesNothingPerDatagram() {
    com.sun.management.ThreadMXBean threads = allocationCounter();
    ManualEventLoop loop = new ManualEventLoop();
    WiredPair wire = new WiredPair("sender", 0x0200_0000_0001L, "receiver", 0x0200_0000_0002L,
        1500, 64);
    UdpLayer sender = stack(wire.a(), loop, "10.0.0.1/24");
    UdpLayer receiver = stack(wire.b(), loop, "10.0.0.2/24");
    long[] received = new long[2];
    receiver.bind(9, (source, sourcePort, port, buffer, offset, length) -> {
      received[0]++;
      received[1] += length;
    });
    byte[] out = new byte[Udp.HEADROOM + 1024];
    sender.send(40000, RECEIVER, 9, out, Udp.HEADROOM, 1024); // resolves the address by ARP
    loop.advance(1_000_000);
    wire.deliver();
    loop.runDue();

    exchange(sender, wire, out, 4 * DATAGRAMS); // warm-up: classes loaded, JIT done
    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    long datagramsBefore = received[0];
    exchange(sender, wire, out, DATAGRAMS);
    long after = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    long datagrams = received[0] - datagramsBefore;
    long allocated = after - before;
    System.out.printf("%d datagrams: %d bytes allocated%n", datagrams, allocated);

    assertThat(datagrams).isEqualTo(DATAGRAMS);
    assertWithMessage("bytes allocated per datagram, %s bytes over %s datagrams", allocated,
        datagrams).that((double) allocated / datagrams).isLessThan(1.0);
  }

  private static void exchange(UdpLayer sender, WiredPair wire, byte[] out, int count) {
    for (int i = 0; i < count; i++) {
      out[Udp.HEADROOM] = (byte) i;
      if (!sender.send(40000, RECEIVER, 9, out, Udp.HEADROOM, 1024)) {
        throw new AssertionError("datagram " + i + " dropped"); // no Truth here: it allocates
      }
      if (i % 32 == 31) {
        wire.deliver();
      }
    }
    wire.deliver();
  }

  private static UdpLayer stack(NetDevice device, ManualEventLoop loop, String cidr) {
    EthernetLayer ethernet = new EthernetLayer(SimulatedNetwork.net(device), device.name());
    ArpLayer arp = new ArpLayer(ethernet, loop, loop);
    Ipv4Layer ipv4 = new Ipv4Layer(ethernet, arp, loop, loop, cidr, "", 64);
    return new UdpLayer(ipv4, new IcmpLayer(ipv4));
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
}

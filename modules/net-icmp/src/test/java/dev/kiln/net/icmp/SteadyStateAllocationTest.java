package dev.kiln.net.icmp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.NetDevice;
import dev.kiln.net.arp.ArpLayer;
import dev.kiln.net.arp.ArpPacket;
import dev.kiln.net.ethernet.EthernetHeader;
import dev.kiln.net.ethernet.EthernetLayer;
import dev.kiln.net.ipv4.Ipv4Header;
import dev.kiln.net.ipv4.Ipv4Layer;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetwork;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The receive path parses in place and answers in place: once ARP knows the peer, answering echo
 * requests allocates nothing. Measured with the JVM's per-thread allocation counter.
 */
class SteadyStateAllocationTest {
  private static final long OURS = 0x0200_0000_0002L;
  private static final long PEER = 0x0200_0000_0001L;

  @Test
  void answeringEchoRequestsAllocatesNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    ReplayDevice device = new ReplayDevice();
    ManualEventLoop loop = new ManualEventLoop();
    EthernetLayer ethernet = new EthernetLayer(SimulatedNetwork.net(device), "service");
    ArpLayer arp = new ArpLayer(ethernet, loop, loop);
    Ipv4Layer ipv4 = new Ipv4Layer(ethernet, arp, loop, loop, "10.0.0.2/24", "", 64);
    IcmpLayer icmp = new IcmpLayer(ipv4);
    loop.advance(1_000_000);

    device.next(arpReply(), 1);
    ethernet.poll();
    device.next(echoRequest(), 20_000);
    ethernet.poll(); // warm up: class loading, JIT
    assertThat(icmp.echoesAnswered()).isEqualTo(20_000);

    device.next(echoRequest(), 10_000);
    long before = threads.getCurrentThreadAllocatedBytes();
    ethernet.poll();
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(icmp.echoesAnswered()).isEqualTo(30_000);
    assertThat(device.sent).isEqualTo(30_000 + 1 /* gratuitous ARP */);
    // Fewer bytes than packets: nothing per packet. The counter can see a few hundred bytes of
    // the JVM's own (compilation-time) allocation on this thread.
    assertThat(allocated).isLessThan(10_000);
  }

  private static byte[] arpReply() {
    byte[] frame = new byte[42];
    new EthernetHeader(OURS, PEER, 0x0806).emit(frame, 0);
    new ArpPacket(2, PEER, 0x0a000001, OURS, 0x0a000002).emit(frame, 14);
    return frame;
  }

  private static byte[] echoRequest() {
    byte[] frame = new byte[14 + 20 + 8 + 56];
    new EthernetHeader(OURS, PEER, 0x0800).emit(frame, 0);
    new Ipv4Header(0, 84, 1, true, false, 0, 64, 1, 0x0a000001, 0x0a000002).emit(frame, 14);
    IcmpHeader.echo(8, 1, 1).emit(frame, 34, 56);
    return frame;
  }

  /** Hands out the same frame a set number of times; counts what is sent. Allocates nothing. */
  private static final class ReplayDevice implements NetDevice {
    private byte[] frame;
    private int remaining;
    int sent;

    void next(byte[] frame, int times) {
      this.frame = frame;
      this.remaining = times;
    }

    @Override
    public String name() {
      return "service";
    }

    @Override
    public byte[] mac() {
      return new byte[] {2, 0, 0, 0, 0, 2};
    }

    @Override
    public int mtu() {
      return 1500;
    }

    @Override
    public boolean send(byte[] buffer, int off, int len) {
      sent++;
      return true;
    }

    @Override
    public int receive(byte[] buffer, int off) {
      if (remaining == 0) {
        return -1;
      }
      remaining--;
      System.arraycopy(frame, 0, buffer, off, frame.length);
      return frame.length;
    }

    @Override
    public void onReadable(Runnable handler) {}
  }
}

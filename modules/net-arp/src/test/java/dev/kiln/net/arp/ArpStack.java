package dev.kiln.net.arp;

import dev.kiln.net.ethernet.EthernetHeader;
import dev.kiln.net.ethernet.EthernetLayer;
import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetDevice;
import dev.kiln.net.testing.SimulatedNetwork;
import java.util.ArrayList;
import java.util.List;

/** ARP on a simulated device, with a raw peer device whose received frames the test reads. */
final class ArpStack {
  static final long OURS = 0x0200_0000_0002L;
  static final long PEER = 0x0200_0000_0001L;
  static final int LOCAL = 0x0a000002;
  static final int PEER_IP = 0x0a000001;

  final ManualEventLoop loop = new ManualEventLoop();
  final SimulatedNetwork network = new SimulatedNetwork(loop, 3, LinkFaults.NONE);
  final SimulatedNetDevice device = network.attach("service", OURS, 1500);
  final SimulatedNetDevice peer = network.attach("peer", PEER, 1500);
  final EthernetLayer ethernet = new EthernetLayer(SimulatedNetwork.net(device), "service");
  final ArpLayer arp = new ArpLayer(ethernet, loop, loop);
  final List<byte[]> atPeer = new ArrayList<>();

  ArpStack() {
    byte[] buffer = new byte[1514];
    peer.onReadable(() -> {
      int length;
      while ((length = peer.receive(buffer, 0)) >= 0) {
        byte[] frame = new byte[length];
        System.arraycopy(buffer, 0, frame, 0, length);
        atPeer.add(frame);
      }
    });
  }

  /** Frames the peer received with this EtherType. */
  List<byte[]> atPeer(int etherType) {
    List<byte[]> frames = new ArrayList<>();
    for (byte[] frame : atPeer) {
      if (((frame[12] & 0xFF) << 8 | (frame[13] & 0xFF)) == etherType) {
        frames.add(frame);
      }
    }
    return frames;
  }

  static ArpPacket arpIn(byte[] frame) throws MalformedArpException {
    return ArpPacket.parse(frame, 14, frame.length - 14);
  }

  /** An ARP frame as the peer would send it. */
  static byte[] arpFrame(long destinationMac, ArpPacket packet) {
    byte[] frame = new byte[14 + 28];
    new EthernetHeader(destinationMac, packet.senderMac(), 0x0806).emit(frame, 0);
    packet.emit(frame, 14);
    return frame;
  }
}

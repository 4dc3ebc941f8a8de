package dev.kiln.net.ipv4;

import dev.kiln.api.net.Ethernet;
import dev.kiln.api.net.MacAddress;
import dev.kiln.net.arp.ArpLayer;
import dev.kiln.net.arp.ArpPacket;
import dev.kiln.net.ethernet.EthernetHeader;
import dev.kiln.net.ethernet.EthernetLayer;
import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetDevice;
import dev.kiln.net.testing.SimulatedNetwork;
import java.util.ArrayList;
import java.util.List;

/** IPv4 at 10.0.0.2/24 (gateway 10.0.0.1) on a simulated device, next to a raw peer device. */
final class Ipv4Stack {
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
  final Ipv4Layer ipv4;
  final List<byte[]> atPeer = new ArrayList<>();
  final List<String> delivered = new ArrayList<>();
  final List<byte[]> payloads = new ArrayList<>();

  Ipv4Stack() {
    this("10.0.0.1");
  }

  Ipv4Stack(String gateway) {
    this("10.0.0.2/24", gateway);
  }

  Ipv4Stack(String address, String gateway) {
    ipv4 = new Ipv4Layer(ethernet, arp, loop, loop, address, gateway, 64);
    byte[] buffer = new byte[1514];
    peer.onReadable(() -> {
      int length;
      while ((length = peer.receive(buffer, 0)) >= 0) {
        byte[] frame = new byte[length];
        System.arraycopy(buffer, 0, frame, 0, length);
        atPeer.add(frame);
      }
    });
    ipv4.onProtocol(17, (source, destination, protocol, data, header, offset, length) -> {
      delivered.add(dev.kiln.api.net.Ipv4Address.format(source) + ">"
          + dev.kiln.api.net.Ipv4Address.format(destination) + " " + protocol + " " + length);
      byte[] payload = new byte[length];
      System.arraycopy(data, offset, payload, 0, length);
      payloads.add(payload);
    });
    loop.advance(1_000_000);
    atPeer.clear();
  }

  /** Teaches ARP the peer's MAC, as the peer's reply to a request would. */
  void peerIsKnown(int address, long mac) {
    byte[] frame = new byte[14 + 28];
    new EthernetHeader(OURS, mac, Ethernet.ETHERTYPE_ARP).emit(frame, 0);
    new ArpPacket(2, mac, address, OURS, LOCAL).emit(frame, 14);
    device.inject(frame);
    loop.advance(1_000_000);
  }

  /** Injects an IPv4 datagram from the peer: header fields as given, payload bytes after. */
  void fromPeer(Ipv4Header header, byte[] payload) {
    device.inject(frame(OURS, header, payload));
    loop.advance(1_000);
  }

  static byte[] frame(long destinationMac, Ipv4Header header, byte[] payload) {
    byte[] frame = new byte[14 + 20 + payload.length];
    new EthernetHeader(destinationMac, PEER, Ethernet.ETHERTYPE_IPV4).emit(frame, 0);
    header.emit(frame, 14);
    System.arraycopy(payload, 0, frame, 34, payload.length);
    return frame;
  }

  static Ipv4Header udpHeader(int destination, int id, boolean more, int offset, int length) {
    return new Ipv4Header(0, 20 + length, id, false, more, offset, 64, 17, PEER_IP,
        destination);
  }

  List<byte[]> atPeer(int etherType) {
    List<byte[]> frames = new ArrayList<>();
    for (byte[] frame : atPeer) {
      if (((frame[12] & 0xFF) << 8 | (frame[13] & 0xFF)) == etherType) {
        frames.add(frame);
      }
    }
    return frames;
  }

  static long destinationMac(byte[] frame) {
    return MacAddress.read(frame, 0);
  }
}

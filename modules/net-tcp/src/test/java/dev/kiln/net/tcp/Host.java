package dev.kiln.net.tcp;

import dev.kiln.net.arp.ArpLayer;
import dev.kiln.net.ethernet.EthernetLayer;
import dev.kiln.net.ipv4.Ipv4Layer;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetDevice;
import dev.kiln.net.testing.SimulatedNetwork;

/** A whole stack, Ethernet to TCP, on one simulated device. */
final class Host {
  final SimulatedNetDevice device;
  final Ipv4Layer ipv4;
  final TcpLayer tcp;

  Host(SimulatedNetwork network, ManualEventLoop loop, String name, long mac, String cidr,
      long seed, TcpConfig config) {
    device = network.attach(name, mac, 1500);
    EthernetLayer ethernet = new EthernetLayer(SimulatedNetwork.net(device), name);
    ArpLayer arp = new ArpLayer(ethernet, loop, loop);
    ipv4 = new Ipv4Layer(ethernet, arp, loop, loop, cidr, "", 64);
    java.util.Random random = new java.util.Random(seed);
    tcp = new TcpLayer(ipv4, loop, loop, random::nextLong, config);
  }
}

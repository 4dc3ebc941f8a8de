package dev.kiln.net.icmp;

import dev.kiln.net.arp.ArpLayer;
import dev.kiln.net.ethernet.EthernetLayer;
import dev.kiln.net.ipv4.Ipv4Layer;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetDevice;
import dev.kiln.net.testing.SimulatedNetwork;

/** A whole stack up to ICMP on one simulated device. */
final class Host {
  final SimulatedNetDevice device;
  final EthernetLayer ethernet;
  final ArpLayer arp;
  final Ipv4Layer ipv4;
  final IcmpLayer icmp;

  Host(SimulatedNetwork network, ManualEventLoop loop, String name, long mac, String cidr) {
    device = network.attach(name, mac, 1500);
    ethernet = new EthernetLayer(SimulatedNetwork.net(device), name);
    arp = new ArpLayer(ethernet, loop, loop);
    ipv4 = new Ipv4Layer(ethernet, arp, loop, loop, cidr, "", 64);
    icmp = new IcmpLayer(ipv4);
  }
}

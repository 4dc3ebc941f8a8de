package dev.kiln.jvm;

import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Ipv4Cidr;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads how the host addressed itself, as a {@link Dhcp.Lease}: the IPv4 address and prefix of
 * one interface ({@link NetworkInterface}), its default gateway from Linux's {@code
 * /proc/net/route} (0 where that table is missing), and the IPv4 name servers of {@code
 * /etc/resolv.conf} (none where it is missing).
 */
final class HostAddressing {
  static final Path ROUTES = Path.of("/proc/net/route");
  static final Path RESOLV_CONF = Path.of("/etc/resolv.conf");

  private HostAddressing() {}

  /**
   * The lease for the interface named {@code name}, or for the first interface that is up, not
   * loopback and has an IPv4 address when {@code name} is empty, falling back to loopback. Null
   * when no such interface has an IPv4 address.
   *
   * @throws IllegalArgumentException if a named interface does not exist
   */
  static Dhcp.Lease read(String name, Path routes, Path resolvConf) {
    try {
      NetworkInterface chosen;
      InterfaceAddress address;
      if (!name.isEmpty()) {
        chosen = NetworkInterface.getByName(name);
        if (chosen == null) {
          throw new IllegalArgumentException("jvm.dhcp.interface: the host has no interface "
              + name);
        }
        address = ipv4(chosen);
      } else {
        chosen = null;
        address = null;
        NetworkInterface loopback = null;
        for (NetworkInterface candidate : Collections.list(
            NetworkInterface.getNetworkInterfaces())) {
          InterfaceAddress found = candidate.isUp() ? ipv4(candidate) : null;
          if (found == null) {
            continue;
          }
          if (!candidate.isLoopback()) {
            chosen = candidate;
            address = found;
            break;
          }
          loopback = loopback == null ? candidate : loopback;
        }
        if (chosen == null && loopback != null) {
          chosen = loopback;
          address = ipv4(loopback);
        }
      }
      if (address == null) {
        return null;
      }
      Ipv4Cidr cidr = Ipv4Cidr.of(Ipv4Address.of(value(address.getAddress().getAddress())),
          address.getNetworkPrefixLength());
      return new Dhcp.Lease(cidr, defaultGateway(routes, chosen.getName()),
          nameServers(resolvConf), 0, 0xFFFF_FFFFL);
    } catch (SocketException e) {
      throw new IllegalStateException("cannot list the host's interfaces: " + e.getMessage(), e);
    }
  }

  private static InterfaceAddress ipv4(NetworkInterface networkInterface) {
    for (InterfaceAddress address : networkInterface.getInterfaceAddresses()) {
      if (address.getAddress() instanceof Inet4Address) {
        return address;
      }
    }
    return null;
  }

  /**
   * The gateway of the default route through {@code interfaceName} in a {@code
   * /proc/net/route} table (columns Iface, Destination, Gateway as little-endian hex), or 0.
   */
  static int defaultGateway(Path routes, String interfaceName) {
    for (String line : lines(routes)) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length < 3 || !columns[0].equals(interfaceName)
          || !columns[1].equals("00000000")) {
        continue;
      }
      try {
        return Integer.reverseBytes((int) Long.parseLong(columns[2], 16));
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  /** The IPv4 {@code nameserver} lines of a resolv.conf, in order (IPv6 ones skipped). */
  static List<Integer> nameServers(Path resolvConf) {
    List<Integer> servers = new ArrayList<>();
    for (String line : lines(resolvConf)) {
      String[] words = line.trim().split("\\s+");
      if (words.length >= 2 && words[0].equals("nameserver")) {
        try {
          servers.add(Ipv4Address.parse(words[1]).value());
        } catch (IllegalArgumentException e) {
          // an IPv6 server, or not an address: this lease lists IPv4 servers only
        }
      }
    }
    return List.copyOf(servers);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
  }

  private static int value(byte[] b) {
    return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
  }
}

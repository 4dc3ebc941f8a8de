package dev.kiln.api.net;

import dev.kiln.annotations.Capability;
import java.util.List;

/**
 * A DHCP client (RFC 2131) that configures this host's IPv4 address. An application that wants its
 * address from DHCP says {@code @Needs(Dhcp.class)}, or injects this to learn about its lease.
 */
@Capability(doc = "DHCP client: the IPv4 address, gateway and DNS servers from a DHCP server.")
public interface Dhcp {
  /** The lease in force, or null while the client has none. */
  Lease lease();

  /** Adds a listener told of every new or renewed lease and of every lease lost. */
  void onLease(Listener listener);

  /** Hears about leases. */
  interface Listener {
    /** A lease was bound or renewed (also called for the one in force when added). */
    void bound(Lease lease);

    /** The lease expired or the server refused it; the host has no address now. */
    void lost();
  }

  /**
   * What a DHCP server granted: the address and prefix, default gateway (int form, 0 for none),
   * DNS servers (int forms), the server that granted it, and the lease time in seconds
   * (0xFFFFFFFF for infinite).
   */
  record Lease(Ipv4Cidr address, int gateway, List<Integer> dnsServers, int server,
      long leaseSeconds) {}
}

package dev.kiln.api.net;

import dev.kiln.annotations.Capability;

/**
 * Where this host's IPv4 address comes from when it is not configured statically. When an image
 * contains a provider (the DHCP client, pulled in by {@code @Needs(Dhcp.class)}), the IPv4 layer
 * starts without an address, ignores the {@code ipv4} and {@code ipv4-gateway} keys, and lets the
 * source configure it; otherwise it takes its address from those keys.
 */
@Capability(doc = "A dynamic source of this host's IPv4 address, such as a DHCP client.")
public interface Ipv4AddressSource {
  /**
   * Called once by the IPv4 layer, on the event loop, once it can send and receive. The source
   * then configures the layer whenever its address changes.
   */
  void start(Target target);

  /** The IPv4 layer as the source sees it. */
  interface Target {
    /** Gives the interface this address and default gateway (int form, 0 for none). */
    void configure(Ipv4Cidr address, int gateway);

    /** Takes the address away: the interface sends and accepts only broadcasts until configured. */
    void deconfigure();
  }
}

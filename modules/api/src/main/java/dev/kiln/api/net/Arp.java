package dev.kiln.api.net;

import dev.kiln.annotations.Capability;

/**
 * Address resolution for IPv4 over Ethernet (RFC 826): answers requests for the local address,
 * caches what it learns, and sends IPv4 packets to a next hop once its MAC address is known,
 * queueing a bounded number while it asks.
 */
@Capability(doc = "ARP: IPv4-to-MAC resolution with an expiring cache and a bounded wait queue.")
public interface Arp {
  /**
   * Sets the IPv4 address this interface answers for (int form; 0 for none) and announces it
   * with a gratuitous ARP.
   */
  void setLocalAddress(int address);

  /** The cached MAC for the address (long form), or -1 if none is known. */
  long lookup(int address);

  /**
   * Sends an IPv4 packet (at {@code packetOffset}, with {@link Ethernet#HEADROOM} free in
   * front) to the next hop. If its MAC is unknown the packet is copied to the wait queue and a
   * request is sent. Returns false if the packet was dropped (queue full, device busy).
   */
  boolean sendIpv4(int nextHop, byte[] buffer, int packetOffset, int packetLength);
}

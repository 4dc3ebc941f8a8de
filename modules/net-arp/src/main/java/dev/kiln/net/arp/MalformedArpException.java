package dev.kiln.net.arp;

/** Bytes that are not an ARP packet for IPv4 over Ethernet. */
public final class MalformedArpException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedArpException(String message) {
    super(message);
  }
}

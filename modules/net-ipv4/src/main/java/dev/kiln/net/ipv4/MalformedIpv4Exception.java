package dev.kiln.net.ipv4;

/** Bytes that are not a valid IPv4 datagram. */
public final class MalformedIpv4Exception extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedIpv4Exception(String message) {
    super(message);
  }
}

package dev.kiln.net.udp;

/** Bytes that are not a valid UDP datagram. */
public final class MalformedUdpException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedUdpException(String message) {
    super(message);
  }
}

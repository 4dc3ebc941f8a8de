package dev.kiln.net.icmp;

/** Bytes that are not a valid ICMP message. */
public final class MalformedIcmpException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedIcmpException(String message) {
    super(message);
  }
}

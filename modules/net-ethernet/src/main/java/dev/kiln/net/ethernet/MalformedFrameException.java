package dev.kiln.net.ethernet;

/** Bytes that are not an Ethernet II frame. */
public final class MalformedFrameException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedFrameException(String message) {
    super(message);
  }
}

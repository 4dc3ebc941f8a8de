package dev.kiln.net.tcp;

/** Bytes that are not a valid TCP segment. */
public final class MalformedTcpException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedTcpException(String message) {
    super(message);
  }
}

package dev.kiln.net.dns;

/** A DNS message that cannot be parsed: truncated, a bad label, or a compression loop. */
public final class MalformedDnsException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedDnsException(String message) {
    super(message);
  }
}

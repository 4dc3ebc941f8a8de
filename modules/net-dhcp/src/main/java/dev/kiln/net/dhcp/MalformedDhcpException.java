package dev.kiln.net.dhcp;

/** A DHCP message that cannot be parsed: too short, wrong cookie, or a broken option. */
public final class MalformedDhcpException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedDhcpException(String message) {
    super(message);
  }
}

package dev.kiln.cli;

/** A failure the user can act on; the message is one line, without the "kiln: " prefix. */
public final class KilnException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public KilnException(String message) {
    this(message, 1);
  }

  public KilnException(String message, int status) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}

package dev.kiln.image;

/** An image file that is not what it claims to be; the message says what is wrong, in one line. */
public final class MalformedImageException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedImageException(String message) {
    super(message);
  }
}

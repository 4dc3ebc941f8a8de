package dev.kiln.maven.assets;

/** The asset folder cannot be embedded; the message says why and how to fix it. */
public final class AssetsException extends Exception {
  private static final long serialVersionUID = 1L;

  public AssetsException(String message) {
    super(message);
  }

  public AssetsException(String message, Throwable cause) {
    super(message, cause);
  }
}

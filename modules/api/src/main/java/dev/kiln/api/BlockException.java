package dev.kiln.api;

/** A block device failed to do what was asked. */
public final class BlockException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BlockException(String message) {
    super(message);
  }
}

package dev.kiln.oci;

import java.io.IOException;

/** An image layout that does not satisfy the OCI Image Format: the message says where and how. */
public final class InvalidLayoutException extends IOException {
  private static final long serialVersionUID = 1L;

  public InvalidLayoutException(String message) {
    super(message);
  }
}

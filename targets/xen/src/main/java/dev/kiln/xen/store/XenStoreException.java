package dev.kiln.xen.store;

/** XenStore refused a request ({@code ENOENT}, {@code EACCES}, ...) or broke the protocol. */
public final class XenStoreException extends RuntimeException {
  private final String errno;

  public XenStoreException(String errno, String message) {
    super(message + " (" + errno + ")");
    this.errno = errno;
  }

  /** The error name XenStore answered with, like {@code ENOENT}; {@code ETIMEDOUT} if it did not answer. */
  public String errno() {
    return errno;
  }
}

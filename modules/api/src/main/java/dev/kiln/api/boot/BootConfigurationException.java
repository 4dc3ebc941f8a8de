package dev.kiln.api.boot;

/** A boot command line that does not fit the image's boot-time keys. */
public final class BootConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BootConfigurationException(String message) {
    super(message);
  }
}

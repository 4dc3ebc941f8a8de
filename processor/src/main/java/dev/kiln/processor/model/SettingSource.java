package dev.kiln.processor.model;

/** Where a configuration value came from. */
public enum SettingSource {
  /** The key's declared default. */
  DEFAULT,
  /** A blueprint's {@code @Config}, which the application did not override. */
  BLUEPRINT,
  /** The application's {@code @Config}. */
  APPLICATION,
  /** No value at build time: a boot-time key that the boot line must give. */
  NONE;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

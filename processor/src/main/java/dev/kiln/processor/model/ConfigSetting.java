package dev.kiln.processor.model;

import dev.kiln.processor.diagnostic.Location;

/**
 * A value set with {@code @Config}, with where it was set and by whom: the application, or a
 * blueprint it applied (a default the application may override).
 */
public record ConfigSetting(String key, String value, Location location, Origin origin) {
  /** The same setting, written (for diagnostics) at another location. */
  public ConfigSetting at(Location elsewhere) {
    return new ConfigSetting(key, value, elsewhere, origin);
  }
}

package dev.kiln.kvstore;

import dev.kiln.api.boot.BootConfigurationException;

/** What the store may do with a device that does not hold a store: the kv-store.format key. */
enum FormatPolicy {
  /** Refuse: open only a device that holds a Kiln store. */
  NEVER("never"),
  /** Format a blank device (its first bytes all zero); refuse one holding anything else. */
  IF_EMPTY("if-empty"),
  /** Erase the device and format a new store at every open, whatever it holds. */
  FORCE("force");

  final String value;

  FormatPolicy(String value) {
    this.value = value;
  }

  /**
   * The policy a setting names.
   *
   * @throws BootConfigurationException for any other value
   */
  static FormatPolicy parse(String setting) {
    for (FormatPolicy policy : values()) {
      if (policy.value.equals(setting)) {
        return policy;
      }
    }
    throw new BootConfigurationException("--kv-store.format: expected never, if-empty or force,"
        + " not '" + setting + "'");
  }
}

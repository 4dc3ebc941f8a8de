package dev.kiln.annotations;

/** The type of a configuration key's value. */
public enum ConfigType {
  STRING,
  /** A 32-bit signed decimal integer. */
  INT,
  /** A 64-bit signed decimal integer. */
  LONG,
  /** {@code true} or {@code false}. */
  BOOLEAN
}

package dev.kiln.annotations;

/** When a configuration key gets its value. */
public enum ConfigPhase {
  /** Fixed when the image is built; a compile-time constant inside it. */
  BUILD,
  /** Read from the boot command line, falling back to the built-in value. */
  BOOT
}

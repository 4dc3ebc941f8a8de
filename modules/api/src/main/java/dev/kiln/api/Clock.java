package dev.kiln.api;

import dev.kiln.annotations.Capability;

/**
 * Time. Code that needs time takes a Clock instead of reading a global one, so tests can drive it.
 */
@Capability(doc = "Monotonic and wall-clock time in nanoseconds.")
public interface Clock {
  /** Nanoseconds since an unspecified point; never goes backwards. */
  long monotonicNanos();

  /** Nanoseconds since 1970-01-01T00:00:00Z; may jump when the host's clock is set. */
  long wallClockNanos();
}

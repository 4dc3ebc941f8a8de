package dev.kiln.api;

import dev.kiln.annotations.Capability;

/**
 * How the event loop waits when it has nothing to run: the platform's blocking wait ({@code
 * solo5_yield} on Solo5 targets). Applications do not use this directly.
 */
@Capability(doc = "The platform's blocking wait for a deadline or device input.")
public interface Idle {
  /**
   * Blocks until the monotonic clock reaches {@code deadlineNanos} or a device has input, and
   * returns the set of ready device handles (bit h for handle h). It may return early with an
   * empty set. Returns at once if the deadline has passed.
   */
  long waitUntil(long deadlineNanos);
}

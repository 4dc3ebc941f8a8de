package dev.kiln.eventloop;

import dev.kiln.api.Clock;

/** A clock that moves only when a test (or the fake idle wait) moves it. */
final class ManualClock implements Clock {
  long now = 1_000;

  @Override
  public long monotonicNanos() {
    return now;
  }

  @Override
  public long wallClockNanos() {
    return 1_700_000_000_000_000_000L + now;
  }
}

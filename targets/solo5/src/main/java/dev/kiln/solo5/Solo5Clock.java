package dev.kiln.solo5;

import dev.kiln.api.Clock;
import dev.kiln.solo5.internal.Solo5Calls;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Time from {@code solo5_clock_monotonic} and {@code solo5_clock_wall}. */
@Singleton
final class Solo5Clock implements Clock {
  @Inject
  Solo5Clock() {}

  @Override
  public long monotonicNanos() {
    return Solo5Calls.clockMonotonic();
  }

  @Override
  public long wallClockNanos() {
    return Solo5Calls.clockWall();
  }
}

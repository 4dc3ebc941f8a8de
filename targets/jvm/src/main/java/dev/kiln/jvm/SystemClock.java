package dev.kiln.jvm;

import dev.kiln.api.Clock;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Time from the JVM: {@code System.nanoTime} and the system's wall clock. */
@Singleton
final class SystemClock implements Clock {
  @Inject
  SystemClock() {}

  @Override
  public long monotonicNanos() {
    return System.nanoTime();
  }

  @Override
  public long wallClockNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}

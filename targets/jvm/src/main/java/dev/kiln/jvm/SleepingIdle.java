package dev.kiln.jvm;

import dev.kiln.api.Clock;
import dev.kiln.api.Idle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.locks.LockSupport;

/**
 * The idle wait on the JVM: park the thread until the deadline. No device reports readiness here
 * yet, so the ready set is always empty.
 */
@Singleton
final class SleepingIdle implements Idle {
  private final Clock clock;

  @Inject
  SleepingIdle(Clock clock) {
    this.clock = clock;
  }

  @Override
  public long waitUntil(long deadlineNanos) {
    long remaining = deadlineNanos - clock.monotonicNanos();
    if (remaining > 0) {
      LockSupport.parkNanos(remaining);
    }
    return 0;
  }
}

package dev.kiln.jvm;

import dev.kiln.api.Clock;
import dev.kiln.api.Idle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The idle wait on the JVM: a {@link HostSelector} wait until the deadline, or until a host
 * socket is ready, whose handlers then run here. There are no Solo5 device handles on the JVM,
 * so the ready set is always empty.
 */
@Singleton
final class SelectorIdle implements Idle {
  private final Clock clock;
  private final HostSelector selector;

  @Inject
  SelectorIdle(Clock clock, HostSelector selector) {
    this.clock = clock;
    this.selector = selector;
  }

  @Override
  public long waitUntil(long deadlineNanos) {
    if (deadlineNanos == Long.MAX_VALUE) {
      selector.select(-1);
    } else {
      long remaining = deadlineNanos - clock.monotonicNanos();
      selector.select(remaining > 0 ? remaining : 0);
    }
    return 0;
  }
}

package dev.kiln.eventloop;

import dev.kiln.api.Idle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * An idle wait that jumps the clock to the deadline, or returns a scripted ready set at once.
 */
final class FakeIdle implements Idle {
  private final ManualClock clock;
  final ArrayDeque<Long> scriptedReadySets = new ArrayDeque<>();
  final List<Long> deadlines = new ArrayList<>();

  FakeIdle(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public long waitUntil(long deadlineNanos) {
    deadlines.add(deadlineNanos);
    if (!scriptedReadySets.isEmpty()) {
      return scriptedReadySets.poll();
    }
    if (deadlineNanos == Long.MAX_VALUE) {
      throw new AssertionError("the loop would block forever");
    }
    if (deadlineNanos - clock.now > 0) {
      clock.now = deadlineNanos;
    }
    return 0;
  }
}

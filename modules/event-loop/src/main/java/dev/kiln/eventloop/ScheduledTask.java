package dev.kiln.eventloop;

import dev.kiln.api.Timer;

/** A timer in the queue. Cancelled timers stay in the heap and are skipped when they come due. */
final class ScheduledTask implements Timer {
  private final long deadlineNanos;
  private final long sequence;
  private final Runnable task;
  private final DeadlineEventLoop loop;
  private boolean done;

  ScheduledTask(long deadlineNanos, long sequence, Runnable task, DeadlineEventLoop loop) {
    this.deadlineNanos = deadlineNanos;
    this.sequence = sequence;
    this.task = task;
    this.loop = loop;
  }

  @Override
  public long deadlineNanos() {
    return deadlineNanos;
  }

  @Override
  public void cancel() {
    if (!done) {
      done = true;
      loop.timerFinished();
    }
  }

  boolean before(ScheduledTask other) {
    // Deadlines compare by difference so that values near Long.MAX_VALUE still order correctly.
    long difference = deadlineNanos - other.deadlineNanos;
    return difference != 0 ? difference < 0 : sequence < other.sequence;
  }

  boolean isDone() {
    return done;
  }

  /** Runs the task unless it was cancelled. */
  void fire() {
    if (done) {
      return;
    }
    done = true;
    loop.timerFinished();
    task.run();
  }
}

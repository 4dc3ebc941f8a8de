package dev.kiln.net.testing;

import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Timer;
import java.util.PriorityQueue;

/**
 * An event loop and clock for tests: time moves only through {@link #advance} and {@link
 * #runFor}; tasks run in deadline order, ties in scheduling order. Device readiness is not used:
 * simulated devices schedule their handlers as tasks.
 */
public final class ManualEventLoop implements EventLoop, Clock {
  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private long now;
  private long sequence;
  private boolean exited;
  private int exitStatus;

  /** Monotonic nanoseconds, starting at an arbitrary non-zero point. */
  public ManualEventLoop() {
    this.now = 1_000_000_000L;
  }

  @Override
  public long monotonicNanos() {
    return now;
  }

  @Override
  public long wallClockNanos() {
    return now;
  }

  @Override
  public Timer at(long deadlineNanos, Runnable task) {
    Task scheduled = new Task(deadlineNanos, sequence++, task);
    tasks.add(scheduled);
    return scheduled;
  }

  @Override
  public Timer after(long delayNanos, Runnable task) {
    return at(now + delayNanos, task);
  }

  @Override
  public void onReady(long handle, Runnable handler) {
    throw new UnsupportedOperationException("simulated devices do not use handles");
  }

  @Override
  public void removeReady(long handle) {}

  @Override
  public void exit(int status) {
    if (!exited) {
      exited = true;
      exitStatus = status;
    }
  }

  /** Whether {@link #exit} was called, and with what. */
  public boolean exited() {
    return exited;
  }

  public int exitStatus() {
    return exitStatus;
  }

  @Override
  public int run() {
    throw new UnsupportedOperationException("tests drive the loop with advance() and runFor()");
  }

  /** Runs every task due now, including tasks they schedule for now. */
  public void runDue() {
    Task head;
    while ((head = tasks.peek()) != null && head.deadline - now <= 0) {
      tasks.poll();
      head.fire();
    }
  }

  /** Moves time forward by {@code nanos}, running each task at its deadline on the way. */
  public void advance(long nanos) {
    long end = now + nanos;
    runDue();
    Task head;
    while ((head = tasks.peek()) != null && head.deadline - end <= 0) {
      tasks.poll();
      if (head.deadline - now > 0) {
        now = head.deadline;
      }
      head.fire();
    }
    now = end;
    runDue();
  }

  /** Same as {@link #advance}. */
  public void runFor(long nanos) {
    advance(nanos);
  }

  /** The number of live tasks waiting. */
  public int pending() {
    int live = 0;
    for (Task task : tasks) {
      if (!task.done) {
        live++;
      }
    }
    return live;
  }

  private static final class Task implements Timer, Comparable<Task> {
    final long deadline;
    final long order;
    final Runnable body;
    boolean done;

    Task(long deadline, long order, Runnable body) {
      this.deadline = deadline;
      this.order = order;
      this.body = body;
    }

    void fire() {
      if (!done) {
        done = true;
        body.run();
      }
    }

    @Override
    public long deadlineNanos() {
      return deadline;
    }

    @Override
    public void cancel() {
      done = true;
    }

    @Override
    public int compareTo(Task other) {
      long difference = deadline - other.deadline;
      if (difference != 0) {
        return difference < 0 ? -1 : 1;
      }
      return Long.compare(order, other.order);
    }
  }
}

package dev.kiln.eventloop;

import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Idle;
import dev.kiln.api.Timer;
import jakarta.inject.Inject;

/**
 * The event loop: timers in a heap, device handlers by handle, and the platform's {@link Idle}
 * wait in between. Single-threaded; not safe to call from other threads.
 */
public final class DeadlineEventLoop implements EventLoop {
  /** Solo5 handles are manifest indices, 1 to 63; a ready set is a 64-bit mask of them. */
  private static final int MAX_HANDLES = 64;

  private final Clock clock;
  private final Idle idle;
  private final TimerQueue timers = new TimerQueue();
  private final Runnable[] readyHandlers = new Runnable[MAX_HANDLES];
  private int readyHandlerCount;
  private int liveTimers;
  private long nextSequence;
  private boolean exitRequested;
  private int exitStatus;
  private boolean running;

  @Inject
  public DeadlineEventLoop(Clock clock, Idle idle) {
    this.clock = clock;
    this.idle = idle;
  }

  @Override
  public Timer at(long deadlineNanos, Runnable task) {
    if (task == null) {
      throw new NullPointerException("task");
    }
    ScheduledTask timer = new ScheduledTask(deadlineNanos, nextSequence++, task, this);
    timers.add(timer);
    liveTimers++;
    return timer;
  }

  @Override
  public Timer after(long delayNanos, Runnable task) {
    if (delayNanos < 0) {
      throw new IllegalArgumentException("negative delay: " + delayNanos);
    }
    return at(clock.monotonicNanos() + delayNanos, task);
  }

  @Override
  public void onReady(long handle, Runnable handler) {
    checkHandle(handle);
    if (handler == null) {
      throw new NullPointerException("handler");
    }
    if (readyHandlers[(int) handle] == null) {
      readyHandlerCount++;
    }
    readyHandlers[(int) handle] = handler;
  }

  @Override
  public void removeReady(long handle) {
    checkHandle(handle);
    if (readyHandlers[(int) handle] != null) {
      readyHandlers[(int) handle] = null;
      readyHandlerCount--;
    }
  }

  @Override
  public void exit(int status) {
    if (!exitRequested) {
      exitRequested = true;
      exitStatus = status;
    }
  }

  @Override
  public int run() {
    if (running) {
      throw new IllegalStateException("the event loop is already running");
    }
    running = true;
    try {
      while (!exitRequested) {
        runDueTimers();
        if (exitRequested) {
          break;
        }
        if (liveTimers == 0 && readyHandlerCount == 0) {
          return 0;
        }
        dispatch(idle.waitUntil(nextDeadline()));
      }
      return exitStatus;
    } finally {
      running = false;
    }
  }

  void timerFinished() {
    liveTimers--;
  }

  private void runDueTimers() {
    long now = clock.monotonicNanos();
    ScheduledTask head;
    while (!exitRequested && (head = timers.peek()) != null) {
      if (head.isDone()) {
        timers.poll();
      } else if (head.deadlineNanos() - now <= 0) {
        timers.poll();
        head.fire();
      } else {
        return;
      }
    }
  }

  private long nextDeadline() {
    ScheduledTask head = timers.peek();
    while (head != null && head.isDone()) {
      timers.poll();
      head = timers.peek();
    }
    return head == null ? Long.MAX_VALUE : head.deadlineNanos();
  }

  private void dispatch(long readySet) {
    long remaining = readySet;
    while (remaining != 0 && !exitRequested) {
      int handle = Long.numberOfTrailingZeros(remaining);
      remaining &= remaining - 1;
      Runnable handler = readyHandlers[handle];
      if (handler != null) {
        handler.run();
      }
    }
  }

  private static void checkHandle(long handle) {
    if (handle < 1 || handle >= MAX_HANDLES) {
      throw new IllegalArgumentException("device handle out of range 1..63: " + handle);
    }
  }
}

package dev.kiln.api;

import dev.kiln.annotations.Capability;

/**
 * The image's single event loop. Everything an application does after {@link Application#start()}
 * runs as a task of this loop: timers here, and device handlers registered by drivers. Tasks run
 * one at a time, in deadline order, on one thread; a task must not block.
 *
 * <p>The loop ends when {@link #exit(int)} is called, or when it has nothing left that could ever
 * run (no timers and no device sources), which counts as exit status 0.
 */
@Capability(doc = "The single-threaded loop of timers and device events.")
public interface EventLoop {
  /** Runs the task when the monotonic clock reaches the deadline. */
  Timer at(long deadlineNanos, Runnable task);

  /** Runs the task after the delay. */
  Timer after(long delayNanos, Runnable task);

  /** Runs the task as soon as the current one returns. */
  default Timer soon(Runnable task) {
    return after(0, task);
  }

  /**
   * Registers a handler for a device handle's input; it runs whenever the platform reports the
   * handle ready. Keeps the loop alive until removed.
   */
  void onReady(long handle, Runnable handler);

  /** Removes the handler registered for the handle. */
  void removeReady(long handle);

  /** Ends the loop after the current task with this exit status. */
  void exit(int status);

  /** Runs the loop until it ends, and returns the exit status. Called once, by the boot entry. */
  int run();
}

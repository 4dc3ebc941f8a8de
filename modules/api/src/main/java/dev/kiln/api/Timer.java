package dev.kiln.api;

/** A task scheduled on the {@link EventLoop}. */
public interface Timer {
  /** Stops the task from running if it has not run yet; harmless otherwise. */
  void cancel();

  /** The monotonic time at which the task is due. */
  long deadlineNanos();
}

package dev.kiln.api;

/**
 * The root of an image. The boot entry constructs it through its {@code @Inject} constructor,
 * calls {@link #start()} once, then runs the {@link EventLoop} until it ends.
 */
public interface Application {
  /**
   * Starts the application: do short work, register handlers and timers. Returning does not end
   * the image while the loop has work; throwing does, with a stack trace and a non-zero status.
   */
  void start() throws Exception;
}

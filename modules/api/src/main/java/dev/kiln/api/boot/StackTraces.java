package dev.kiln.api.boot;

/** Formats a throwable and its causes the way a JVM prints an uncaught exception. */
public final class StackTraces {
  private static final int MAX_CAUSES = 16;

  private StackTraces() {}

  public static String format(Throwable throwable) {
    StringBuilder text = new StringBuilder("Uncaught exception: ");
    Throwable current = throwable;
    for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
      if (depth > 0) {
        text.append("Caused by: ");
      }
      text.append(current).append('\n');
      StackTraceElement[] frames = current.getStackTrace();
      if (frames != null) {
        for (StackTraceElement frame : frames) {
          text.append("\tat ").append(frame).append('\n');
        }
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return text.toString();
  }
}

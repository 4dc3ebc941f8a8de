package dev.kiln.processor.diagnostic;

/** A diagnostic waiting to be reported: its id, the full message text, and where it points. */
public record Problem(ErrorId id, String message, Location location) {
  /** The first line of the message, for one-line summaries. */
  public String headline() {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

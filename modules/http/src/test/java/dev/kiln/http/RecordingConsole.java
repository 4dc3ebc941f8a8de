package dev.kiln.http;

import dev.kiln.api.Console;
import java.util.ArrayList;
import java.util.List;

/** A console that keeps the lines printed to it. */
final class RecordingConsole implements Console {
  final List<String> lines = new ArrayList<>();
  private final StringBuilder pending = new StringBuilder();

  @Override
  public void print(CharSequence text) {
    pending.append(text);
    int newline;
    while ((newline = pending.indexOf("\n")) >= 0) {
      lines.add(pending.substring(0, newline));
      pending.delete(0, newline + 1);
    }
  }

  @Override
  public void flush() {}
}

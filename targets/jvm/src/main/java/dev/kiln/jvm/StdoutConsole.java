package dev.kiln.jvm;

import dev.kiln.api.Console;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.PrintStream;

/** The console as the JVM's standard output. */
@Singleton
final class StdoutConsole implements Console {
  private final PrintStream out;

  @Inject
  StdoutConsole() {
    this(System.out);
  }

  StdoutConsole(PrintStream out) {
    this.out = out;
  }

  @Override
  public void print(CharSequence text) {
    out.append(text);
  }

  @Override
  public void flush() {
    out.flush();
  }
}

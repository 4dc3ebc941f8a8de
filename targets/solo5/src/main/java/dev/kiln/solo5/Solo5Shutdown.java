package dev.kiln.solo5;

import dev.kiln.api.Console;
import dev.kiln.api.Shutdown;
import dev.kiln.solo5.internal.Solo5Calls;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Ends the image through {@code solo5_exit}. */
@Singleton
final class Solo5Shutdown implements Shutdown {
  private final Console console;

  @Inject
  Solo5Shutdown(Console console) {
    this.console = console;
  }

  @Override
  public void exit(int status) {
    console.flush();
    Solo5Calls.exit(status);
  }
}

package dev.kiln.jvm;

import dev.kiln.api.Console;
import dev.kiln.api.Shutdown;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Ends the image by ending the JVM with the status. */
@Singleton
final class ProcessShutdown implements Shutdown {
  private final Console console;

  @Inject
  ProcessShutdown(Console console) {
    this.console = console;
  }

  @Override
  public void exit(int status) {
    console.flush();
    System.out.flush();
    System.exit(status);
  }
}

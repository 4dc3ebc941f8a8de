package dev.kiln.api.boot;

import dev.kiln.api.Application;
import dev.kiln.api.Console;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Shutdown;

/** What a generated Dagger component exposes to the boot entry. */
public interface Composition {
  Application application();

  EventLoop eventLoop();

  Console console();

  Shutdown shutdown();
}

package dev.kiln.jvm;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Console;
import dev.kiln.api.Shutdown;

/** Shutdown on the JVM. */
@KilnModule(
    provides = Shutdown.class,
    requires = Console.class,
    targets = Target.JVM,
    doc = "Ends the image with System.exit.")
@Module
public abstract class JvmShutdownModule {
  private JvmShutdownModule() {}

  @Binds
  abstract Shutdown shutdown(ProcessShutdown shutdown);
}

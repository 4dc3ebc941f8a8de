package dev.kiln.jvm;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Console;

/** Console on the JVM. */
@KilnModule(
    provides = Console.class,
    targets = Target.JVM,
    doc = "Console on the JVM's standard output.")
@Module
public abstract class JvmConsoleModule {
  private JvmConsoleModule() {}

  @Binds
  abstract Console console(StdoutConsole console);
}

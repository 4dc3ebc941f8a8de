package dev.kiln.jvm;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Clock;

/** Clocks on the JVM. */
@KilnModule(
    provides = Clock.class,
    targets = Target.JVM,
    doc = "Monotonic and wall clocks from the JVM.")
@Module
public abstract class JvmClockModule {
  private JvmClockModule() {}

  @Binds
  abstract Clock clock(SystemClock clock);
}

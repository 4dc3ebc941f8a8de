package dev.kiln.jvm;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Clock;
import dev.kiln.api.Idle;

/** The idle wait on the JVM. */
@KilnModule(
    provides = Idle.class,
    requires = Clock.class,
    targets = Target.JVM,
    doc = "Idle wait on the JVM: a java.nio Selector wait for the next deadline or host socket.")
@Module
public abstract class JvmIdleModule {
  private JvmIdleModule() {}

  @Binds
  abstract Idle idle(SelectorIdle idle);
}

package dev.kiln.solo5;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Idle;

/** The idle wait on Solo5. */
@KilnModule(
    provides = Idle.class,
    targets = {Target.SPT, Target.HVT, Target.VIRTIO, Target.XEN},
    doc = "Idle wait through solo5_yield: sleeps until the next deadline or network input.")
@Module
public abstract class Solo5IdleModule {
  private Solo5IdleModule() {}

  @Binds
  abstract Idle idle(Solo5Idle idle);
}

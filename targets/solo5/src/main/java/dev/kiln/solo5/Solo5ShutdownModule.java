package dev.kiln.solo5;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Console;
import dev.kiln.api.Shutdown;

/** Shutdown on Solo5. */
@KilnModule(
    provides = Shutdown.class,
    requires = Console.class,
    targets = {Target.SPT, Target.HVT, Target.VIRTIO, Target.XEN},
    doc = "Ends the image through solo5_exit.")
@Module
public abstract class Solo5ShutdownModule {
  private Solo5ShutdownModule() {}

  @Binds
  abstract Shutdown shutdown(Solo5Shutdown shutdown);
}

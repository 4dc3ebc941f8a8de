package dev.kiln.solo5;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Console;

/** Console on Solo5. */
@KilnModule(
    provides = Console.class,
    targets = {Target.SPT, Target.HVT, Target.VIRTIO, Target.XEN},
    doc = "Console through solo5_console_write: stdout on spt, serial on virtio.")
@Module
public abstract class Solo5ConsoleModule {
  private Solo5ConsoleModule() {}

  @Binds
  abstract Console console(Solo5Console console);
}

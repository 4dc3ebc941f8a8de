package dev.kiln.solo5;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Clock;

/** Clocks on Solo5. */
@KilnModule(
    provides = Clock.class,
    targets = {Target.SPT, Target.HVT, Target.VIRTIO, Target.XEN},
    doc = "Monotonic and wall clocks from the Solo5 bindings.")
@Module
public abstract class Solo5ClockModule {
  private Solo5ClockModule() {}

  @Binds
  abstract Clock clock(Solo5Clock clock);
}

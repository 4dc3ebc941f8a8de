package dev.kiln.solo5;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Random;

/** Random numbers on Solo5, seeded from the clocks (Solo5 has no entropy source). */
@KilnModule(
    provides = Random.class,
    targets = {Target.SPT, Target.HVT, Target.VIRTIO, Target.XEN},
    doc = "Random numbers: SplitMix64 seeded from the boot clocks; not for key material.")
@Module
public abstract class Solo5RandomModule {
  private Solo5RandomModule() {}

  @Binds
  abstract Random random(Solo5Random random);
}

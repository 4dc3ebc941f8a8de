package dev.kiln.hvt;

import dagger.Module;
import dagger.Provides;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Platform;

/** The hvt target itself. */
@KilnModule(
    provides = Platform.class,
    targets = Target.HVT,
    doc = "The hvt target: a hardware-virtualized guest run by Solo5's solo5-hvt tender (KVM,"
        + " bhyve, OpenBSD vmm or nvmm).")
@Module
public final class HvtPlatformModule {
  private HvtPlatformModule() {}

  @Provides
  static Platform platform() {
    return () -> "hvt";
  }
}

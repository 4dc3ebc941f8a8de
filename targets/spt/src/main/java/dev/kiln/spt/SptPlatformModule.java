package dev.kiln.spt;

import dagger.Module;
import dagger.Provides;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Platform;

/** The spt target itself. */
@KilnModule(
    provides = Platform.class,
    targets = Target.SPT,
    doc = "The spt target: a Linux process under seccomp, run by kiln-spt or solo5-spt.")
@Module
public final class SptPlatformModule {
  private SptPlatformModule() {}

  @Provides
  static Platform platform() {
    return () -> "spt";
  }
}

package dev.kiln.jvm;

import dagger.Module;
import dagger.Provides;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Platform;

/** The jvm target itself. */
@KilnModule(
    provides = Platform.class,
    targets = Target.JVM,
    doc = "The jvm target: a runnable jar on a Java 17+ virtual machine.")
@Module
public final class JvmPlatformModule {
  private JvmPlatformModule() {}

  @Provides
  static Platform platform() {
    return () -> "jvm";
  }
}

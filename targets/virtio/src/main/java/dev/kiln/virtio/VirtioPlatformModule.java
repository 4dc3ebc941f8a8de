package dev.kiln.virtio;

import dagger.Module;
import dagger.Provides;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Platform;

/** The virtio target itself. */
@KilnModule(
    provides = Platform.class,
    targets = Target.VIRTIO,
    doc = "The virtio target: a multiboot guest for QEMU or KVM with virtio devices.")
@Module
public final class VirtioPlatformModule {
  private VirtioPlatformModule() {}

  @Provides
  static Platform platform() {
    return () -> "virtio";
  }
}

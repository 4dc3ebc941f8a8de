package dev.kiln.xen;

import dagger.Module;
import dagger.Provides;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Platform;

/** The Xen target itself. */
@KilnModule(
    provides = Platform.class,
    targets = Target.XEN,
    doc = "The xen target: a PVH guest for Xen's xl, with Kiln's own netfront and blkfront.")
@Module
public final class XenPlatformModule {
  private XenPlatformModule() {}

  @Provides
  static Platform platform() {
    return () -> "xen";
  }
}

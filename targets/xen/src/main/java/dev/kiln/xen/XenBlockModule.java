package dev.kiln.xen;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Block;

/** Block devices on Xen, through Kiln's blkfront. */
@KilnModule(
    provides = Block.class,
    targets = Target.XEN,
    doc = "Block devices through Kiln's Xen blkfront: the k-th block device of the manifest is"
        + " the k-th vbd of the domain.")
@Module
public abstract class XenBlockModule {
  private XenBlockModule() {}

  @Binds
  abstract Block block(XenBlock block);
}

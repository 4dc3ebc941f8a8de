package dev.kiln.solo5;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Block;

/** Block devices on Solo5. */
@KilnModule(
    provides = Block.class,
    targets = {Target.SPT, Target.HVT, Target.VIRTIO},
    doc = "Block devices through solo5_block_read and solo5_block_write.")
@Module
public abstract class Solo5BlockModule {
  private Solo5BlockModule() {}

  @Binds
  abstract Block block(Solo5Block block);
}

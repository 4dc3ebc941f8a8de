package dev.kiln.jvm;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Block;

/** Block devices on the JVM. */
@KilnModule(
    provides = Block.class,
    targets = Target.JVM,
    doc = "Block devices as files named with --block:NAME=FILE.")
@Module
public abstract class JvmBlockModule {
  private JvmBlockModule() {}

  @Binds
  abstract Block block(FileBlock block);
}

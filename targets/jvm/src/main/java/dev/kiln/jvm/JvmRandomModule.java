package dev.kiln.jvm;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.Random;

/** Random numbers on the JVM. */
@KilnModule(
    provides = Random.class,
    targets = Target.JVM,
    doc = "Random numbers from the JVM's SecureRandom.")
@Module
public abstract class JvmRandomModule {
  private JvmRandomModule() {}

  @Binds
  abstract Random random(SecureRandomSource random);
}

package dev.kiln.jvm;

import dev.kiln.api.Random;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;

/** Random numbers from the JVM's default {@link SecureRandom}. */
@Singleton
final class SecureRandomSource implements Random {
  private final SecureRandom random = new SecureRandom();

  @Inject
  SecureRandomSource() {}

  @Override
  public long nextLong() {
    return random.nextLong();
  }

  @Override
  public void nextBytes(byte[] bytes) {
    random.nextBytes(bytes);
  }
}

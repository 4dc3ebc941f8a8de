package dev.kiln.api;

import dev.kiln.annotations.Capability;

/** Random numbers, for protocol identifiers and sequence numbers. Not for key material. */
@Capability(doc = "Random numbers seeded from the platform.")
public interface Random {
  long nextLong();

  /** Fills the array. */
  default void nextBytes(byte[] bytes) {
    for (int i = 0; i < bytes.length; i += 8) {
      long value = nextLong();
      for (int j = i; j < Math.min(i + 8, bytes.length); j++) {
        bytes[j] = (byte) value;
        value >>>= 8;
      }
    }
  }
}

package dev.kiln.solo5;

import dev.kiln.api.Random;
import dev.kiln.solo5.internal.Solo5Calls;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * SplitMix64 seeded from the wall and monotonic clocks at boot. Solo5 offers no entropy source,
 * so the sequence is guessable by anyone who knows the boot time: good enough to keep protocol
 * identifiers of separate boots apart, not to resist an attacker.
 */
@Singleton
final class Solo5Random implements Random {
  private long state;

  @Inject
  Solo5Random() {
    state = Solo5Calls.clockWall() * 0x9E37_79B9_7F4A_7C15L ^ Solo5Calls.clockMonotonic();
  }

  @Override
  public long nextLong() {
    long z = (state += 0x9E37_79B9_7F4A_7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}

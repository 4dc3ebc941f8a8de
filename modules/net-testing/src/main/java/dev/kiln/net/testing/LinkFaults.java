package dev.kiln.net.testing;

/**
 * What a simulated link does to each frame: probabilities (0 to 1) of dropping, duplicating,
 * corrupting (one random bit) and reordering (delaying by up to {@code reorderDelayNanos}), and the
 * base latency.
 */
public record LinkFaults(double drop, double duplicate, double corrupt, double reorder,
    long latencyNanos, long reorderDelayNanos) {
  /** A perfect link with 100 µs latency. */
  public static final LinkFaults NONE = new LinkFaults(0, 0, 0, 0, 100_000, 0);

  public LinkFaults {
    check(drop, "drop");
    check(duplicate, "duplicate");
    check(corrupt, "corrupt");
    check(reorder, "reorder");
    if (latencyNanos < 0 || reorderDelayNanos < 0) {
      throw new IllegalArgumentException("negative delay");
    }
  }

  private static void check(double probability, String name) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(name + " probability out of 0..1: " + probability);
    }
  }
}

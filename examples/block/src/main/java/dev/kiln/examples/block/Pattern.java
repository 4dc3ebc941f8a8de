package dev.kiln.examples.block;

/** The bytes the block check writes: different in every block and for every seed. */
public final class Pattern {
  private Pattern() {}

  public static void fill(byte[] bytes, int blockSize, int seed) {
    for (int i = 0; i < bytes.length; i++) {
      int blockIndex = i / blockSize;
      bytes[i] = (byte) (seed * 131 + blockIndex * 31 + (i % blockSize) * 7);
    }
  }
}

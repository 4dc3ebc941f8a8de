package dev.kiln.block;

/** Consecutive sectors {@code first} to {@code first + count - 1}: one device request. */
public record SectorRun(long first, int count) {
  public SectorRun {
    if (first < 0 || count <= 0) {
      throw new IllegalArgumentException("bad sector run " + first + "+" + count);
    }
  }

  /** The sector after the last one. */
  public long end() {
    return first + count;
  }
}

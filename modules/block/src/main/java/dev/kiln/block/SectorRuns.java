package dev.kiln.block;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Merges sector numbers into runs of consecutive sectors, one device request per run. */
public final class SectorRuns {
  private SectorRuns() {}

  /**
   * The runs covering {@code sectors}, which must be strictly ascending; no run is longer than
   * {@code maxRunSectors}.
   *
   * @throws IllegalArgumentException if the sectors are not strictly ascending
   */
  public static List<SectorRun> merge(Iterable<Long> sectors, int maxRunSectors) {
    if (maxRunSectors < 1) {
      throw new IllegalArgumentException("runs need at least one sector, not " + maxRunSectors);
    }
    List<SectorRun> runs = new ArrayList<>();
    Iterator<Long> it = sectors.iterator();
    if (!it.hasNext()) {
      return runs;
    }
    long first = it.next();
    int count = 1;
    while (it.hasNext()) {
      long sector = it.next();
      long next = first + count;
      if (sector < next) {
        throw new IllegalArgumentException("sectors are not strictly ascending: " + sector
            + " after " + (next - 1));
      }
      if (sector == next && count < maxRunSectors) {
        count++;
      } else {
        runs.add(new SectorRun(first, count));
        first = sector;
        count = 1;
      }
    }
    runs.add(new SectorRun(first, count));
    return runs;
  }
}

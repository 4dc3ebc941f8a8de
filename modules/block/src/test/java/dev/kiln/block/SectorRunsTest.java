package dev.kiln.block;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectorRunsTest {
  @Test
  void noSectorsMakeNoRuns() {
    assertThat(SectorRuns.merge(List.of(), 8)).isEmpty();
  }

  @Test
  void consecutiveSectorsMergeAndGapsSplit() {
    assertThat(SectorRuns.merge(List.of(3L, 4L, 5L, 9L, 11L, 12L), 8))
        .containsExactly(new SectorRun(3, 3), new SectorRun(9, 1), new SectorRun(11, 2))
        .inOrder();
  }

  @Test
  void runsAreCutAtTheLimit() {
    assertThat(SectorRuns.merge(List.of(0L, 1L, 2L, 3L, 4L), 2))
        .containsExactly(new SectorRun(0, 2), new SectorRun(2, 2), new SectorRun(4, 1))
        .inOrder();
  }

  @Test
  void unsortedOrRepeatedSectorsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SectorRuns.merge(List.of(4L, 3L), 8));
    assertThrows(IllegalArgumentException.class, () -> SectorRuns.merge(List.of(4L, 4L), 8));
    assertThrows(IllegalArgumentException.class, () -> SectorRuns.merge(List.of(1L), 0));
  }
}

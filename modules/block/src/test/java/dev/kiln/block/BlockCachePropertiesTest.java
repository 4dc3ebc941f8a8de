package dev.kiln.block;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The cache against a byte array: any mix of reads, writes and barriers reads back the model. */
class BlockCachePropertiesTest {
  private static final int SECTORS = 32;
  private static final int BYTES = SECTORS * 512;

  /** kind 0 = write, 1 = read, 2 = flush. */
  record Step(int kind, int position, int length, byte fill) {}

  @Property(tries = 200)
  void behavesLikeAByteArray(@ForAll("steps") List<Step> steps) {
    RecordingBlockDevice device = new RecordingBlockDevice(SECTORS);
    BlockCache cache = new BlockCache(device, 3);
    byte[] model = new byte[BYTES];
    for (Step step : steps) {
      int length = Math.min(step.length(), BYTES - step.position());
      if (step.kind() == 0) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
          data[i] = (byte) (step.fill() + i);
        }
        cache.write(step.position(), data, 0, length);
        System.arraycopy(data, 0, model, step.position(), length);
      } else if (step.kind() == 1) {
        byte[] read = new byte[length + 2];
        cache.read(step.position(), read, 1, length);
        byte[] expected = new byte[length + 2];
        System.arraycopy(model, step.position(), expected, 1, length);
        assertThat(read).isEqualTo(expected);
      } else {
        cache.flush();
        assertThat(device.bytes()).isEqualTo(model);
      }
    }
    cache.flush();
    assertThat(device.bytes()).isEqualTo(model);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(
        Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, BYTES - 1),
        Arbitraries.integers().between(0, 3000),
        Arbitraries.bytes()).as(Step::new);
    return step.list().ofMaxSize(40);
  }
}

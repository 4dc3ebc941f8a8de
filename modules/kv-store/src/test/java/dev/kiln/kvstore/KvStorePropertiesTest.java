package dev.kiln.kvstore;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.kv.KvBatch;
import dev.kiln.api.kv.KvStoreFullException;
import dev.kiln.block.MemoryBlockDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The store against a sorted map, over random operations with reopening between them. */
class KvStorePropertiesTest {
  private static final List<String> KEYS =
      List.of("a", "b", "c", "d", "e", "f", "x/1", "x/2", "x/3", "\u00fc", "\u4e2d");

  /** kind 0 = put, 1 = delete, 2 = batch of the next three, 3 = reopen, 4 = compact. */
  record Step(int kind, int key, int length, int seed) {}

  @Property(tries = 150)
  void behavesLikeASortedMap(@ForAll("steps") List<Step> steps) {
    MemoryBlockDevice device = new MemoryBlockDevice("storage", 512, Stores.SMALL_DEVICE_BYTES
        / 512);
    LogStore store = Stores.open(device, FormatPolicy.IF_EMPTY, 3);
    TreeMap<String, byte[]> model = new TreeMap<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      String key = KEYS.get(step.key());
      try {
        switch (step.kind()) {
          case 0 -> {
            store.put(key, Stores.value(step.length(), step.seed()));
            model.put(key, Stores.value(step.length(), step.seed()));
          }
          case 1 -> assertThat(store.delete(key)).isEqualTo(model.remove(key) != null);
          case 2 -> {
            KvBatch batch = new KvBatch();
            TreeMap<String, byte[]> next = new TreeMap<>(model);
            for (Step each : steps.subList(i, Math.min(i + 3, steps.size()))) {
              String eachKey = KEYS.get(each.key());
              if (each.seed() % 3 == 0) {
                batch.delete(eachKey);
                next.remove(eachKey);
              } else {
                batch.put(eachKey, Stores.value(each.length(), each.seed()));
                next.put(eachKey, Stores.value(each.length(), each.seed()));
              }
            }
            store.apply(batch);
            model = next;
          }
          case 3 -> store = Stores.open(device, FormatPolicy.NEVER, 3);
          default -> store.compact(0);
        }
      } catch (KvStoreFullException full) {
        // Allowed only when the values really do not fit in an area: nothing was stored.
        assertThat(liveBytes(model) + step.length()).isGreaterThan(store.areaBytes() / 2);
      }
      assertSame(store, model);
    }
    assertSame(Stores.open(device, FormatPolicy.NEVER, 3), model);
  }

  private static void assertSame(LogStore store, TreeMap<String, byte[]> model) {
    assertThat(store.keys()).containsExactlyElementsIn(model.keySet()).inOrder();
    assertThat(store.size()).isEqualTo(model.size());
    for (Map.Entry<String, byte[]> entry : model.entrySet()) {
      assertThat(store.get(entry.getKey())).isEqualTo(entry.getValue());
    }
    List<String> prefixed = new ArrayList<>();
    for (String key : model.keySet()) {
      if (key.startsWith("x/")) {
        prefixed.add(key);
      }
    }
    assertThat(store.keys("x/")).containsExactlyElementsIn(prefixed).inOrder();
  }

  private static long liveBytes(Map<String, byte[]> model) {
    long total = 0;
    for (Map.Entry<String, byte[]> entry : model.entrySet()) {
      total += entry.getValue().length + 16;
    }
    return total;
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Arbitraries.integers().between(0, 99).flatMap(roll -> {
      int kind = roll < 50 ? 0 : roll < 68 ? 1 : roll < 85 ? 2 : roll < 95 ? 3 : 4;
      return net.jqwik.api.Combinators.combine(
          Arbitraries.integers().between(0, KEYS.size() - 1),
          Arbitraries.frequency(
              net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(3, 1),
              net.jqwik.api.Tuple.of(1, 2)).flatMap(size -> size == 0
                  ? Arbitraries.integers().between(0, 64)
                  : size == 1 ? Arbitraries.integers().between(65, 1500)
                  : Arbitraries.integers().between(1501, 9000)),
          Arbitraries.integers()).as((key, length, seed) -> new Step(kind, key, length, seed));
    });
    return step.list().ofMinSize(1).ofMaxSize(60);
  }
}

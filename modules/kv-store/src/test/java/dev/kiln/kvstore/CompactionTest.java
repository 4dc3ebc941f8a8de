package dev.kiln.kvstore;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.kv.KvStoreFullException;
import dev.kiln.block.MemoryBlockDevice;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactionTest {
  @Test
  void aLongOverwriteWorkloadStaysInsideOneArea() {
    MemoryBlockDevice device = new MemoryBlockDevice("storage", 512, 1040);
    LogStore store = Stores.open(device, FormatPolicy.IF_EMPTY, 1);
    Random random = new Random(5);
    int[] versions = new int[40];
    long written = 0;
    for (int i = 0; i < 10_000; i++) {
      int key = random.nextInt(versions.length);
      versions[key]++;
      byte[] value = Stores.value(100 + key * 10, key * 1000 + versions[key]);
      store.put("key" + key, value);
      written += value.length;
      assertThat(store.usedBytes()).isAtMost(store.areaBytes());
    }
    assertThat(written).isGreaterThan(10 * store.areaBytes());
    assertThat(store.compactions()).isAtLeast(10);

    LogStore reopened = Stores.open(device, FormatPolicy.NEVER, 1);
    for (int key = 0; key < versions.length; key++) {
      byte[] expected = Stores.value(100 + key * 10, key * 1000 + versions[key]);
      assertThat(reopened.get("key" + key)).isEqualTo(expected);
    }
    reopened.compact(0);
    assertThat(reopened.usedBytes()).isAtMost(reopened.liveBytes() + 2 * 512);
  }

  @Test
  void deletedKeysDoNotComeBackAfterCompaction() {
    MemoryBlockDevice device = new MemoryBlockDevice("storage", 512, 400);
    LogStore store = Stores.open(device, FormatPolicy.IF_EMPTY, 1);
    store.put("deleted", new byte[] {1});
    store.delete("deleted");
    store.compact(0);
    store.put("other", new byte[] {2});
    assertThat(Stores.open(device, FormatPolicy.NEVER, 1).keys()).containsExactly("other");
  }

  @Test
  void aWriteThatCannotFitFailsAndStoresNothing() {
    MemoryBlockDevice device = new MemoryBlockDevice("storage", 512, 400);
    LogStore store = Stores.open(device, FormatPolicy.IF_EMPTY, 1);
    store.put("a", new byte[60_000]);
    KvStoreFullException e =
        assertThrows(KvStoreFullException.class, () -> store.put("b", new byte[60_000]));
    assertThat(e).hasMessageThat().contains("block device storage is full");
    assertThat(store.keys()).containsExactly("a");
    // Replacing needs room for both values too: compaction keeps the old one until the new is in.
    assertThrows(KvStoreFullException.class, () -> store.put("a", new byte[60_000]));
    store.delete("a");
    store.put("b", new byte[60_000]);
    assertThat(Stores.open(device, FormatPolicy.NEVER, 1).keys()).containsExactly("b");
  }
}

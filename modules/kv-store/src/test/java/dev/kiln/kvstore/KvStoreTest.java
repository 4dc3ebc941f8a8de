package dev.kiln.kvstore;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.kv.KvBatch;
import dev.kiln.api.kv.KvStore;
import dev.kiln.api.kv.KvStoreCorruptedException;
import dev.kiln.block.MemoryBlockDevice;
import org.junit.jupiter.api.Test;

class KvStoreTest {
  private final MemoryBlockDevice device = new MemoryBlockDevice("storage", 512, 2048);
  private final LogStore store = Stores.open(device, FormatPolicy.IF_EMPTY, 1);

  @Test
  void putGetDeleteAndExists() {
    assertThat(store.get("k")).isNull();
    store.put("k", new byte[] {1, 2, 3});
    assertThat(store.get("k")).isEqualTo(new byte[] {1, 2, 3});
    assertThat(store.exists("k")).isTrue();
    store.put("k", new byte[0]);
    assertThat(store.get("k")).isEqualTo(new byte[0]);
    assertThat(store.delete("k")).isTrue();
    assertThat(store.delete("k")).isFalse();
    assertThat(store.exists("k")).isFalse();
    assertThat(store.size()).isEqualTo(0);
  }

  @Test
  void valuesAreCopiedInAndOut() {
    byte[] value = {1};
    store.put("k", value);
    value[0] = 2;
    store.get("k")[0] = 3;
    assertThat(store.get("k")).isEqualTo(new byte[] {1});
  }

  @Test
  void keysAreSortedAndFilteredByPrefix() {
    for (String key : new String[] {"users/2", "b", "users/1", "usersX", "a"}) {
      store.put(key, new byte[] {1});
    }
    assertThat(store.keys()).containsExactly("a", "b", "users/1", "users/2", "usersX").inOrder();
    assertThat(store.keys("users/")).containsExactly("users/1", "users/2").inOrder();
    assertThat(store.keys("zzz")).isEmpty();
  }

  @Test
  void aBatchAppliesInOrderAndSurvivesReopening() {
    store.put("gone", new byte[] {9});
    store.apply(new KvBatch().put("a", new byte[] {1}).put("a", new byte[] {2}).delete("gone")
        .put("b", new byte[] {3}));
    LogStore reopened = Stores.open(device, FormatPolicy.NEVER, 1);
    assertThat(reopened.keys()).containsExactly("a", "b").inOrder();
    assertThat(reopened.get("a")).isEqualTo(new byte[] {2});
  }

  @Test
  void anInvalidOperationInABatchStoresNothing() {
    KvBatch batch = new KvBatch().put("fine", new byte[] {1}).put("", new byte[] {2});
    assertThrows(IllegalArgumentException.class, () -> store.apply(batch));
    assertThat(store.exists("fine")).isFalse();
  }

  @Test
  void limitsAreCheckedBeforeAnythingIsWritten() {
    long used = store.usedBytes();
    assertThrows(IllegalArgumentException.class, () -> store.put("", new byte[1]));
    assertThrows(IllegalArgumentException.class,
        () -> store.put("x".repeat(KvStore.MAX_KEY_BYTES + 1), new byte[1]));
    assertThrows(IllegalArgumentException.class, () -> store.put("\ud800", new byte[1]));
    assertThrows(IllegalArgumentException.class,
        () -> store.put("big", new byte[KvStore.MAX_VALUE_BYTES + 1]));
    KvBatch tooBig = new KvBatch();
    for (int i = 0; i < 3; i++) {
      tooBig.put("k" + i, new byte[KvStore.MAX_VALUE_BYTES]);
    }
    assertThrows(IllegalArgumentException.class, () -> store.apply(tooBig));
    assertThrows(NullPointerException.class, () -> store.put("k", null));
    assertThat(store.usedBytes()).isEqualTo(used);
    store.put("x".repeat(KvStore.MAX_KEY_BYTES), new byte[1]);
  }

  @Test
  void aDamagedValueIsReportedNotReturned() {
    store.put("a", Stores.value(100, 1));
    store.put("b", Stores.value(100, 2));
    LogStore reopened = Stores.opener(device, FormatPolicy.NEVER, 1, 1).open();
    byte[] bytes = device.bytes();
    bytes[indexOf(bytes, Stores.value(100, 1)) + 50] ^= 4;

    KvStoreCorruptedException e =
        assertThrows(KvStoreCorruptedException.class, () -> reopened.get("a"));
    assertThat(e).hasMessageThat().startsWith("block device storage: the value of key 'a' at"
        + " byte ");
    assertThat(e).hasMessageThat().endsWith(" fails its checksum: the device does not hold"
        + " what was written, so the value is not returned");
    assertThat(reopened.get("b")).isEqualTo(Stores.value(100, 2));
  }

  @Test
  void aDamagedValueFoundAtOpenStopsTheOpen() {
    store.put("a", Stores.value(100, 1));
    store.put("b", Stores.value(100, 2));
    byte[] bytes = device.bytes();
    bytes[indexOf(bytes, Stores.value(100, 1)) + 50] ^= 4;

    KvStoreCorruptedException e = assertThrows(KvStoreCorruptedException.class,
        () -> Stores.open(device, FormatPolicy.NEVER, 1));
    assertThat(e).hasMessageThat().contains("is damaged (it fails its checksum), yet a later"
        + " group");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not on the device");
  }
}

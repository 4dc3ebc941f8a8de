package dev.kiln.kvstore;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.kv.KvStoreCorruptedException;
import dev.kiln.block.MemoryBlockDevice;
import org.junit.jupiter.api.Test;

/** Recovery over logs built by hand, one rule of {@link LogScan} each. */
class LogScanTest {
  private final MemoryBlockDevice device = new MemoryBlockDevice("storage", 512, 400);
  private final Superblock superblock =
      Stores.open(device, FormatPolicy.IF_EMPTY, 1).superblock();
  private final long start = superblock.layout().areaStart(superblock.activeArea());

  @Test
  void groupsThatFollowEachOtherAreApplied() {
    long next = group(start, superblock.storeId(), 1, superblock.epoch(), 1, "a", 1);
    group(next, superblock.storeId(), 1, superblock.epoch(), 2, "b", 2);

    LogStore store = Stores.open(device, FormatPolicy.NEVER, 1);
    assertThat(store.get("a")).isEqualTo(new byte[] {1});
    assertThat(store.get("b")).isEqualTo(new byte[] {2});
  }

  @Test
  void aLeftoverOfAnEarlierEpochPastTheTailIsNotApplied() {
    long next = group(start, superblock.storeId(), 1, superblock.epoch(), 1, "a", 1);
    group(next, superblock.storeId(), 1, superblock.epoch() - 1, 2, "a", 2);

    LogStore store = Stores.open(device, FormatPolicy.NEVER, 1);
    assertThat(store.get("a")).isEqualTo(new byte[] {1});
  }

  @Test
  void groupsOfAnotherAreaGenerationOrStoreAreNotApplied() {
    long next = group(start, superblock.storeId(), 1, superblock.epoch(), 1, "a", 1);
    long after = group(next, superblock.storeId(), 0, superblock.epoch(), 2, "b", 2);
    group(after, superblock.storeId() + 1, 1, superblock.epoch(), 2, "c", 3);

    LogStore store = Stores.open(device, FormatPolicy.NEVER, 1);
    assertThat(store.keys()).containsExactly("a");
  }

  @Test
  void aDamagedGroupBeforeSoundOnesIsCorruption() {
    long next = group(start, superblock.storeId(), 1, superblock.epoch(), 1, "a", 1);
    group(next, superblock.storeId(), 1, superblock.epoch(), 2, "b", 2);
    device.bytes()[(int) start + GroupHeader.BYTES + 5] ^= 1;

    KvStoreCorruptedException e = assertThrows(KvStoreCorruptedException.class,
        () -> Stores.open(device, FormatPolicy.NEVER, 1));
    assertThat(e).hasMessageThat().contains("block device storage: the log group at byte "
        + start + " is damaged");
    assertThat(e).hasMessageThat().contains("--kv-store.format=force");
  }

  @Test
  void aDamagedHeaderBeforeSoundGroupsIsCorruption() {
    long next = group(start, superblock.storeId(), 1, superblock.epoch(), 1, "a", 1);
    group(next, superblock.storeId(), 1, superblock.epoch(), 2, "b", 2);
    device.bytes()[(int) start + 20] ^= 1;

    assertThrows(KvStoreCorruptedException.class,
        () -> Stores.open(device, FormatPolicy.NEVER, 1));
  }

  @Test
  void aDamagedLastGroupIsDroppedAsAnUnfinishedWriteAndReported() {
    long next = group(start, superblock.storeId(), 1, superblock.epoch(), 1, "a", 1);
    group(next, superblock.storeId(), 1, superblock.epoch(), 2, "b", 2);
    device.bytes()[(int) next + GroupHeader.BYTES + 5] ^= 1;

    StoreOpener opener = Stores.opener(device, FormatPolicy.NEVER, 1);
    LogStore store = opener.open();
    assertThat(store.keys()).containsExactly("a");
    assertThat(opener.report()).contains("dropped an unfinished write at byte " + next);
  }

  /** Writes a group holding one put; returns where the next group starts. */
  private long group(long position, long storeId, long generation, long epoch, long sequence,
      String key, int value) {
    byte[] keyBytes = Utf8.encode(key);
    byte[] valueBytes = {(byte) value};
    byte[] bytes = new byte[512];
    int length = LogRecord.emit(bytes, GroupHeader.BYTES, keyBytes, valueBytes);
    new GroupHeader(storeId, generation, epoch, sequence, length, 1,
        Crc32c.of(bytes, GroupHeader.BYTES, length)).emit(bytes, 0);
    System.arraycopy(bytes, 0, device.bytes(), (int) position, bytes.length);
    return position + 512;
  }
}

package dev.kiln.kvstore;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.boot.BootConfigurationException;
import dev.kiln.api.kv.KvStoreFormatException;
import dev.kiln.block.MemoryBlockDevice;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Opening devices that do not hold a store, and the kv-store.format setting. */
class FormattingTest {
  private final MemoryBlockDevice device = new MemoryBlockDevice("storage", 512, 400);

  @Test
  void aBlankDeviceIsRefusedUnlessFormattingIsAllowed() {
    KvStoreFormatException e = assertThrows(KvStoreFormatException.class,
        () -> Stores.open(device, FormatPolicy.NEVER, 1));
    assertThat(e).hasMessageThat().isEqualTo("block device storage is blank (its first 204800"
        + " bytes are zero): it holds no Kiln key-value store yet, and kv-store.format is never."
        + " To format it, boot with --kv-store.format=if-empty, or have the application set"
        + " @Config(key = \"kv-store.format\", value = \"if-empty\").");
    assertThat(device.bytes()).isEqualTo(new byte[device.bytes().length]);

    StoreOpener opener = Stores.opener(device, FormatPolicy.IF_EMPTY, 1);
    opener.open().put("k", new byte[] {1});
    assertThat(opener.report()).startsWith("kv-store: formatted block device storage");
    assertThat(Stores.open(device, FormatPolicy.NEVER, 1).get("k")).isEqualTo(new byte[] {1});
  }

  @Test
  void aForeignDeviceIsRefusedAndLeftUntouched() {
    device.bytes()[100_000] = 42;
    byte[] before = device.bytes().clone();
    for (FormatPolicy policy : new FormatPolicy[] {FormatPolicy.NEVER, FormatPolicy.IF_EMPTY}) {
      KvStoreFormatException e = assertThrows(KvStoreFormatException.class,
          () -> Stores.open(device, policy, 1));
      assertThat(e).hasMessageThat().contains("block device storage does not hold a Kiln"
          + " key-value store: it has no Kiln superblock, and holds other data (byte 100000 is"
          + " not zero). It was not touched. To erase it and format a new store, boot with"
          + " --kv-store.format=force");
    }
    assertThat(device.bytes()).isEqualTo(before);
  }

  @Test
  void forceErasesWhateverTheDeviceHolds() {
    Arrays.fill(device.bytes(), (byte) 0x5A);
    Stores.open(device, FormatPolicy.FORCE, 1).put("k", new byte[] {1});
    assertThat(Stores.open(device, FormatPolicy.NEVER, 1).get("k")).isEqualTo(new byte[] {1});
    assertThat(Stores.open(device, FormatPolicy.FORCE, 2).keys()).isEmpty();
    assertThat(Stores.open(device, FormatPolicy.NEVER, 1).keys()).isEmpty();
  }

  @Test
  void aStoreWithBothSuperblocksDamagedIsRefused() {
    Stores.open(device, FormatPolicy.IF_EMPTY, 1).put("k", new byte[] {1});
    device.bytes()[50] ^= 1;
    device.bytes()[4096 + 50] ^= 1;
    KvStoreFormatException e = assertThrows(KvStoreFormatException.class,
        () -> Stores.open(device, FormatPolicy.IF_EMPTY, 1));
    assertThat(e).hasMessageThat().contains("superblocks are both unreadable");
  }

  @Test
  void oneDamagedSuperblockFallsBackToTheOther() {
    Stores.open(device, FormatPolicy.IF_EMPTY, 1).put("k", new byte[] {1});
    device.bytes()[4096 + 50] ^= 1;
    assertThat(Stores.open(device, FormatPolicy.NEVER, 1).get("k")).isEqualTo(new byte[] {1});
  }

  @Test
  void aStoreOfAnotherVersionIsRefused() {
    Stores.open(device, FormatPolicy.IF_EMPTY, 1);
    for (int slot : new int[] {0, 4096}) {
      Superblock.Slot read = Superblock.parse(Arrays.copyOfRange(device.bytes(), slot, slot + 512));
      byte[] sector = new byte[512];
      read.superblock().emit(sector);
      Bytes.putInt(sector, 8, 2);
      Bytes.putInt(sector, 104, Crc32c.of(sector, 0, 104));
      System.arraycopy(sector, 0, device.bytes(), slot, 512);
    }
    KvStoreFormatException e = assertThrows(KvStoreFormatException.class,
        () -> Stores.open(device, FormatPolicy.IF_EMPTY, 1));
    assertThat(e).hasMessageThat().contains("format version 2; this Kiln reads version 1");
  }

  @Test
  void aStoreLaidOutForALargerDeviceIsRefused() {
    Stores.open(device, FormatPolicy.IF_EMPTY, 1);
    MemoryBlockDevice smaller = new MemoryBlockDevice("storage", 512, 300);
    System.arraycopy(device.bytes(), 0, smaller.bytes(), 0, smaller.bytes().length);
    KvStoreFormatException e = assertThrows(KvStoreFormatException.class,
        () -> Stores.open(smaller, FormatPolicy.NEVER, 1));
    assertThat(e).hasMessageThat().contains("Attach it with its original sector size and size");
  }

  @Test
  void aTooSmallDeviceIsRefused() {
    MemoryBlockDevice tiny = new MemoryBlockDevice("tiny", 512, 16);
    KvStoreFormatException e = assertThrows(KvStoreFormatException.class,
        () -> Stores.open(tiny, FormatPolicy.FORCE, 1));
    assertThat(e).hasMessageThat().isEqualTo("block device tiny is 8192 bytes; a key-value"
        + " store needs at least 73728 bytes with 512-byte sectors");
  }

  @Test
  void anInterruptedFormatCountsAsBlank() {
    byte[] sector = new byte[512];
    new Superblock(512, 1, 2, 1, 1, 1, 0, 1, 1, 8192, 8192 + 98304, 98304).emit(sector);
    System.arraycopy(sector, 0, device.bytes(), 0, 60);
    assertThrows(KvStoreFormatException.class, () -> Stores.open(device, FormatPolicy.NEVER, 1));
    Stores.open(device, FormatPolicy.IF_EMPTY, 1).put("k", new byte[] {1});
    assertThat(Stores.open(device, FormatPolicy.NEVER, 1).get("k")).isEqualTo(new byte[] {1});
  }

  @Test
  void anUnknownSettingIsABootConfigurationError() {
    BootConfigurationException e = assertThrows(BootConfigurationException.class,
        () -> FormatPolicy.parse("always"));
    assertThat(e).hasMessageThat()
        .isEqualTo("--kv-store.format: expected never, if-empty or force, not 'always'");
    assertThat(FormatPolicy.parse("if-empty")).isEqualTo(FormatPolicy.IF_EMPTY);
  }
}

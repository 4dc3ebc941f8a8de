package dev.kiln.kvstore;

import dev.kiln.api.BlockException;
import dev.kiln.api.kv.KvStoreException;
import dev.kiln.api.kv.KvStoreFormatException;
import dev.kiln.block.BlockCache;
import java.util.function.Consumer;

/**
 * Opens the store on a device: picks the current superblock, formats the device when the
 * {@link FormatPolicy} allows it and refuses it otherwise, recovers the log, and starts a new
 * epoch.
 */
final class StoreOpener {
  /** How much of the device's start must be zero for it to count as blank. */
  static final int BLANK_CHECK_BYTES = 1024 * 1024;

  private final BlockCache cache;
  private final String name;
  private final FormatPolicy policy;
  private final Consumer<byte[]> random;
  private final boolean[] slotIsZero = new boolean[2];
  private String report = "";

  /** An opener of the store on {@code cache}'s device; {@code random} fills the format UUID. */
  StoreOpener(BlockCache cache, FormatPolicy policy, Consumer<byte[]> random) {
    this.cache = cache;
    this.name = cache.device().name();
    this.policy = policy;
    this.random = random;
  }

  /** What the last open did, in a line: formatted, recovered, what it dropped. */
  String report() {
    return report;
  }

  /**
   * The store on the device.
   *
   * @throws KvStoreFormatException if the device holds no store and may not be formatted, or
   *     holds one this code cannot open
   * @throws dev.kiln.api.kv.KvStoreCorruptedException if the log is damaged
   * @throws KvStoreException if the device fails
   */
  LogStore open() {
    try {
      return openOrFormat();
    } catch (BlockException e) {
      throw new KvStoreException("opening the key-value store on block device " + name
          + " failed: " + e.getMessage(), e);
    }
  }

  private LogStore openOrFormat() {
    int sectorSize = cache.sectorSize();
    if (cache.capacity() < StoreLayout.minimumCapacity(sectorSize)) {
      throw new KvStoreFormatException("block device " + name + " is " + cache.capacity()
          + " bytes; a key-value store needs at least " + StoreLayout.minimumCapacity(sectorSize)
          + " bytes with " + sectorSize + "-byte sectors");
    }
    if (policy == FormatPolicy.FORCE) {
      return format("kv-store.format=force");
    }
    long slotSize = Math.max(StoreLayout.SLOT_BYTES, sectorSize);
    Superblock.Slot[] slots = {readSlot(0, 0), readSlot(1, slotSize)};
    int current = -1;
    for (int i = 0; i < 2; i++) {
      Superblock candidate = slots[i].superblock();
      if (candidate != null
          && (current < 0 || candidate.counter() > slots[current].superblock().counter())) {
        current = i;
      }
    }
    if (current < 0) {
      return formatOrRefuse(slots);
    }
    Superblock superblock = slots[current].superblock();
    checkGeometry(superblock);
    LogScan.Result scan = LogScan.scan(cache, superblock, name);
    LogStore store = new LogStore(cache, superblock, current, scan);
    store.startEpoch(scan.lastEpoch);
    report = "kv-store: opened store " + superblock.uuid() + " on " + name + ": "
        + scan.index.size() + " keys, " + scan.groups + " log groups"
        + (scan.discardedAt >= 0 ? "; dropped an unfinished write at byte " + scan.discardedAt
            : "")
        + (slots[1 - current].problem() == Superblock.Problem.DAMAGED
            ? "; superblock slot " + (1 - current) + " was damaged, so slot " + current
                + " was used: writes after it was last written may be missing" : "");
    return store;
  }

  private LogStore formatOrRefuse(Superblock.Slot[] slots) {
    for (int i = 0; i < 2; i++) {
      if (slots[i].problem() == Superblock.Problem.OTHER_VERSION) {
        throw new KvStoreFormatException("block device " + name + " holds a Kiln key-value store"
            + " of format version " + slots[i].version() + "; this Kiln reads version "
            + Superblock.VERSION + ". It was not touched. To erase it and format a new store,"
            + " boot with --kv-store.format=force.");
      }
    }
    if ((slots[0].problem() == Superblock.Problem.DAMAGED && !interruptedFormat(slots))
        || slots[1].problem() == Superblock.Problem.DAMAGED) {
      throw new KvStoreFormatException("block device " + name + " holds a Kiln key-value store"
          + " whose superblocks are both unreadable (slot 0: " + slots[0].problem().description
          + "; slot 1: " + slots[1].problem().description + "). It was not touched. To erase"
          + " it and format a new store, boot with --kv-store.format=force.");
    }
    long slotSize = Math.max(StoreLayout.SLOT_BYTES, cache.sectorSize());
    long firstNonZero = firstNonZeroByte(interruptedFormat(slots) ? slotSize : 0);
    if (firstNonZero < 0 && policy == FormatPolicy.IF_EMPTY) {
      return format("kv-store.format=if-empty and the device was blank");
    }
    if (firstNonZero < 0) {
      throw new KvStoreFormatException("block device " + name + " is blank (its first "
          + blankCheckBytes() + " bytes are zero" + (interruptedFormat(slots)
              ? " but for the superblock of a format that did not finish" : "")
          + "): it holds no Kiln key-value store yet, and kv-store.format is never. To format"
          + " it, boot with --kv-store.format=if-empty, or have the application set"
          + " @Config(key = \"kv-store.format\", value = \"if-empty\").");
    }
    throw new KvStoreFormatException("block device " + name + " does not hold a Kiln key-value"
        + " store: it has no Kiln superblock, and holds other data (byte " + firstNonZero
        + " is not zero). It was not touched. To erase it and format a new store, boot with"
        + " --kv-store.format=force" + (policy == FormatPolicy.IF_EMPTY
            ? " (if-empty formats only a blank device)." : "."));
  }

  private LogStore format(String why) {
    StoreLayout layout = StoreLayout.of(cache.capacity(), cache.sectorSize());
    byte[] uuid = new byte[16];
    random.accept(uuid);
    uuid[6] = (byte) (uuid[6] & 0x0F | 0x40);
    uuid[8] = (byte) (uuid[8] & 0x3F | 0x80);
    Superblock superblock = new Superblock(layout.sectorSize(), Bytes.getLong(uuid, 0),
        Bytes.getLong(uuid, 8), 1, 1, 1, 0, 1, 1, layout.areaStart0(), layout.areaStart1(),
        layout.areaSize());
    byte[] sector = new byte[layout.sectorSize()];
    cache.write(layout.slotOffset(1), sector, 0, sector.length);
    cache.flush();
    superblock.emit(sector);
    cache.write(layout.slotOffset(0), sector, 0, sector.length);
    cache.flush();
    LogScan.Result scan = LogScan.scan(cache, superblock, name);
    LogStore store = new LogStore(cache, superblock, 0, scan);
    store.startEpoch(scan.lastEpoch);
    report = "kv-store: formatted block device " + name + " (" + why + "): new store "
        + superblock.uuid() + ", " + layout.areaSize() + " bytes of log";
    return store;
  }

  private void checkGeometry(Superblock superblock) {
    long slotSize = Math.max(StoreLayout.SLOT_BYTES, superblock.sectorSize());
    boolean fits = superblock.sectorSize() == cache.sectorSize()
        && superblock.areaStart0() == 2 * slotSize
        && superblock.areaStart1() == superblock.areaStart0() + superblock.areaSize()
        && superblock.areaSize() >= StoreLayout.MIN_AREA_BYTES
        && superblock.areaSize() % superblock.sectorSize() == 0
        && superblock.areaStart1() + superblock.areaSize() <= cache.capacity();
    if (!fits) {
      throw new KvStoreFormatException("block device " + name + " holds Kiln key-value store "
          + superblock.uuid() + " laid out for " + superblock.sectorSize() + "-byte sectors and "
          + (superblock.areaStart1() + superblock.areaSize()) + " bytes, but the device has "
          + cache.sectorSize() + "-byte sectors and " + cache.capacity() + " bytes"
          + ". Attach it with its original sector size and"
          + " size; it was not touched.");
    }
  }

  private Superblock.Slot readSlot(int slot, long offset) {
    byte[] sector = new byte[cache.sectorSize()];
    cache.read(offset, sector, 0, sector.length);
    slotIsZero[slot] = Bytes.allZero(sector, 0, sector.length);
    return Superblock.parse(sector);
  }

  /**
   * Whether the slots look like a format that did not finish: a damaged first slot and an
   * empty second one. Every store that was ever opened has written its second slot, because
   * each open starts a new epoch there.
   */
  private boolean interruptedFormat(Superblock.Slot[] slots) {
    return slots[0].problem() == Superblock.Problem.DAMAGED && slotIsZero[1];
  }

  /** The position of the first non-zero byte from {@code from} in the blank check, or -1. */
  private long firstNonZeroByte(long from) {
    byte[] chunk = new byte[64 * 1024];
    for (long at = from; at < blankCheckBytes(); at += chunk.length) {
      int length = (int) Math.min(chunk.length, blankCheckBytes() - at);
      cache.read(at, chunk, 0, length);
      for (int i = 0; i < length; i++) {
        if (chunk[i] != 0) {
          return at + i;
        }
      }
    }
    return -1;
  }

  private long blankCheckBytes() {
    return Math.min(BLANK_CHECK_BYTES, cache.capacity());
  }
}

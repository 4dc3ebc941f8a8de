package dev.kiln.kvstore;

/**
 * The superblock: what identifies a Kiln store and says which log area is current. Two slots
 * hold one each; the valid one with the higher {@code counter} is current, and a new superblock
 * is always written to the other slot, so a torn write leaves the previous one in place.
 *
 * <p>On disk, big-endian, then zeros to the end of the sector:
 *
 * <pre>
 *   0  magic "KilnKvSt"          8  format version (u32)    12  sector size (u32)
 *  16  format UUID (16 bytes)   32  counter: slot writes    40  epoch: opens of the store
 *  48  generation of the current area (one more per compaction)
 *  56  current area (0 or 1)    60  reserved, zero
 *  64  epoch the current area was started in             72  sequence of its first group
 *  80  start of area 0          88  start of area 1         96  size of an area
 * 104  CRC-32C of bytes 0..103
 * </pre>
 */
record Superblock(int sectorSize, long uuidHigh, long uuidLow, long counter, long epoch,
    long generation, int activeArea, long areaEpoch, long firstSequence, long areaStart0,
    long areaStart1, long areaSize) {
  static final int VERSION = 1;
  static final int BYTES = 108;
  private static final byte[] MAGIC = {'K', 'i', 'l', 'n', 'K', 'v', 'S', 't'};

  /** Why a slot does not hold a valid superblock. */
  enum Problem {
    NOT_A_STORE("no Kiln superblock"),
    DAMAGED("a Kiln superblock that fails its checksum"),
    OTHER_VERSION("a Kiln superblock of another format version");

    final String description;

    Problem(String description) {
      this.description = description;
    }
  }

  /** What a slot holds: a superblock, or the problem and, for another version, its number. */
  record Slot(Superblock superblock, Problem problem, int version) {}

  /** The layout this superblock records. */
  StoreLayout layout() {
    return new StoreLayout(sectorSize, Math.max(StoreLayout.SLOT_BYTES, sectorSize), areaStart0,
        areaStart1, areaSize);
  }

  /** The 64 bits of the format UUID that every log group carries. */
  long storeId() {
    return uuidHigh ^ Long.rotateLeft(uuidLow, 29);
  }

  String uuid() {
    String hex = Bytes.hex(uuidHigh) + Bytes.hex(uuidLow);
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
        + hex.substring(16, 20) + "-" + hex.substring(20);
  }

  Superblock withEpoch(long newEpoch) {
    return new Superblock(sectorSize, uuidHigh, uuidLow, counter + 1, newEpoch, generation,
        activeArea, areaEpoch, firstSequence, areaStart0, areaStart1, areaSize);
  }

  Superblock withArea(int area, long newGeneration, long startedInEpoch, long sequence) {
    return new Superblock(sectorSize, uuidHigh, uuidLow, counter + 1, epoch, newGeneration, area,
        startedInEpoch, sequence, areaStart0, areaStart1, areaSize);
  }

  /** Writes this superblock at the start of {@code sector}, which is otherwise zeroed. */
  void emit(byte[] sector) {
    java.util.Arrays.fill(sector, (byte) 0);
    System.arraycopy(MAGIC, 0, sector, 0, MAGIC.length);
    Bytes.putInt(sector, 8, VERSION);
    Bytes.putInt(sector, 12, sectorSize);
    Bytes.putLong(sector, 16, uuidHigh);
    Bytes.putLong(sector, 24, uuidLow);
    Bytes.putLong(sector, 32, counter);
    Bytes.putLong(sector, 40, epoch);
    Bytes.putLong(sector, 48, generation);
    Bytes.putInt(sector, 56, activeArea);
    Bytes.putLong(sector, 64, areaEpoch);
    Bytes.putLong(sector, 72, firstSequence);
    Bytes.putLong(sector, 80, areaStart0);
    Bytes.putLong(sector, 88, areaStart1);
    Bytes.putLong(sector, 96, areaSize);
    Bytes.putInt(sector, 104, Crc32c.of(sector, 0, 104));
  }

  /** Reads the slot whose first {@value #BYTES} bytes or more are in {@code bytes}. */
  static Slot parse(byte[] bytes) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        return new Slot(null, Problem.NOT_A_STORE, 0);
      }
    }
    if (Crc32c.of(bytes, 0, 104) != Bytes.getInt(bytes, 104)) {
      return new Slot(null, Problem.DAMAGED, 0);
    }
    int version = Bytes.getInt(bytes, 8);
    if (version != VERSION) {
      return new Slot(null, Problem.OTHER_VERSION, version);
    }
    int area = Bytes.getInt(bytes, 56);
    Superblock superblock = new Superblock(Bytes.getInt(bytes, 12), Bytes.getLong(bytes, 16),
        Bytes.getLong(bytes, 24), Bytes.getLong(bytes, 32), Bytes.getLong(bytes, 40),
        Bytes.getLong(bytes, 48), area, Bytes.getLong(bytes, 64), Bytes.getLong(bytes, 72),
        Bytes.getLong(bytes, 80), Bytes.getLong(bytes, 88), Bytes.getLong(bytes, 96));
    if (area != 0 && area != 1) {
      return new Slot(null, Problem.DAMAGED, version);
    }
    return new Slot(superblock, null, version);
  }
}

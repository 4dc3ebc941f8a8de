package dev.kiln.kvstore;

/**
 * Where things are on the device: two superblock slots at the start, then two equal log areas.
 * Each slot is {@value #SLOT_BYTES} bytes (or a sector, when sectors are larger) so that a torn
 * write of one never touches the other, even on a device with 4 KiB physical sectors.
 */
record StoreLayout(int sectorSize, long slotSize, long areaStart0, long areaStart1,
    long areaSize) {
  static final int SLOT_BYTES = 4096;

  /** The smallest log area a store accepts. */
  static final long MIN_AREA_BYTES = 32 * 1024;

  /** The layout for a device of {@code capacity} bytes, or null if it is too small. */
  static StoreLayout of(long capacity, int sectorSize) {
    long slot = Math.max(SLOT_BYTES, sectorSize);
    long first = 2 * slot;
    long area = (capacity - first) / 2 / sectorSize * sectorSize;
    if (area < MIN_AREA_BYTES) {
      return null;
    }
    return new StoreLayout(sectorSize, slot, first, first + area, area);
  }

  /** The smallest device, in bytes, that holds a store with sectors of {@code sectorSize}. */
  static long minimumCapacity(int sectorSize) {
    return 2 * Math.max(SLOT_BYTES, sectorSize) + 2 * MIN_AREA_BYTES;
  }

  long slotOffset(int slot) {
    return slot * slotSize;
  }

  long areaStart(int area) {
    return area == 0 ? areaStart0 : areaStart1;
  }

  long areaEnd(int area) {
    return areaStart(area) + areaSize;
  }

  /** {@code bytes} rounded up to whole sectors. */
  long roundUp(long bytes) {
    return (bytes + sectorSize - 1) / sectorSize * sectorSize;
  }
}

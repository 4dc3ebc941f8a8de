package dev.kiln.block;

import dev.kiln.api.BlockDevice;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Byte-range access to a {@link BlockDevice} through a sector cache: reads and writes of any
 * length at any offset, with a durability barrier ({@link #flush()}).
 *
 * <ul>
 *   <li>A write that covers only part of a sector reads the sector first (read-modify-write); a
 *       write of whole sectors reads nothing.
 *   <li>Writes are held as dirty sectors until {@link #flush()}, or until more than the cache
 *       size are dirty. Write-back merges consecutive dirty sectors into one device request
 *       each, and a sector written many times between barriers reaches the device once.
 *   <li>Reads are served from dirty and cached sectors; a miss reads every missing sector of the
 *       request in one device request. When misses follow each other sector by sector (a scan),
 *       the request is extended by a read-ahead window that doubles up to {@value
 *       #MAX_READ_AHEAD_SECTORS} sectors; a miss elsewhere resets it to nothing, so random reads
 *       read only what they need.
 *   <li>Clean sectors are kept up to the cache size, least recently used dropped first.
 * </ul>
 *
 * <p>Nothing written is promised to be on the device before {@link #flush()} returns, and
 * writes between two barriers may reach it in any order. Not for concurrent use.
 */
public final class BlockCache {
  /** The largest read-ahead window, in sectors. */
  public static final int MAX_READ_AHEAD_SECTORS = 64;

  /** The longest device request write-back makes, in sectors. */
  public static final int MAX_RUN_SECTORS = 256;

  private static final int FIRST_READ_AHEAD_SECTORS = 8;

  private final BlockDevice device;
  private final int sectorSize;
  private final long sectorCount;
  private final int cacheSectors;
  private final TreeMap<Long, byte[]> dirty = new TreeMap<>();
  private final Map<Long, byte[]> clean;
  private byte[] scratch = new byte[0];
  private long sequentialNext = -1;
  private int readAheadSectors;

  /**
   * A cache of up to {@code cacheSectors} clean sectors, and as many dirty ones before
   * write-back, over {@code device}.
   */
  public BlockCache(BlockDevice device, int cacheSectors) {
    if (cacheSectors < 1) {
      throw new IllegalArgumentException("a block cache needs at least one sector, not "
          + cacheSectors);
    }
    this.device = device;
    this.sectorSize = device.blockSize();
    this.sectorCount = device.capacity() / sectorSize;
    this.cacheSectors = cacheSectors;
    this.clean = new LinkedHashMap<Long, byte[]>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
        return size() > BlockCache.this.cacheSectors;
      }
    };
  }

  /** The device underneath. */
  public BlockDevice device() {
    return device;
  }

  /** Bytes per sector: the device's block size. */
  public int sectorSize() {
    return sectorSize;
  }

  /** Size of the device in bytes. */
  public long capacity() {
    return sectorCount * sectorSize;
  }

  /** How many written sectors have not been written back yet. */
  public int dirtySectors() {
    return dirty.size();
  }

  /**
   * Reads {@code length} bytes at byte {@code position} of the device into {@code buffer} from
   * {@code offset}: what was last written there, flushed or not.
   *
   * @throws IllegalArgumentException if the range is outside the device or the buffer
   * @throws dev.kiln.api.BlockException when the device fails
   */
  public void read(long position, byte[] buffer, int offset, int length) {
    checkRange(position, buffer, offset, length);
    if (length == 0) {
      return;
    }
    long last = (position + length - 1) / sectorSize;
    long sector = position / sectorSize;
    while (sector <= last) {
      byte[] cached = cachedSector(sector);
      if (cached != null) {
        copyOut(sector, cached, 0, position, buffer, offset, length);
        sector++;
        continue;
      }
      long missEnd = sector + 1;
      while (missEnd <= last && !isCached(missEnd)) {
        missEnd++;
      }
      long loadEnd = missEnd;
      readAheadSectors = sector == sequentialNext
          ? Math.min(Math.max(readAheadSectors * 2, FIRST_READ_AHEAD_SECTORS),
              Math.min(MAX_READ_AHEAD_SECTORS, cacheSectors))
          : 0;
      if (missEnd > last) {
        while (loadEnd < missEnd + readAheadSectors && loadEnd < sectorCount
            && !isCached(loadEnd)) {
          loadEnd++;
        }
      }
      int count = (int) (loadEnd - sector);
      byte[] data = scratch(count);
      device.read(sector * sectorSize, data, 0, count * sectorSize);
      for (int i = 0; i < count; i++) {
        long loaded = sector + i;
        if (loaded <= last) {
          copyOut(loaded, data, i * sectorSize, position, buffer, offset, length);
        }
        if (i >= count - cacheSectors) {
          byte[] copy = new byte[sectorSize];
          System.arraycopy(data, i * sectorSize, copy, 0, sectorSize);
          clean.put(loaded, copy);
        }
      }
      sequentialNext = loadEnd;
      sector = missEnd;
    }
  }

  /**
   * Writes {@code length} bytes from {@code buffer} at {@code offset} to byte {@code position}
   * of the device. The data is held until {@link #flush()} (or write-back when the cache fills).
   *
   * @throws IllegalArgumentException if the range is outside the device or the buffer
   * @throws dev.kiln.api.BlockException when the device fails (reading a partial sector, or
   *     writing back)
   */
  public void write(long position, byte[] buffer, int offset, int length) {
    checkRange(position, buffer, offset, length);
    if (length == 0) {
      return;
    }
    long end = position + length;
    for (long sector = position / sectorSize; sector * sectorSize < end; sector++) {
      long sectorStart = sector * sectorSize;
      int from = (int) (Math.max(position, sectorStart) - sectorStart);
      int to = (int) (Math.min(end, sectorStart + sectorSize) - sectorStart);
      byte[] data = dirty.get(sector);
      if (data == null) {
        data = clean.remove(sector);
        if (data == null) {
          data = new byte[sectorSize];
          if (from != 0 || to != sectorSize) {
            device.read(sectorStart, data, 0, sectorSize);
          }
        }
        dirty.put(sector, data);
      }
      System.arraycopy(buffer, (int) (offset + sectorStart + from - position), data, from,
          to - from);
    }
    if (dirty.size() > cacheSectors) {
      writeBack();
    }
  }

  /**
   * The durability barrier: writes every dirty sector back, merged into runs of consecutive
   * sectors, then flushes the device's own cache if it has one ({@link FlushableBlockDevice}).
   * Everything written before the call is on the device when it returns.
   *
   * @throws dev.kiln.api.BlockException when the device fails; sectors not yet written back
   *     stay dirty
   */
  public void flush() {
    writeBack();
    if (device instanceof FlushableBlockDevice) {
      ((FlushableBlockDevice) device).flush();
    }
  }

  private void writeBack() {
    if (dirty.isEmpty()) {
      return;
    }
    for (SectorRun run : SectorRuns.merge(dirty.keySet(), MAX_RUN_SECTORS)) {
      byte[] data = scratch(run.count());
      for (int i = 0; i < run.count(); i++) {
        System.arraycopy(dirty.get(run.first() + i), 0, data, i * sectorSize, sectorSize);
      }
      device.write(run.first() * sectorSize, data, 0, run.count() * sectorSize);
      for (long sector = run.first(); sector < run.end(); sector++) {
        clean.put(sector, dirty.remove(sector));
      }
    }
  }

  private byte[] cachedSector(long sector) {
    byte[] data = dirty.get(sector);
    return data != null ? data : clean.get(sector);
  }

  private boolean isCached(long sector) {
    return dirty.containsKey(sector) || clean.containsKey(sector);
  }

  /** Copies the part of a sector's bytes (at {@code from} in {@code source}) the read wants. */
  private void copyOut(long sector, byte[] source, int from, long position, byte[] buffer,
      int offset, int length) {
    long sectorStart = sector * sectorSize;
    long start = Math.max(position, sectorStart);
    long end = Math.min(position + length, sectorStart + sectorSize);
    System.arraycopy(source, (int) (from + start - sectorStart), buffer,
        (int) (offset + start - position), (int) (end - start));
  }

  private byte[] scratch(int sectors) {
    int bytes = sectors * sectorSize;
    if (scratch.length < bytes) {
      scratch = new byte[bytes];
    }
    return scratch;
  }

  private void checkRange(long position, byte[] buffer, int offset, int length) {
    if (offset < 0 || length < 0 || offset > buffer.length - length) {
      throw new IllegalArgumentException("buffer range " + offset + "+" + length
          + " is outside an array of " + buffer.length);
    }
    if (position < 0 || position > capacity() - length) {
      throw new IllegalArgumentException("range " + position + "+" + length
          + " is outside the " + capacity() + "-byte device " + device.name());
    }
  }
}

package dev.kiln.kvstore;

import dev.kiln.api.kv.KvStore;
import dev.kiln.api.kv.KvStoreCorruptedException;
import dev.kiln.block.BlockCache;
import java.util.TreeMap;

/**
 * Recovery at open: reads the current log area group by group, checks every checksum, and
 * rebuilds the index of keys. The log ends at the first place that does not hold the next
 * group (the right store, area generation, sequence and epoch, and sound checksums).
 *
 * <p>Only the last write before the image ended can be unfinished, because every write waits
 * for the barrier before the next one starts. So where the log ends, the scan looks at the
 * sector boundaries of the largest group that could follow: a sound group there with a later
 * sequence means the end was not an unfinished write but damage in the middle of the log, and
 * the store refuses to open rather than silently lose what follows. Damage to the very last
 * group cannot be told from an unfinished write; it is dropped, and the open reports it.
 */
final class LogScan {
  /** The largest group: a header, the largest batch, and padding to a sector. */
  static final int MAX_GROUP_PAYLOAD = KvStore.MAX_BATCH_BYTES;

  /** What the scan found. */
  static final class Result {
    final TreeMap<String, RecordLocation> index = new TreeMap<>();
    long liveBytes;
    long tail;
    long nextSequence;
    long lastEpoch;
    long groups;
    /** Where an unfinished group was dropped, or -1. */
    long discardedAt = -1;
  }

  private LogScan() {}

  static Result scan(BlockCache cache, Superblock superblock, String deviceName) {
    StoreLayout layout = superblock.layout();
    int area = superblock.activeArea();
    long areaEnd = layout.areaEnd(area);
    Result result = new Result();
    result.tail = layout.areaStart(area);
    result.nextSequence = superblock.firstSequence();
    result.lastEpoch = superblock.areaEpoch();
    byte[] headerBytes = new byte[GroupHeader.BYTES];
    while (result.tail + GroupHeader.BYTES <= areaEnd) {
      cache.read(result.tail, headerBytes, 0, GroupHeader.BYTES);
      GroupHeader header = GroupHeader.parse(headerBytes, 0);
      if (header == null || !follows(header, superblock, result)) {
        if (header == null && GroupHeader.hasMagic(headerBytes, 0)) {
          result.discardedAt = result.tail;
        }
        break;
      }
      long groupLength = layout.roundUp((long) GroupHeader.BYTES + header.payloadLength());
      if (header.payloadLength() > MAX_GROUP_PAYLOAD || result.tail + groupLength > areaEnd) {
        break;
      }
      byte[] payload = new byte[header.payloadLength()];
      cache.read(result.tail + GroupHeader.BYTES, payload, 0, payload.length);
      if (Crc32c.of(payload, 0, payload.length) != header.payloadCrc()) {
        result.discardedAt = result.tail;
        break;
      }
      apply(payload, header, result, deviceName);
      result.tail += groupLength;
      result.nextSequence++;
      result.lastEpoch = header.epoch();
      result.groups++;
    }
    lookForLaterGroups(cache, superblock, result, areaEnd, deviceName);
    return result;
  }

  /** Whether {@code header} is the group the log continues with. */
  private static boolean follows(GroupHeader header, Superblock superblock, Result result) {
    return header.storeId() == superblock.storeId()
        && header.generation() == superblock.generation()
        && header.sequence() == result.nextSequence
        && header.epoch() >= result.lastEpoch;
  }

  private static void apply(byte[] payload, GroupHeader header, Result result,
      String deviceName) {
    long payloadPosition = result.tail + GroupHeader.BYTES;
    int at = 0;
    for (int i = 0; i < header.recordCount(); i++) {
      int length = LogRecord.check(payload, at, payload.length);
      String key = length < 0 ? null
          : Utf8.decode(payload, LogRecord.keyOffset(at), LogRecord.keyLength(payload, at));
      if (key == null) {
        throw new KvStoreCorruptedException("block device " + deviceName + ": record " + i
            + " of the group at byte " + result.tail + " is malformed although its group's"
            + " checksum holds; the store was not opened");
      }
      RecordLocation old = LogRecord.isDelete(payload, at)
          ? result.index.remove(key)
          : result.index.put(key, new RecordLocation(payloadPosition + at, length));
      if (old != null) {
        result.liveBytes -= old.length();
      }
      if (!LogRecord.isDelete(payload, at)) {
        result.liveBytes += length;
      }
      at += length;
    }
    if (at != payload.length) {
      throw new KvStoreCorruptedException("block device " + deviceName + ": the group at byte "
          + result.tail + " has " + (payload.length - at) + " bytes after its records; the"
          + " store was not opened");
    }
  }

  /** Throws if a sound later group follows the end of the log: damage, not an unfinished write. */
  private static void lookForLaterGroups(BlockCache cache, Superblock superblock, Result result,
      long areaEnd, String deviceName) {
    StoreLayout layout = superblock.layout();
    long limit = Math.min(areaEnd - GroupHeader.BYTES,
        result.tail + layout.roundUp((long) GroupHeader.BYTES + MAX_GROUP_PAYLOAD));
    byte[] headerBytes = new byte[GroupHeader.BYTES];
    for (long at = result.tail + layout.sectorSize(); at <= limit; at += layout.sectorSize()) {
      cache.read(at, headerBytes, 0, GroupHeader.BYTES);
      GroupHeader header = GroupHeader.parse(headerBytes, 0);
      if (header != null && header.storeId() == superblock.storeId()
          && header.generation() == superblock.generation()
          && header.sequence() >= result.nextSequence
          && header.epoch() >= result.lastEpoch) {
        throw new KvStoreCorruptedException("block device " + deviceName + ": the log group at"
            + " byte " + result.tail + " is damaged (it fails its checksum), yet a later group"
            + " (sequence " + header.sequence() + ", byte " + at + ") exists: the device does"
            + " not hold what was written. The store was not opened, so no damaged data is"
            + " served. Restore the device, or boot with --kv-store.format=force to erase it"
            + " and start an empty store.");
      }
    }
  }
}

package dev.kiln.kvstore;

import dev.kiln.api.BlockException;
import dev.kiln.api.kv.KvBatch;
import dev.kiln.api.kv.KvStore;
import dev.kiln.api.kv.KvStoreCorruptedException;
import dev.kiln.api.kv.KvStoreException;
import dev.kiln.api.kv.KvStoreFullException;
import dev.kiln.block.BlockCache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The log-structured store: an append-only log of record groups in the current area, an index
 * in memory from each key to its newest put record, and compaction into the other area when the
 * current one is full. Opened by {@link StoreOpener}.
 *
 * <p>A write encodes its operations as one group, appends it at the tail and passes the
 * barrier; only then does the index change. Groups start at sector boundaries, so a write never
 * rewrites a sector that holds an earlier, acknowledged group. If the device fails during a
 * write, the store stops accepting calls: what reached the device is unknown until it is opened
 * again, which recovers it.
 */
final class LogStore implements KvStore {
  private final BlockCache cache;
  private final String deviceName;
  private final TreeMap<String, RecordLocation> index;
  private Superblock superblock;
  private int superblockSlot;
  private long liveBytes;
  private long tail;
  private long nextSequence;
  private long lastAttemptedGeneration;
  private int compactions;
  private String failure;

  LogStore(BlockCache cache, Superblock superblock, int superblockSlot, LogScan.Result scan) {
    this.cache = cache;
    this.deviceName = cache.device().name();
    this.superblock = superblock;
    this.superblockSlot = superblockSlot;
    this.index = scan.index;
    this.liveBytes = scan.liveBytes;
    this.tail = scan.tail;
    this.nextSequence = scan.nextSequence;
    this.lastAttemptedGeneration = superblock.generation();
  }

  @Override
  public byte[] get(String key) {
    checkUsable();
    RecordLocation location = index.get(checkKey(key));
    if (location == null) {
      return null;
    }
    byte[] record = new byte[location.length()];
    try {
      cache.read(location.position(), record, 0, record.length);
    } catch (BlockException e) {
      throw new KvStoreException("reading key '" + key + "' from block device " + deviceName
          + " failed: " + e.getMessage(), e);
    }
    byte[] keyBytes = Utf8.encode(key);
    if (LogRecord.check(record, 0, record.length) != record.length
        || LogRecord.isDelete(record, 0)
        || !Arrays.equals(keyBytes, 0, keyBytes.length, record, LogRecord.keyOffset(0),
            LogRecord.keyOffset(0) + LogRecord.keyLength(record, 0))) {
      throw new KvStoreCorruptedException("block device " + deviceName + ": the value of key '"
          + key + "' at byte " + location.position() + " fails its checksum: the device does"
          + " not hold what was written, so the value is not returned");
    }
    int from = LogRecord.valueOffset(record, 0);
    return Arrays.copyOfRange(record, from, from + LogRecord.valueLength(record, 0));
  }

  @Override
  public boolean exists(String key) {
    checkUsable();
    return index.containsKey(checkKey(key));
  }

  @Override
  public void put(String key, byte[] value) {
    checkUsable();
    checkKey(key);
    if (value == null) {
      throw new NullPointerException("put of key '" + key + "' needs a value (delete removes)");
    }
    write(List.of(key), Arrays.asList(value));
  }

  @Override
  public boolean delete(String key) {
    checkUsable();
    if (!index.containsKey(checkKey(key))) {
      return false;
    }
    write(List.of(key), Arrays.asList((byte[]) null));
    return true;
  }

  @Override
  public void apply(KvBatch batch) {
    checkUsable();
    List<String> keys = new ArrayList<>(batch.size());
    List<byte[]> values = new ArrayList<>(batch.size());
    for (KvBatch.Operation operation : batch.operations()) {
      keys.add(checkKey(operation.key()));
      values.add(operation.value());
    }
    if (!keys.isEmpty()) {
      write(keys, values);
    }
  }

  @Override
  public List<String> keys() {
    checkUsable();
    return new ArrayList<>(index.keySet());
  }

  @Override
  public List<String> keys(String prefix) {
    checkUsable();
    List<String> keys = new ArrayList<>();
    for (String key : index.tailMap(prefix, true).keySet()) {
      if (!key.startsWith(prefix)) {
        break;
      }
      keys.add(key);
    }
    return keys;
  }

  @Override
  public int size() {
    checkUsable();
    return index.size();
  }

  /** Bytes of the put records that hold current values. */
  long liveBytes() {
    return liveBytes;
  }

  /** Bytes of the current area the log takes, up to its tail. */
  long usedBytes() {
    return tail - superblock.layout().areaStart(superblock.activeArea());
  }

  /** Bytes of one log area: the most the log can take. */
  long areaBytes() {
    return superblock.areaSize();
  }

  int compactions() {
    return compactions;
  }

  Superblock superblock() {
    return superblock;
  }

  /**
   * Copies the current values into the other area and makes it current, so that the log takes
   * only as much as the live data.
   *
   * @throws KvStoreFullException if the live data and {@code reserve} more bytes would not fit
   */
  void compact(long reserve) {
    checkUsable();
    long packed = packedLength();
    if (packed + reserve > superblock.areaSize()) {
      throw new KvStoreFullException("block device " + deviceName + " is full: its " + index.size()
          + " values take " + packed + " bytes of log and this write " + reserve + " more, but"
          + " a log area holds " + superblock.areaSize() + " bytes (a little under half the"
          + " device). Delete keys, or use a larger device.");
    }
    StoreLayout layout = superblock.layout();
    int target = 1 - superblock.activeArea();
    long generation = Math.max(superblock.generation(), lastAttemptedGeneration) + 1;
    lastAttemptedGeneration = generation;
    long firstSequence = nextSequence;
    long sequence = firstSequence;
    long position = layout.areaStart(target);
    TreeMap<String, RecordLocation> moved = new TreeMap<>();
    List<String> groupKeys = new ArrayList<>();
    byte[] group = new byte[(int) layout.roundUp(GroupHeader.BYTES + LogScan.MAX_GROUP_PAYLOAD)];
    int payloadLength = 0;
    try {
      for (Map.Entry<String, RecordLocation> entry : index.entrySet()) {
        RecordLocation location = entry.getValue();
        if (payloadLength > 0 && payloadLength + location.length() > LogScan.MAX_GROUP_PAYLOAD) {
          position = writeCompactedGroup(group, payloadLength, groupKeys, generation, sequence++,
              position, moved);
          payloadLength = 0;
        }
        cache.read(location.position(), group, GroupHeader.BYTES + payloadLength,
            location.length());
        if (LogRecord.check(group, GroupHeader.BYTES + payloadLength,
            GroupHeader.BYTES + payloadLength + location.length()) != location.length()) {
          throw new KvStoreCorruptedException("block device " + deviceName + ": the value of key"
              + " '" + entry.getKey() + "' at byte " + location.position() + " fails its"
              + " checksum, so compaction stopped; nothing was lost yet. Delete or rewrite that"
              + " key.");
        }
        groupKeys.add(entry.getKey());
        payloadLength += location.length();
      }
      if (payloadLength > 0) {
        position = writeCompactedGroup(group, payloadLength, groupKeys, generation, sequence++,
            position, moved);
      }
      cache.flush();
      writeSuperblock(superblock.withArea(target, generation, superblock.epoch(), firstSequence));
    } catch (BlockException e) {
      throw fail("compaction", e);
    }
    index.putAll(moved);
    tail = position;
    nextSequence = sequence;
    compactions++;
  }

  /**
   * Starts a new epoch, after every epoch in the superblock or the log ({@code lastEpoch}): groups
   * written from now on are told apart from the leftovers of unfinished earlier writes.
   */
  void startEpoch(long lastEpoch) {
    try {
      writeSuperblock(superblock.withEpoch(Math.max(superblock.epoch(), lastEpoch) + 1));
    } catch (BlockException e) {
      throw fail("starting the store", e);
    }
  }

  private long writeCompactedGroup(byte[] group, int payloadLength, List<String> keys,
      long generation, long sequence, long position, TreeMap<String, RecordLocation> moved) {
    new GroupHeader(superblock.storeId(), generation, superblock.epoch(), sequence, payloadLength,
        keys.size(), Crc32c.of(group, GroupHeader.BYTES, payloadLength))
        .emit(group, 0);
    int length = (int) superblock.layout().roundUp(GroupHeader.BYTES + payloadLength);
    Arrays.fill(group, GroupHeader.BYTES + payloadLength, length, (byte) 0);
    cache.write(position, group, 0, length);
    int at = GroupHeader.BYTES;
    for (String key : keys) {
      int recordLength = LogRecord.check(group, at, GroupHeader.BYTES + payloadLength);
      moved.put(key, new RecordLocation(position + at, recordLength));
      at += recordLength;
    }
    keys.clear();
    return position + length;
  }

  /** Appends one group holding the operations (a null value deletes) and passes the barrier. */
  private void write(List<String> keys, List<byte[]> values) {
    List<byte[]> keyBytes = new ArrayList<>(keys.size());
    long payloadLength = 0;
    for (int i = 0; i < keys.size(); i++) {
      byte[] key = Utf8.encode(keys.get(i));
      byte[] value = values.get(i);
      if (value != null && value.length > MAX_VALUE_BYTES) {
        throw new IllegalArgumentException("the value of key '" + keys.get(i) + "' is "
            + value.length + " bytes; the most is " + MAX_VALUE_BYTES);
      }
      keyBytes.add(key);
      payloadLength += LogRecord.length(key, value);
    }
    if (payloadLength > MAX_BATCH_BYTES) {
      throw new IllegalArgumentException("the batch takes " + payloadLength + " bytes; the most"
          + " is " + MAX_BATCH_BYTES);
    }
    StoreLayout layout = superblock.layout();
    long groupLength = layout.roundUp(GroupHeader.BYTES + payloadLength);
    if (tail + groupLength > layout.areaEnd(superblock.activeArea())) {
      compact(groupLength);
    }
    byte[] group = new byte[(int) groupLength];
    int at = GroupHeader.BYTES;
    for (int i = 0; i < keys.size(); i++) {
      at += LogRecord.emit(group, at, keyBytes.get(i), values.get(i));
    }
    new GroupHeader(superblock.storeId(), superblock.generation(), superblock.epoch(),
        nextSequence, (int) payloadLength, keys.size(),
        Crc32c.of(group, GroupHeader.BYTES, (int) payloadLength)).emit(group, 0);
    try {
      cache.write(tail, group, 0, group.length);
      cache.flush();
    } catch (BlockException e) {
      throw fail("a write", e);
    }
    at = GroupHeader.BYTES;
    for (int i = 0; i < keys.size(); i++) {
      int length = LogRecord.length(keyBytes.get(i), values.get(i));
      RecordLocation old = values.get(i) == null
          ? index.remove(keys.get(i))
          : index.put(keys.get(i), new RecordLocation(tail + at, length));
      if (old != null) {
        liveBytes -= old.length();
      }
      if (values.get(i) != null) {
        liveBytes += length;
      }
      at += length;
    }
    tail += groupLength;
    nextSequence++;
  }

  private void writeSuperblock(Superblock next) {
    int slot = 1 - superblockSlot;
    byte[] sector = new byte[superblock.sectorSize()];
    next.emit(sector);
    cache.write(next.layout().slotOffset(slot), sector, 0, sector.length);
    cache.flush();
    superblock = next;
    superblockSlot = slot;
  }

  /** The length compaction would give the log: current values packed into full groups. */
  private long packedLength() {
    StoreLayout layout = superblock.layout();
    long total = 0;
    long payload = 0;
    for (RecordLocation location : index.values()) {
      if (payload > 0 && payload + location.length() > LogScan.MAX_GROUP_PAYLOAD) {
        total += layout.roundUp(GroupHeader.BYTES + payload);
        payload = 0;
      }
      payload += location.length();
    }
    return payload > 0 ? total + layout.roundUp(GroupHeader.BYTES + payload) : total;
  }

  private String checkKey(String key) {
    if (key == null) {
      throw new NullPointerException("a key is needed");
    }
    int length = Utf8.encode(key).length;
    if (length == 0 || length > MAX_KEY_BYTES) {
      throw new IllegalArgumentException("a key is 1 to " + MAX_KEY_BYTES + " bytes of UTF-8,"
          + " not " + length);
    }
    return key;
  }

  private KvStoreException fail(String what, BlockException cause) {
    failure = what + " on block device " + deviceName + " failed (" + cause.getMessage()
        + "); what reached the device is recovered when the store is opened again (reboot)";
    return new KvStoreException(failure, cause);
  }

  private void checkUsable() {
    if (failure != null) {
      throw new KvStoreException("the store cannot be used: " + failure);
    }
  }
}

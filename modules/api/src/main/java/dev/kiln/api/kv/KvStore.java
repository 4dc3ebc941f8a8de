package dev.kiln.api.kv;

import dev.kiln.annotations.Capability;
import java.util.List;

/**
 * A persistent key-value store on a block device: string keys, byte-array values, and writes
 * that are durable and atomic when the call returns.
 *
 * <p>Every write ({@link #put}, {@link #delete}, {@link #apply}) returns only after its data has
 * passed the store's durability barrier, so a write that returned survives the image ending at
 * any moment afterwards; a write interrupted by the image ending is either wholly present at the
 * next boot or wholly absent. What the barrier means on each target (the host's file, its page
 * cache, a virtual disk) is described by the module that provides the store.
 *
 * <p>Keys are 1 to {@value #MAX_KEY_BYTES} bytes of UTF-8 (so no unpaired surrogates); values
 * are 0 to {@value #MAX_VALUE_BYTES} bytes. Breaking those limits, or a batch over {@value
 * #MAX_BATCH_BYTES} bytes, is an {@link IllegalArgumentException} and stores nothing. A service
 * mapping HTTP onto the store would answer: {@code get} returning null with 404, {@code delete}
 * returning false with 404, {@link IllegalArgumentException} with 400 (or 413 for a value that
 * is too long), {@link KvStoreFullException} with 507, and any other {@link KvStoreException}
 * with 500.
 *
 * <p>The store is used from the image's single event loop; it is not safe for concurrent use.
 */
@Capability(doc = "A persistent key-value store on a block device: durable, atomic writes.")
public interface KvStore {
  /** The longest key, in bytes of UTF-8. */
  int MAX_KEY_BYTES = 1024;

  /** The longest value, in bytes. */
  int MAX_VALUE_BYTES = 1024 * 1024;

  /**
   * The most a batch may hold: the sum over its operations of key bytes, value bytes and
   * {@value #OPERATION_OVERHEAD_BYTES} bytes each.
   */
  int MAX_BATCH_BYTES = 2 * 1024 * 1024;

  /** What each operation of a batch adds to its size, besides its key and value. */
  int OPERATION_OVERHEAD_BYTES = 11;

  /**
   * A copy of the value stored under {@code key}, or null if there is none.
   *
   * @throws KvStoreCorruptedException if the stored value fails its checksum (it is never
   *     returned)
   */
  byte[] get(String key);

  /** Whether a value is stored under {@code key}. Reads no data from the device. */
  boolean exists(String key);

  /** Stores {@code value} (copied) under {@code key}, replacing any; durable on return. */
  void put(String key, byte[] value);

  /**
   * Removes the value stored under {@code key}; durable on return.
   *
   * @return whether there was one (when not, nothing is written)
   */
  boolean delete(String key);

  /** Applies every operation of {@code batch} in order, all or none; durable on return. */
  void apply(KvBatch batch);

  /** Every key, sorted by {@link String#compareTo}; a copy. */
  List<String> keys();

  /** The keys that start with {@code prefix}, sorted by {@link String#compareTo}; a copy. */
  List<String> keys(String prefix);

  /** How many keys have a value. */
  int size();
}

package dev.kiln.api.kv;

/**
 * Stored data failed its checksum: the device returned bytes other than those written. The
 * damaged data is never returned as a value.
 */
public final class KvStoreCorruptedException extends KvStoreException {
  private static final long serialVersionUID = 1L;

  public KvStoreCorruptedException(String message) {
    super(message);
  }
}

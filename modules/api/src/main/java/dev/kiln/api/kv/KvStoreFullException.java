package dev.kiln.api.kv;

/** A write did not fit on the device even after compaction; nothing of it was stored. */
public final class KvStoreFullException extends KvStoreException {
  private static final long serialVersionUID = 1L;

  public KvStoreFullException(String message) {
    super(message);
  }
}

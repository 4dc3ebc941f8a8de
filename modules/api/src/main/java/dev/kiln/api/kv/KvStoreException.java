package dev.kiln.api.kv;

/**
 * A {@link KvStore} could not do what was asked: the device failed, the device does not hold a
 * store, the store is corrupted or full. The message says what happened and what to do.
 */
public class KvStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KvStoreException(String message) {
    super(message);
  }

  public KvStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

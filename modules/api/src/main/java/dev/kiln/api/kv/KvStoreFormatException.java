package dev.kiln.api.kv;

/**
 * The device does not hold a store this code can open (it is blank, holds other data, or holds
 * a store of another format version), and the configuration does not allow formatting it. The
 * message names the device and the setting that would format it.
 */
public final class KvStoreFormatException extends KvStoreException {
  private static final long serialVersionUID = 1L;

  public KvStoreFormatException(String message) {
    super(message);
  }
}

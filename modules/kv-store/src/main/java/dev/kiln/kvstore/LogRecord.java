package dev.kiln.kvstore;

import dev.kiln.api.kv.KvStore;

/**
 * One record of a group's payload: a put or a delete of one key, with its own checksum so that
 * a value read back later is checked without reading its whole group.
 *
 * <p>On disk, big-endian: CRC-32C of the bytes after it (u32), kind (1 = put, 2 = delete), key
 * length (u16), value length (u32, 0 for a delete), the key's UTF-8 bytes, the value.
 */
final class LogRecord {
  static final int HEADER_BYTES = KvStore.OPERATION_OVERHEAD_BYTES;
  static final byte PUT = 1;
  static final byte DELETE = 2;

  private LogRecord() {}

  /** The bytes a record of this key and value (null for a delete) takes. */
  static int length(byte[] key, byte[] value) {
    return HEADER_BYTES + key.length + (value == null ? 0 : value.length);
  }

  /** Writes the record at {@code at}; returns its length. */
  static int emit(byte[] bytes, int at, byte[] key, byte[] value) {
    int valueLength = value == null ? 0 : value.length;
    bytes[at + 4] = value == null ? DELETE : PUT;
    Bytes.putShort(bytes, at + 5, key.length);
    Bytes.putInt(bytes, at + 7, valueLength);
    System.arraycopy(key, 0, bytes, at + HEADER_BYTES, key.length);
    if (value != null) {
      System.arraycopy(value, 0, bytes, at + HEADER_BYTES + key.length, valueLength);
    }
    int length = HEADER_BYTES + key.length + valueLength;
    Bytes.putInt(bytes, at, Crc32c.of(bytes, at + 4, length - 4));
    return length;
  }

  /**
   * The length of the well-formed record at {@code at}, which must end by {@code limit}, or -1
   * if there is no such record (truncated, unknown kind or failed checksum).
   */
  static int check(byte[] bytes, int at, int limit) {
    if (limit - at < HEADER_BYTES) {
      return -1;
    }
    byte kind = bytes[at + 4];
    int keyLength = Bytes.getShort(bytes, at + 5);
    int valueLength = Bytes.getInt(bytes, at + 7);
    if ((kind != PUT && kind != DELETE) || keyLength == 0 || valueLength < 0
        || (kind == DELETE && valueLength != 0)
        || (long) HEADER_BYTES + keyLength + valueLength > limit - at) {
      return -1;
    }
    int length = HEADER_BYTES + keyLength + valueLength;
    return Crc32c.of(bytes, at + 4, length - 4) == Bytes.getInt(bytes, at) ? length : -1;
  }

  static boolean isDelete(byte[] bytes, int at) {
    return bytes[at + 4] == DELETE;
  }

  static int keyLength(byte[] bytes, int at) {
    return Bytes.getShort(bytes, at + 5);
  }

  static int valueLength(byte[] bytes, int at) {
    return Bytes.getInt(bytes, at + 7);
  }

  static int keyOffset(int at) {
    return at + HEADER_BYTES;
  }

  static int valueOffset(byte[] bytes, int at) {
    return at + HEADER_BYTES + keyLength(bytes, at);
  }
}

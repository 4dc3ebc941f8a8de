package dev.kiln.kvstore;

/**
 * The header of a record group: the unit the log is written in. One {@link
 * dev.kiln.api.kv.KvStore} write is one group; a group counts only if its header and its
 * payload both pass their checksums, so the payload checksum in the header is the group's
 * commit mark and a group is applied whole or not at all.
 *
 * <p>On disk, big-endian, {@value #BYTES} bytes at a sector boundary, followed by the payload
 * (the records) and zeros up to the next sector boundary:
 *
 * <pre>
 *   0  magic "KvGr"          4  CRC-32C of bytes 8..63     8  store id (from the format UUID)
 *  16  generation of the area the group belongs to          24  epoch it was written in
 *  32  sequence number: one more than the group before it   40  payload length (u32)
 *  44  number of records (u32)   48  CRC-32C of the payload     52  reserved, zero
 * </pre>
 */
record GroupHeader(long storeId, long generation, long epoch, long sequence, int payloadLength,
    int recordCount, int payloadCrc) {
  static final int BYTES = 64;
  private static final int MAGIC = 0x4B764772;

  void emit(byte[] bytes, int at) {
    java.util.Arrays.fill(bytes, at, at + BYTES, (byte) 0);
    Bytes.putInt(bytes, at, MAGIC);
    Bytes.putLong(bytes, at + 8, storeId);
    Bytes.putLong(bytes, at + 16, generation);
    Bytes.putLong(bytes, at + 24, epoch);
    Bytes.putLong(bytes, at + 32, sequence);
    Bytes.putInt(bytes, at + 40, payloadLength);
    Bytes.putInt(bytes, at + 44, recordCount);
    Bytes.putInt(bytes, at + 48, payloadCrc);
    Bytes.putInt(bytes, at + 4, Crc32c.of(bytes, at + 8, BYTES - 8));
  }

  /** Whether the bytes at {@code at} start like a header, sound or not. */
  static boolean hasMagic(byte[] bytes, int at) {
    return Bytes.getInt(bytes, at) == MAGIC;
  }

  /** The header at {@code at}, or null if there is none there (wrong magic or checksum). */
  static GroupHeader parse(byte[] bytes, int at) {
    if (Bytes.getInt(bytes, at) != MAGIC
        || Bytes.getInt(bytes, at + 4) != Crc32c.of(bytes, at + 8, BYTES - 8)) {
      return null;
    }
    int payloadLength = Bytes.getInt(bytes, at + 40);
    int recordCount = Bytes.getInt(bytes, at + 44);
    if (payloadLength < 0 || recordCount < 0) {
      return null;
    }
    return new GroupHeader(Bytes.getLong(bytes, at + 8), Bytes.getLong(bytes, at + 16),
        Bytes.getLong(bytes, at + 24), Bytes.getLong(bytes, at + 32), payloadLength, recordCount,
        Bytes.getInt(bytes, at + 48));
  }
}

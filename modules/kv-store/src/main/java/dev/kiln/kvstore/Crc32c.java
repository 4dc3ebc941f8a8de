package dev.kiln.kvstore;

/**
 * CRC-32C (Castagnoli, the checksum of iSCSI in RFC 3720 and of ext4 metadata), table-driven,
 * in plain Java so it runs in native images (TeaVM's class library has no {@code CRC32C}).
 */
final class Crc32c {
  /** The reflected Castagnoli polynomial. */
  private static final int POLYNOMIAL = 0x82F63B78;
  private static final int[] TABLE = table();

  private Crc32c() {}

  /** The checksum of {@code length} bytes of {@code bytes} from {@code offset}. */
  static int of(byte[] bytes, int offset, int length) {
    int crc = 0xFFFFFFFF;
    for (int i = offset; i < offset + length; i++) {
      crc = (crc >>> 8) ^ TABLE[(crc ^ bytes[i]) & 0xFF];
    }
    return ~crc;
  }

  private static int[] table() {
    int[] table = new int[256];
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int bit = 0; bit < 8; bit++) {
        c = (c & 1) != 0 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
      }
      table[n] = c;
    }
    return table;
  }
}

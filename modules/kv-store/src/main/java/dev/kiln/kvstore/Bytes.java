package dev.kiln.kvstore;

/** Big-endian integers in byte arrays: the byte order of every on-disk field of the store. */
final class Bytes {
  private Bytes() {}

  static void putInt(byte[] b, int at, int value) {
    b[at] = (byte) (value >>> 24);
    b[at + 1] = (byte) (value >>> 16);
    b[at + 2] = (byte) (value >>> 8);
    b[at + 3] = (byte) value;
  }

  static int getInt(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8
        | (b[at + 3] & 0xFF);
  }

  static void putShort(byte[] b, int at, int value) {
    b[at] = (byte) (value >>> 8);
    b[at + 1] = (byte) value;
  }

  static int getShort(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
  }

  static void putLong(byte[] b, int at, long value) {
    putInt(b, at, (int) (value >>> 32));
    putInt(b, at + 4, (int) value);
  }

  static long getLong(byte[] b, int at) {
    return (long) getInt(b, at) << 32 | (getInt(b, at + 4) & 0xFFFFFFFFL);
  }

  static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  static String hex(long value) {
    String digits = Long.toHexString(value);
    StringBuilder padded = new StringBuilder();
    for (int i = digits.length(); i < 16; i++) {
      padded.append('0');
    }
    return padded.append(digits).toString();
  }
}

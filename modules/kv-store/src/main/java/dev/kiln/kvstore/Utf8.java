package dev.kiln.kvstore;

/**
 * Keys as UTF-8, encoded and decoded here so that a key that cannot round-trip (an unpaired
 * surrogate) is refused instead of silently replaced.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * The UTF-8 bytes of {@code text}.
   *
   * @throws IllegalArgumentException if it holds an unpaired surrogate
   */
  static byte[] encode(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("key has an unpaired surrogate at index " + i);
      } else {
        length += 3;
      }
    }
    byte[] bytes = new byte[length];
    int at = 0;
    for (int i = 0; i < text.length(); i++) {
      int c = text.charAt(i);
      if (c < 0x80) {
        bytes[at++] = (byte) c;
      } else if (c < 0x800) {
        bytes[at++] = (byte) (0xC0 | c >> 6);
        bytes[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate((char) c)) {
        int cp = Character.toCodePoint((char) c, text.charAt(++i));
        bytes[at++] = (byte) (0xF0 | cp >> 18);
        bytes[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[at++] = (byte) (0x80 | cp & 0x3F);
      } else {
        bytes[at++] = (byte) (0xE0 | c >> 12);
        bytes[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return bytes;
  }

  /** The text of well-formed UTF-8, or null if the bytes are not well-formed. */
  static String decode(byte[] bytes, int offset, int length) {
    StringBuilder text = new StringBuilder(length);
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int b = bytes[i] & 0xFF;
      int cp;
      int more;
      int min;
      if (b < 0x80) {
        cp = b;
        more = 0;
        min = 0;
      } else if (b >= 0xC2 && b < 0xE0) {
        cp = b & 0x1F;
        more = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b < 0xF0) {
        cp = b & 0x0F;
        more = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b < 0xF5) {
        cp = b & 0x07;
        more = 3;
        min = 0x10000;
      } else {
        return null;
      }
      for (int k = 1; k <= more; k++) {
        if (i + k >= end) {
          return null;
        }
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          return null;
        }
        cp = cp << 6 | next & 0x3F;
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return null;
      }
      text.appendCodePoint(cp);
      i += more + 1;
    }
    return text.toString();
  }
}

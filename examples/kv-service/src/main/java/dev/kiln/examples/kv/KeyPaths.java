package dev.kiln.examples.kv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Store keys in request paths: percent-decoding a path segment into a key (RFC 3986 2.1, the
 * bytes taken as UTF-8) and percent-encoding a key back for the list of keys. Every key
 * round-trips: {@code decode(encode(key))} is the key.
 */
final class KeyPaths {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private KeyPaths() {}

  /**
   * The key that {@code text} percent-encodes. Characters other than {@code %XX} stand for their
   * own UTF-8 bytes.
   *
   * @throws IllegalArgumentException if a {@code %} is not followed by two hex digits, or the
   *     decoded bytes are not well-formed UTF-8
   */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        int high = i + 1 < text.length() ? hex(text.charAt(i + 1)) : -1;
        int low = i + 2 < text.length() ? hex(text.charAt(i + 2)) : -1;
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException(
              "a '%' in a key must be followed by two hex digits, at character " + i);
        }
        bytes.write(high << 4 | low);
        i += 3;
      } else {
        int end = text.indexOf('%', i);
        end = end < 0 ? text.length() : end;
        byte[] plain = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
        bytes.write(plain, 0, plain.length);
        i = end;
      }
    }
    byte[] decoded = bytes.toByteArray();
    int bad = firstMalformed(decoded);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          "a key must be UTF-8 once percent-decoded; byte " + bad + " is not");
    }
    return new String(decoded, StandardCharsets.UTF_8);
  }

  /**
   * {@code key} percent-encoded for a path: ASCII letters, digits, {@code - . _ ~} and {@code /}
   * stay as they are, every other byte of its UTF-8 becomes {@code %XX}.
   */
  static String encode(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (isUnreserved(c) || c == '/') {
        text.append((char) c);
      } else {
        text.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return text.toString();
  }

  /** The value of ASCII hex digit {@code c}, or -1. */
  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  /**
   * The index of the first byte where {@code bytes} stops being well-formed UTF-8 (RFC 3629 4:
   * no overlong forms, no surrogates, nothing above U+10FFFF), or -1 if it all is.
   */
  static int firstMalformed(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int continuations;
      int min;
      int max = 0xbf;
      if (b < 0x80) {
        i++;
        continue;
      } else if (b >= 0xc2 && b <= 0xdf) {
        continuations = 1;
        min = 0x80;
      } else if (b >= 0xe0 && b <= 0xef) {
        continuations = 2;
        min = b == 0xe0 ? 0xa0 : 0x80;
        max = b == 0xed ? 0x9f : 0xbf;
      } else if (b >= 0xf0 && b <= 0xf4) {
        continuations = 3;
        min = b == 0xf0 ? 0x90 : 0x80;
        max = b == 0xf4 ? 0x8f : 0xbf;
      } else {
        return i;
      }
      for (int k = 1; k <= continuations; k++) {
        if (i + k >= bytes.length) {
          return i;
        }
        int next = bytes[i + k] & 0xff;
        int low = k == 1 ? min : 0x80;
        int high = k == 1 ? max : 0xbf;
        if (next < low || next > high) {
          return i;
        }
      }
      i += continuations + 1;
    }
    return -1;
  }
}

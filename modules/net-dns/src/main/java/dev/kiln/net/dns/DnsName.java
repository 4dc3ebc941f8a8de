package dev.kiln.net.dns;

/**
 * Domain names in text and wire form (RFC 1035 sections 3.1, 4.1.4): dot-separated labels of 1 to
 * 63 bytes, at most 255 bytes encoded; the root is the empty string. Reading follows compression
 * pointers, each of which must point before the one that led to it, so a message cannot make
 * the reader loop.
 */
final class DnsName {
  static final int MAX_LENGTH = 255;
  static final int MAX_LABEL = 63;

  private DnsName() {}

  /** True if the text is a name this resolver can ask for. A trailing dot is allowed. */
  static boolean isValid(String name) {
    return encodedLength(name) > 0;
  }

  /** Bytes the name takes uncompressed, or -1 if it is not a valid name. */
  static int encodedLength(String name) {
    String text = strip(name);
    if (text.isEmpty()) {
      return 1;
    }
    int length = 1;
    int labelStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '.') {
        int label = i - labelStart;
        if (label == 0 || label > MAX_LABEL) {
          return -1;
        }
        length += 1 + label;
        labelStart = i + 1;
      } else if (text.charAt(i) > 0x7E || text.charAt(i) <= 0x20) {
        return -1;
      }
    }
    return length <= MAX_LENGTH ? length : -1;
  }

  /** Writes the name uncompressed at {@code offset}; returns the offset after it. */
  static int write(String name, byte[] buffer, int offset) {
    if (encodedLength(name) < 0) {
      throw new IllegalArgumentException("not a domain name: " + name);
    }
    String text = strip(name);
    int p = offset;
    int labelStart = 0;
    if (!text.isEmpty()) {
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == '.') {
          buffer[p++] = (byte) (i - labelStart);
          for (int j = labelStart; j < i; j++) {
            buffer[p++] = (byte) text.charAt(j);
          }
          labelStart = i + 1;
        }
      }
    }
    buffer[p++] = 0;
    return p;
  }

  /** A name read from a message, and where the bytes after it in place (not via pointers) start. */
  record Read(String name, int end) {}

  /**
   * Reads the name at {@code offset} of the message that starts at {@code message} and ends at
   * {@code limit}.
   */
  static Read read(byte[] buffer, int message, int offset, int limit)
      throws MalformedDnsException {
    StringBuilder name = new StringBuilder();
    int p = offset;
    int end = -1;
    int encoded = 1;
    int pointerBound = offset; // a pointer must go strictly before this
    while (true) {
      if (p >= limit) {
        throw new MalformedDnsException("name runs past the message");
      }
      int length = buffer[p] & 0xFF;
      if (length == 0) {
        p++;
        break;
      }
      int kind = length & 0xC0;
      if (kind == 0xC0) {
        if (p + 1 >= limit) {
          throw new MalformedDnsException("compression pointer runs past the message");
        }
        int target = message + ((length & 0x3F) << 8 | (buffer[p + 1] & 0xFF));
        if (end < 0) {
          end = p + 2;
        }
        if (target >= pointerBound) {
          throw new MalformedDnsException("compression pointer does not point backwards");
        }
        pointerBound = target;
        p = target;
        continue;
      }
      if (kind != 0) {
        throw new MalformedDnsException("unknown label type " + (kind >>> 6));
      }
      if (p + 1 + length > limit) {
        throw new MalformedDnsException("label runs past the message");
      }
      encoded += 1 + length;
      if (encoded > MAX_LENGTH) {
        throw new MalformedDnsException("name longer than 255 bytes");
      }
      if (name.length() > 0) {
        name.append('.');
      }
      for (int i = 1; i <= length; i++) {
        name.append((char) (buffer[p + i] & 0xFF));
      }
      p += 1 + length;
    }
    return new Read(name.toString(), end < 0 ? p : end);
  }

  /** Names compare without regard to ASCII case (RFC 1035 section 2.3.3). */
  static boolean same(String a, String b) {
    return strip(a).equalsIgnoreCase(strip(b));
  }

  static String strip(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}

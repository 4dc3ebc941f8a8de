package dev.kiln.api.net;

/**
 * An IPv4 address. Packet paths use the {@code int} form ({@link #value()}, network byte order:
 * the first octet most significant); this type parses, formats and compares.
 */
public final class Ipv4Address {
  public static final Ipv4Address ANY = new Ipv4Address(0);
  public static final Ipv4Address BROADCAST = new Ipv4Address(0xFFFF_FFFF);

  private final int value;

  private Ipv4Address(int value) {
    this.value = value;
  }

  public static Ipv4Address of(int value) {
    return new Ipv4Address(value);
  }

  public static Ipv4Address of(int a, int b, int c, int d) {
    return new Ipv4Address(octet(a) << 24 | octet(b) << 16 | octet(c) << 8 | octet(d));
  }

  /** Parses dotted-quad text such as {@code 10.0.0.2}; no leading zeros, no other forms. */
  public static Ipv4Address parse(String text) {
    int value = 0;
    int position = 0;
    for (int part = 0; part < 4; part++) {
      int start = position;
      int octet = 0;
      while (position < text.length() && text.charAt(position) >= '0'
          && text.charAt(position) <= '9' && position - start < 3) {
        octet = octet * 10 + (text.charAt(position) - '0');
        position++;
      }
      int digits = position - start;
      boolean separatorOk = part == 3 ? position == text.length()
          : position < text.length() && text.charAt(position) == '.';
      if (digits == 0 || octet > 255 || (digits > 1 && text.charAt(start) == '0')
          || !separatorOk) {
        throw new IllegalArgumentException("not an IPv4 address: " + text);
      }
      position++;
      value = value << 8 | octet;
    }
    return new Ipv4Address(value);
  }

  /** Reads four bytes at {@code off}, network order. */
  public static int read(byte[] buffer, int off) {
    return (buffer[off] & 0xFF) << 24 | (buffer[off + 1] & 0xFF) << 16
        | (buffer[off + 2] & 0xFF) << 8 | (buffer[off + 3] & 0xFF);
  }

  /** Writes the int form as four bytes at {@code off}, network order. */
  public static void write(int value, byte[] buffer, int off) {
    buffer[off] = (byte) (value >>> 24);
    buffer[off + 1] = (byte) (value >>> 16);
    buffer[off + 2] = (byte) (value >>> 8);
    buffer[off + 3] = (byte) value;
  }

  /** Formats the int form as dotted-quad text. */
  public static String format(int value) {
    return (value >>> 24) + "." + ((value >>> 16) & 0xFF) + "." + ((value >>> 8) & 0xFF) + "."
        + (value & 0xFF);
  }

  public int value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ipv4Address && ((Ipv4Address) other).value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  @Override
  public String toString() {
    return format(value);
  }

  private static int octet(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("not an octet: " + value);
    }
    return value;
  }
}

package dev.kiln.api.net;

/**
 * A 48-bit MAC address. Packet paths use the {@code long} form ({@link #value()}, the address in
 * the low 48 bits, first byte most significant); this type parses, formats and compares.
 */
public final class MacAddress {
  public static final long BROADCAST_VALUE = 0xFFFF_FFFF_FFFFL;
  public static final MacAddress BROADCAST = new MacAddress(BROADCAST_VALUE);
  public static final MacAddress ZERO = new MacAddress(0);

  private final long value;

  private MacAddress(long value) {
    this.value = value;
  }

  /** The address in the low 48 bits of {@code value}. */
  public static MacAddress of(long value) {
    if ((value & ~BROADCAST_VALUE) != 0) {
      throw new IllegalArgumentException("not a 48-bit address: " + Long.toHexString(value));
    }
    return new MacAddress(value);
  }

  /** The address in six bytes. */
  public static MacAddress of(byte[] bytes) {
    if (bytes.length != 6) {
      throw new IllegalArgumentException("a MAC address has 6 bytes, not " + bytes.length);
    }
    return new MacAddress(read(bytes, 0));
  }

  /** Parses {@code 02:00:00:00:00:01} (colons or dashes; either case). */
  public static MacAddress parse(String text) {
    if (text.length() != 17) {
      throw new IllegalArgumentException("not a MAC address: " + text);
    }
    long value = 0;
    for (int i = 0; i < 6; i++) {
      int high = Character.digit(text.charAt(3 * i), 16);
      int low = Character.digit(text.charAt(3 * i + 1), 16);
      if (high < 0 || low < 0 || (i < 5 && text.charAt(3 * i + 2) != ':'
          && text.charAt(3 * i + 2) != '-')) {
        throw new IllegalArgumentException("not a MAC address: " + text);
      }
      value = (value << 8) | (high << 4) | low;
    }
    return new MacAddress(value);
  }

  /** Reads six bytes at {@code off} as the long form. */
  public static long read(byte[] buffer, int off) {
    long value = 0;
    for (int i = 0; i < 6; i++) {
      value = (value << 8) | (buffer[off + i] & 0xFF);
    }
    return value;
  }

  /** Writes the long form as six bytes at {@code off}. */
  public static void write(long value, byte[] buffer, int off) {
    for (int i = 5; i >= 0; i--) {
      buffer[off + i] = (byte) value;
      value >>>= 8;
    }
  }

  /** True for a group address (the low bit of the first byte), broadcast included. */
  public static boolean isMulticast(long value) {
    return (value & 0x0100_0000_0000L) != 0;
  }

  public long value() {
    return value;
  }

  public byte[] toBytes() {
    byte[] bytes = new byte[6];
    write(value, bytes, 0);
    return bytes;
  }

  /** Formats the long form as {@code 02:00:00:00:00:01}. */
  public static String format(long value) {
    char[] text = new char[17];
    String digits = "0123456789abcdef";
    for (int i = 0; i < 6; i++) {
      int b = (int) (value >>> (8 * (5 - i))) & 0xFF;
      text[3 * i] = digits.charAt(b >>> 4);
      text[3 * i + 1] = digits.charAt(b & 0xF);
      if (i < 5) {
        text[3 * i + 2] = ':';
      }
    }
    return new String(text);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MacAddress && ((MacAddress) other).value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return format(value);
  }
}

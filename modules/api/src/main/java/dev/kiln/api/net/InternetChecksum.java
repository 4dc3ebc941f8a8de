package dev.kiln.api.net;

/**
 * The Internet checksum (RFC 1071): the 16-bit one's complement of the one's complement sum of
 * the data taken as big-endian 16-bit words, an odd last byte padded with zero. Used by IPv4,
 * ICMP, UDP and TCP; RFC 1624 explains why a computed checksum is never the value 0x0000 for
 * non-zero data, and how to update one incrementally.
 */
public final class InternetChecksum {
  private InternetChecksum() {}

  /** The one's complement sum (not yet complemented) of {@code len} bytes, added to {@code sum}. */
  public static int sum(int sum, byte[] data, int off, int len) {
    long acc = sum & 0xFFFF_FFFFL;
    int end = off + len - 1;
    int i = off;
    for (; i < end; i += 2) {
      acc += ((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF);
    }
    if (i == end) {
      acc += (data[i] & 0xFF) << 8;
    }
    return fold(acc);
  }

  /** Adds a 32-bit value as two 16-bit words. */
  public static int sumInt(int sum, int value) {
    return fold((sum & 0xFFFF_FFFFL) + (value >>> 16) + (value & 0xFFFF));
  }

  /** The sum of the IPv4 pseudo-header that UDP and TCP checksums cover (RFC 768, RFC 9293). */
  public static int pseudoHeader(int source, int destination, int protocol, int length) {
    int sum = sumInt(0, source);
    sum = sumInt(sum, destination);
    return fold((sum & 0xFFFF_FFFFL) + protocol + length);
  }

  /** The checksum field's value for a finished sum: the complement, in 16 bits. */
  public static int finish(int sum) {
    return ~fold(sum & 0xFFFF_FFFFL) & 0xFFFF;
  }

  /** The checksum of {@code len} bytes. Data that carries its own correct checksum gives 0. */
  public static int compute(byte[] data, int off, int len) {
    return finish(sum(0, data, off, len));
  }

  private static int fold(long acc) {
    while ((acc >>> 16) != 0) {
      acc = (acc & 0xFFFF) + (acc >>> 16);
    }
    return (int) acc;
  }
}

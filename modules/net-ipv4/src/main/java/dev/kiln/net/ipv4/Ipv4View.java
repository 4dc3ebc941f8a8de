package dev.kiln.net.ipv4;

import dev.kiln.api.net.InternetChecksum;
import dev.kiln.api.net.Ipv4Address;

/**
 * A reusable view of an IPv4 datagram in a buffer. {@link #wrap} checks the version, the header
 * length, the total length against the bytes present, and the header checksum; bytes after the
 * total length (Ethernet padding) are ignored.
 */
public final class Ipv4View {
  public static final int MIN_HEADER_LENGTH = 20;

  private byte[] buffer;
  private int offset;

  public Ipv4View wrap(byte[] buffer, int offset, int length) throws MalformedIpv4Exception {
    if (offset < 0 || length < 0 || offset + length > buffer.length) {
      throw new MalformedIpv4Exception("datagram bounds outside the buffer");
    }
    if (length < MIN_HEADER_LENGTH) {
      throw new MalformedIpv4Exception("datagram of " + length + " bytes is shorter than a header");
    }
    int version = (buffer[offset] & 0xFF) >>> 4;
    if (version != 4) {
      throw new MalformedIpv4Exception("IP version " + version);
    }
    int headerLength = (buffer[offset] & 0x0F) * 4;
    if (headerLength < MIN_HEADER_LENGTH) {
      throw new MalformedIpv4Exception("header length " + headerLength);
    }
    int totalLength = (buffer[offset + 2] & 0xFF) << 8 | (buffer[offset + 3] & 0xFF);
    if (totalLength < headerLength || totalLength > length) {
      throw new MalformedIpv4Exception("total length " + totalLength + " with a header of "
          + headerLength + " and " + length + " bytes present");
    }
    if (InternetChecksum.compute(buffer, offset, headerLength) != 0) {
      throw new MalformedIpv4Exception("bad header checksum");
    }
    this.buffer = buffer;
    this.offset = offset;
    return this;
  }

  public int headerLength() {
    return (buffer[offset] & 0x0F) * 4;
  }

  public int typeOfService() {
    return buffer[offset + 1] & 0xFF;
  }

  public int totalLength() {
    return u16(offset + 2);
  }

  public int identification() {
    return u16(offset + 4);
  }

  public boolean dontFragment() {
    return (buffer[offset + 6] & 0x40) != 0;
  }

  public boolean moreFragments() {
    return (buffer[offset + 6] & 0x20) != 0;
  }

  /** The fragment offset in bytes (the field counts 8-byte units). */
  public int fragmentOffset() {
    return (u16(offset + 6) & 0x1FFF) * 8;
  }

  public boolean isFragment() {
    return moreFragments() || fragmentOffset() != 0;
  }

  public int ttl() {
    return buffer[offset + 8] & 0xFF;
  }

  public int protocol() {
    return buffer[offset + 9] & 0xFF;
  }

  public int source() {
    return Ipv4Address.read(buffer, offset + 12);
  }

  public int destination() {
    return Ipv4Address.read(buffer, offset + 16);
  }

  public int payloadOffset() {
    return offset + headerLength();
  }

  public int payloadLength() {
    return totalLength() - headerLength();
  }

  /**
   * Writes a 20-byte header (no options) at {@code offset} with its checksum. {@code
   * fragmentOffset} is in bytes and must be a multiple of 8.
   */
  public static void write(int typeOfService, int totalLength, int identification,
      boolean dontFragment, boolean moreFragments, int fragmentOffset, int ttl, int protocol,
      int source, int destination, byte[] buffer, int offset) {
    buffer[offset] = 0x45;
    buffer[offset + 1] = (byte) typeOfService;
    buffer[offset + 2] = (byte) (totalLength >>> 8);
    buffer[offset + 3] = (byte) totalLength;
    buffer[offset + 4] = (byte) (identification >>> 8);
    buffer[offset + 5] = (byte) identification;
    int flagsAndOffset = (dontFragment ? 0x4000 : 0) | (moreFragments ? 0x2000 : 0)
        | (fragmentOffset / 8);
    buffer[offset + 6] = (byte) (flagsAndOffset >>> 8);
    buffer[offset + 7] = (byte) flagsAndOffset;
    buffer[offset + 8] = (byte) ttl;
    buffer[offset + 9] = (byte) protocol;
    buffer[offset + 10] = 0;
    buffer[offset + 11] = 0;
    Ipv4Address.write(source, buffer, offset + 12);
    Ipv4Address.write(destination, buffer, offset + 16);
    int checksum = InternetChecksum.compute(buffer, offset, MIN_HEADER_LENGTH);
    buffer[offset + 10] = (byte) (checksum >>> 8);
    buffer[offset + 11] = (byte) checksum;
  }

  private int u16(int at) {
    return (buffer[at] & 0xFF) << 8 | (buffer[at + 1] & 0xFF);
  }
}

package dev.kiln.net.ethernet;

import dev.kiln.api.net.MacAddress;

/**
 * A reusable view of an Ethernet II frame in a buffer: {@link #wrap} checks it, the accessors read
 * the header in place. Nothing is copied or allocated.
 */
public final class EthernetFrame {
  public static final int HEADER_LENGTH = 14;
  /** EtherType values below this are IEEE 802.3 lengths, not types. */
  public static final int MIN_ETHERTYPE = 0x0600;

  private byte[] buffer;
  private int offset;
  private int length;

  /** Views {@code length} bytes at {@code offset} as a frame. */
  public EthernetFrame wrap(byte[] buffer, int offset, int length) throws MalformedFrameException {
    if (offset < 0 || length < 0 || offset + length > buffer.length) {
      throw new MalformedFrameException("frame bounds outside the buffer");
    }
    if (length < HEADER_LENGTH) {
      throw new MalformedFrameException("frame of " + length + " bytes is shorter than its header");
    }
    int type = (buffer[offset + 12] & 0xFF) << 8 | (buffer[offset + 13] & 0xFF);
    if (type < MIN_ETHERTYPE) {
      throw new MalformedFrameException("not Ethernet II: length/type field " + type);
    }
    this.buffer = buffer;
    this.offset = offset;
    this.length = length;
    return this;
  }

  public long destination() {
    return MacAddress.read(buffer, offset);
  }

  public long source() {
    return MacAddress.read(buffer, offset + 6);
  }

  public int etherType() {
    return (buffer[offset + 12] & 0xFF) << 8 | (buffer[offset + 13] & 0xFF);
  }

  public int payloadOffset() {
    return offset + HEADER_LENGTH;
  }

  public int payloadLength() {
    return length - HEADER_LENGTH;
  }
}

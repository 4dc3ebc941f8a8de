package dev.kiln.net.icmp;

import dev.kiln.api.net.InternetChecksum;

/**
 * A reusable view of an ICMP message in a buffer: {@link #wrap} checks the length and the
 * checksum over the whole message; the accessors read the 8-byte header in place.
 */
public final class IcmpView {
  public static final int HEADER_LENGTH = 8;
  public static final int TYPE_ECHO_REPLY = 0;
  public static final int TYPE_DESTINATION_UNREACHABLE = 3;
  public static final int TYPE_ECHO_REQUEST = 8;

  private byte[] buffer;
  private int offset;
  private int length;

  public IcmpView wrap(byte[] buffer, int offset, int length) throws MalformedIcmpException {
    if (offset < 0 || length < 0 || offset + length > buffer.length) {
      throw new MalformedIcmpException("message bounds outside the buffer");
    }
    if (length < HEADER_LENGTH) {
      throw new MalformedIcmpException("ICMP message of " + length + " bytes");
    }
    if (InternetChecksum.compute(buffer, offset, length) != 0) {
      throw new MalformedIcmpException("bad ICMP checksum");
    }
    this.buffer = buffer;
    this.offset = offset;
    this.length = length;
    return this;
  }

  public int type() {
    return buffer[offset] & 0xFF;
  }

  public int code() {
    return buffer[offset + 1] & 0xFF;
  }

  /** The four bytes after the checksum (identifier and sequence number for echo). */
  public int restOfHeader() {
    return (buffer[offset + 4] & 0xFF) << 24 | (buffer[offset + 5] & 0xFF) << 16
        | (buffer[offset + 6] & 0xFF) << 8 | (buffer[offset + 7] & 0xFF);
  }

  public int identifier() {
    return restOfHeader() >>> 16;
  }

  public int sequence() {
    return restOfHeader() & 0xFFFF;
  }

  public int dataOffset() {
    return offset + HEADER_LENGTH;
  }

  public int dataLength() {
    return length - HEADER_LENGTH;
  }

  /** True for the error types: destination unreachable, source quench, redirect, time exceeded,
   * parameter problem. */
  public static boolean isError(int type) {
    return type == 3 || type == 4 || type == 5 || type == 11 || type == 12;
  }

  /**
   * Writes the 8-byte header at {@code offset} and the checksum over it and the {@code
   * dataLength} bytes that follow it.
   */
  public static void write(int type, int code, int restOfHeader, byte[] buffer, int offset,
      int dataLength) {
    buffer[offset] = (byte) type;
    buffer[offset + 1] = (byte) code;
    buffer[offset + 2] = 0;
    buffer[offset + 3] = 0;
    buffer[offset + 4] = (byte) (restOfHeader >>> 24);
    buffer[offset + 5] = (byte) (restOfHeader >>> 16);
    buffer[offset + 6] = (byte) (restOfHeader >>> 8);
    buffer[offset + 7] = (byte) restOfHeader;
    int checksum = InternetChecksum.compute(buffer, offset, HEADER_LENGTH + dataLength);
    buffer[offset + 2] = (byte) (checksum >>> 8);
    buffer[offset + 3] = (byte) checksum;
  }
}

package dev.kiln.net.tcp;

import dev.kiln.api.net.InternetChecksum;
import dev.kiln.api.net.Ipv4;

/**
 * A reusable view of a TCP segment in a buffer (RFC 9293 3.1). {@link #wrap} checks the data
 * offset, the checksum over the IPv4 pseudo-header, and the options it understands: MSS (kind
 * 2), window scale (kind 3, RFC 7323) and SACK-permitted (kind 4); others are skipped by length.
 */
public final class TcpView {
  public static final int MIN_HEADER_LENGTH = 20;
  public static final int MAX_HEADER_LENGTH = 60;
  public static final int FIN = 0x01;
  public static final int SYN = 0x02;
  public static final int RST = 0x04;
  public static final int PSH = 0x08;
  public static final int ACK = 0x10;
  public static final int URG = 0x20;
  /** No such option in the segment. */
  public static final int ABSENT = -1;

  private byte[] buffer;
  private int offset;
  private int length;
  private int headerLength;
  private int mss;
  private int windowScale;
  private boolean sackPermitted;

  /** Views the segment sent from {@code source} to {@code destination} (int form). */
  public TcpView wrap(int source, int destination, byte[] buffer, int offset, int length)
      throws MalformedTcpException {
    if (offset < 0 || length < 0 || offset + length > buffer.length) {
      throw new MalformedTcpException("segment bounds outside the buffer");
    }
    if (length < MIN_HEADER_LENGTH) {
      throw new MalformedTcpException("TCP segment of " + length + " bytes");
    }
    int header = ((buffer[offset + 12] & 0xFF) >>> 4) * 4;
    if (header < MIN_HEADER_LENGTH || header > length) {
      throw new MalformedTcpException("data offset " + header + " with " + length
          + " bytes present");
    }
    if (checksum(source, destination, buffer, offset, length) != 0) {
      throw new MalformedTcpException("bad TCP checksum");
    }
    parseOptions(buffer, offset + MIN_HEADER_LENGTH, offset + header);
    this.buffer = buffer;
    this.offset = offset;
    this.length = length;
    this.headerLength = header;
    return this;
  }

  private void parseOptions(byte[] buffer, int position, int end) throws MalformedTcpException {
    mss = ABSENT;
    windowScale = ABSENT;
    sackPermitted = false;
    while (position < end) {
      int kind = buffer[position] & 0xFF;
      if (kind == 0) {
        return;
      }
      if (kind == 1) {
        position++;
        continue;
      }
      if (position + 1 >= end) {
        throw new MalformedTcpException("option " + kind + " without a length");
      }
      int size = buffer[position + 1] & 0xFF;
      if (size < 2 || position + size > end) {
        throw new MalformedTcpException("option " + kind + " of length " + size);
      }
      if (kind == 2) {
        if (size != 4) {
          throw new MalformedTcpException("MSS option of length " + size);
        }
        mss = u16(buffer, position + 2);
      } else if (kind == 3) {
        if (size != 3) {
          throw new MalformedTcpException("window scale option of length " + size);
        }
        // RFC 7323 2.3: a shift above 14 is used as 14.
        windowScale = Math.min(buffer[position + 2] & 0xFF, 14);
      } else if (kind == 4) {
        if (size != 2) {
          throw new MalformedTcpException("SACK-permitted option of length " + size);
        }
        sackPermitted = true;
      }
      position += size;
    }
  }

  public int sourcePort() {
    return u16(buffer, offset);
  }

  public int destinationPort() {
    return u16(buffer, offset + 2);
  }

  public int sequence() {
    return s32(buffer, offset + 4);
  }

  public int acknowledgment() {
    return s32(buffer, offset + 8);
  }

  /** The control bits: {@link #FIN}, {@link #SYN}, {@link #RST}, {@link #PSH}, ... */
  public int flags() {
    return buffer[offset + 13] & 0x3F;
  }

  public boolean has(int flag) {
    return (buffer[offset + 13] & flag) != 0;
  }

  /** The window field as sent, not yet scaled. */
  public int window() {
    return u16(buffer, offset + 14);
  }

  public int urgentPointer() {
    return u16(buffer, offset + 18);
  }

  public int headerLength() {
    return headerLength;
  }

  /** The MSS option's value, or {@link #ABSENT}. */
  public int mss() {
    return mss;
  }

  /** The window scale option's shift (at most 14), or {@link #ABSENT}. */
  public int windowScale() {
    return windowScale;
  }

  public boolean sackPermitted() {
    return sackPermitted;
  }

  public byte[] buffer() {
    return buffer;
  }

  public int payloadOffset() {
    return offset + headerLength;
  }

  public int payloadLength() {
    return length - headerLength;
  }

  /** The segment's length in sequence space: data plus one each for SYN and FIN. */
  public int sequenceLength() {
    return payloadLength() + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0);
  }

  /** The header length {@link #write} produces for these options. */
  public static int headerLength(int mss, int windowScale, boolean sackPermitted) {
    int options = (mss != ABSENT ? 4 : 0) + (windowScale != ABSENT ? 4 : 0)
        + (sackPermitted ? 4 : 0);
    return MIN_HEADER_LENGTH + options;
  }

  /**
   * Writes a header at {@code offset}, for {@code payloadLength} bytes already right after where
   * the header ends, with the options given (each {@link #ABSENT} or false to leave out) and the
   * checksum. Returns the header length.
   */
  public static int write(int source, int destination, int sourcePort, int destinationPort,
      int sequence, int acknowledgment, int flags, int window, int urgentPointer, int mss,
      int windowScale, boolean sackPermitted, byte[] buffer, int offset, int payloadLength) {
    int header = headerLength(mss, windowScale, sackPermitted);
    put16(buffer, offset, sourcePort);
    put16(buffer, offset + 2, destinationPort);
    put32(buffer, offset + 4, sequence);
    put32(buffer, offset + 8, acknowledgment);
    buffer[offset + 12] = (byte) ((header / 4) << 4);
    buffer[offset + 13] = (byte) (flags & 0x3F);
    put16(buffer, offset + 14, window);
    put16(buffer, offset + 16, 0);
    put16(buffer, offset + 18, urgentPointer);
    int position = offset + MIN_HEADER_LENGTH;
    if (mss != ABSENT) {
      buffer[position] = 2;
      buffer[position + 1] = 4;
      put16(buffer, position + 2, mss);
      position += 4;
    }
    if (windowScale != ABSENT) {
      buffer[position] = 1;
      buffer[position + 1] = 3;
      buffer[position + 2] = 3;
      buffer[position + 3] = (byte) windowScale;
      position += 4;
    }
    if (sackPermitted) {
      buffer[position] = 1;
      buffer[position + 1] = 1;
      buffer[position + 2] = 4;
      buffer[position + 3] = 2;
    }
    put16(buffer, offset + 16,
        checksum(source, destination, buffer, offset, header + payloadLength));
    return header;
  }

  private static int checksum(int source, int destination, byte[] buffer, int offset,
      int length) {
    int sum = InternetChecksum.pseudoHeader(source, destination, Ipv4.PROTOCOL_TCP, length);
    return InternetChecksum.finish(InternetChecksum.sum(sum, buffer, offset, length));
  }

  private static int u16(byte[] buffer, int offset) {
    return (buffer[offset] & 0xFF) << 8 | (buffer[offset + 1] & 0xFF);
  }

  private static int s32(byte[] buffer, int offset) {
    return u16(buffer, offset) << 16 | u16(buffer, offset + 2);
  }

  private static void put16(byte[] buffer, int offset, int value) {
    buffer[offset] = (byte) (value >>> 8);
    buffer[offset + 1] = (byte) value;
  }

  private static void put32(byte[] buffer, int offset, int value) {
    put16(buffer, offset, value >>> 16);
    put16(buffer, offset + 2, value);
  }
}

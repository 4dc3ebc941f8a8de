package dev.kiln.net.udp;

import dev.kiln.api.net.InternetChecksum;
import dev.kiln.api.net.Ipv4;

/**
 * A reusable view of a UDP datagram in a buffer. {@link #wrap} checks the length field against
 * the bytes present and, unless it is zero ("not computed"), the checksum over the IPv4
 * pseudo-header, the header and the data.
 */
public final class UdpView {
  public static final int HEADER_LENGTH = 8;

  private byte[] buffer;
  private int offset;

  /** Views the datagram sent from {@code source} to {@code destination} (int form). */
  public UdpView wrap(int source, int destination, byte[] buffer, int offset, int length)
      throws MalformedUdpException {
    if (offset < 0 || length < 0 || offset + length > buffer.length) {
      throw new MalformedUdpException("datagram bounds outside the buffer");
    }
    if (length < HEADER_LENGTH) {
      throw new MalformedUdpException("UDP datagram of " + length + " bytes");
    }
    int udpLength = u16(buffer, offset + 4);
    if (udpLength < HEADER_LENGTH || udpLength > length) {
      throw new MalformedUdpException("UDP length " + udpLength + " with " + length
          + " bytes present");
    }
    if (u16(buffer, offset + 6) != 0
        && checksum(source, destination, buffer, offset, udpLength) != 0) {
      throw new MalformedUdpException("bad UDP checksum");
    }
    this.buffer = buffer;
    this.offset = offset;
    return this;
  }

  public int sourcePort() {
    return u16(buffer, offset);
  }

  public int destinationPort() {
    return u16(buffer, offset + 2);
  }

  public int length() {
    return u16(buffer, offset + 4);
  }

  public int checksum() {
    return u16(buffer, offset + 6);
  }

  public int payloadOffset() {
    return offset + HEADER_LENGTH;
  }

  public int payloadLength() {
    return length() - HEADER_LENGTH;
  }

  /**
   * Writes the header at {@code offset}, for {@code payloadLength} bytes already after it, with
   * the checksum (0 computed is sent as 0xFFFF, RFC 768).
   */
  public static void write(int source, int destination, int sourcePort, int destinationPort,
      byte[] buffer, int offset, int payloadLength) {
    int length = HEADER_LENGTH + payloadLength;
    buffer[offset] = (byte) (sourcePort >>> 8);
    buffer[offset + 1] = (byte) sourcePort;
    buffer[offset + 2] = (byte) (destinationPort >>> 8);
    buffer[offset + 3] = (byte) destinationPort;
    buffer[offset + 4] = (byte) (length >>> 8);
    buffer[offset + 5] = (byte) length;
    buffer[offset + 6] = 0;
    buffer[offset + 7] = 0;
    int checksum = checksum(source, destination, buffer, offset, length);
    if (checksum == 0) {
      checksum = 0xFFFF;
    }
    buffer[offset + 6] = (byte) (checksum >>> 8);
    buffer[offset + 7] = (byte) checksum;
  }

  private static int checksum(int source, int destination, byte[] buffer, int offset,
      int length) {
    int sum = InternetChecksum.pseudoHeader(source, destination, Ipv4.PROTOCOL_UDP, length);
    return InternetChecksum.finish(InternetChecksum.sum(sum, buffer, offset, length));
  }

  private static int u16(byte[] buffer, int offset) {
    return (buffer[offset] & 0xFF) << 8 | (buffer[offset + 1] & 0xFF);
  }
}

package dev.kiln.net.ethernet;

import dev.kiln.api.net.MacAddress;

/** An Ethernet II header as a value; MACs in long form. */
public record EthernetHeader(long destination, long source, int etherType) {
  public EthernetHeader {
    if ((destination & ~MacAddress.BROADCAST_VALUE) != 0
        || (source & ~MacAddress.BROADCAST_VALUE) != 0) {
      throw new IllegalArgumentException("MAC address wider than 48 bits");
    }
    if (etherType < EthernetFrame.MIN_ETHERTYPE || etherType > 0xFFFF) {
      throw new IllegalArgumentException("EtherType out of range: " + etherType);
    }
  }

  public static EthernetHeader parse(byte[] buffer, int offset, int length)
      throws MalformedFrameException {
    EthernetFrame frame = new EthernetFrame().wrap(buffer, offset, length);
    return new EthernetHeader(frame.destination(), frame.source(), frame.etherType());
  }

  /** Writes the 14 header bytes at {@code offset}. */
  public void emit(byte[] buffer, int offset) {
    write(destination, source, etherType, buffer, offset);
  }

  /** Writes a header without making a value, for the send path. */
  public static void write(long destination, long source, int etherType, byte[] buffer,
      int offset) {
    MacAddress.write(destination, buffer, offset);
    MacAddress.write(source, buffer, offset + 6);
    buffer[offset + 12] = (byte) (etherType >>> 8);
    buffer[offset + 13] = (byte) etherType;
  }
}

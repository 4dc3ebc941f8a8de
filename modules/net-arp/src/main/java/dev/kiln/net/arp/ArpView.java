package dev.kiln.net.arp;

import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.MacAddress;

/**
 * A reusable view of an ARP packet for IPv4 over Ethernet (hardware type 1, protocol type 0x0800,
 * address lengths 6 and 4) in a buffer. {@link #wrap} checks it; the accessors read in place.
 */
public final class ArpView {
  public static final int LENGTH = 28;
  public static final int OPERATION_REQUEST = 1;
  public static final int OPERATION_REPLY = 2;

  private byte[] buffer;
  private int offset;

  public ArpView wrap(byte[] buffer, int offset, int length) throws MalformedArpException {
    if (offset < 0 || length < 0 || offset + length > buffer.length) {
      throw new MalformedArpException("packet bounds outside the buffer");
    }
    if (length < LENGTH) {
      throw new MalformedArpException("ARP packet of " + length + " bytes; IPv4 over Ethernet"
          + " needs " + LENGTH);
    }
    if (u16(buffer, offset) != 1 || u16(buffer, offset + 2) != 0x0800
        || buffer[offset + 4] != 6 || buffer[offset + 5] != 4) {
      throw new MalformedArpException("not ARP for IPv4 over Ethernet");
    }
    int operation = u16(buffer, offset + 6);
    if (operation != OPERATION_REQUEST && operation != OPERATION_REPLY) {
      throw new MalformedArpException("unknown ARP operation " + operation);
    }
    this.buffer = buffer;
    this.offset = offset;
    return this;
  }

  public int operation() {
    return u16(buffer, offset + 6);
  }

  public long senderMac() {
    return MacAddress.read(buffer, offset + 8);
  }

  public int senderIp() {
    return Ipv4Address.read(buffer, offset + 14);
  }

  public long targetMac() {
    return MacAddress.read(buffer, offset + 18);
  }

  public int targetIp() {
    return Ipv4Address.read(buffer, offset + 24);
  }

  /** Writes a whole packet at {@code offset}. */
  public static void write(int operation, long senderMac, int senderIp, long targetMac,
      int targetIp, byte[] buffer, int offset) {
    buffer[offset] = 0;
    buffer[offset + 1] = 1;
    buffer[offset + 2] = 0x08;
    buffer[offset + 3] = 0;
    buffer[offset + 4] = 6;
    buffer[offset + 5] = 4;
    buffer[offset + 6] = (byte) (operation >>> 8);
    buffer[offset + 7] = (byte) operation;
    MacAddress.write(senderMac, buffer, offset + 8);
    Ipv4Address.write(senderIp, buffer, offset + 14);
    MacAddress.write(targetMac, buffer, offset + 18);
    Ipv4Address.write(targetIp, buffer, offset + 24);
  }

  private static int u16(byte[] buffer, int offset) {
    return (buffer[offset] & 0xFF) << 8 | (buffer[offset + 1] & 0xFF);
  }
}

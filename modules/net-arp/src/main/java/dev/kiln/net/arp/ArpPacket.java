package dev.kiln.net.arp;

import dev.kiln.api.net.MacAddress;

/** An ARP packet for IPv4 over Ethernet as a value: MACs in long form, addresses in int form. */
public record ArpPacket(int operation, long senderMac, int senderIp, long targetMac,
    int targetIp) {
  public ArpPacket {
    if (operation != ArpView.OPERATION_REQUEST && operation != ArpView.OPERATION_REPLY) {
      throw new IllegalArgumentException("operation must be 1 or 2: " + operation);
    }
    if ((senderMac & ~MacAddress.BROADCAST_VALUE) != 0
        || (targetMac & ~MacAddress.BROADCAST_VALUE) != 0) {
      throw new IllegalArgumentException("MAC address wider than 48 bits");
    }
  }

  public static ArpPacket parse(byte[] buffer, int offset, int length)
      throws MalformedArpException {
    ArpView view = new ArpView().wrap(buffer, offset, length);
    return new ArpPacket(view.operation(), view.senderMac(), view.senderIp(), view.targetMac(),
        view.targetIp());
  }

  /** Writes the {@value ArpView#LENGTH} bytes at {@code offset}. */
  public void emit(byte[] buffer, int offset) {
    ArpView.write(operation, senderMac, senderIp, targetMac, targetIp, buffer, offset);
  }
}

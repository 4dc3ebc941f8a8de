package dev.kiln.api.net;

import dev.kiln.annotations.Capability;

/**
 * ICMP for IPv4 (RFC 792): answers echo requests, sends echo requests and destination
 * unreachable messages, and reports echo traffic to listeners.
 */
@Capability(doc = "ICMP: echo reply and request, destination unreachable.")
public interface Icmp {
  int CODE_PROTOCOL_UNREACHABLE = 2;
  int CODE_PORT_UNREACHABLE = 3;

  /** Called after an echo request has been answered (reply sent or not). */
  void onEchoRequest(EchoListener listener);

  /** Called for each echo reply received. */
  void onEchoReply(EchoListener listener);

  /**
   * Sends an echo request carrying {@code dataLength} bytes at {@code dataOffset}, which must
   * have {@link Ipv4#HEADROOM} + 8 bytes free in front. Returns false if it was dropped.
   */
  boolean sendEchoRequest(int destination, int identifier, int sequence, byte[] buffer,
      int dataOffset, int dataLength);

  /**
   * Reports the datagram whose IPv4 header is at {@code headerOffset} as undeliverable with the
   * given code, quoting its header and first 8 payload bytes. Never answers a broadcast or an
   * ICMP error. Returns false if nothing was sent.
   */
  boolean sendDestinationUnreachable(int code, byte[] buffer, int headerOffset, int length);

  /** Echo traffic. */
  interface EchoListener {
    void echo(int peer, int identifier, int sequence, byte[] buffer, int dataOffset,
        int dataLength);
  }
}

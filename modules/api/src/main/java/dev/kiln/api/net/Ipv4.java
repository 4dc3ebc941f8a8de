package dev.kiln.api.net;

import dev.kiln.annotations.Capability;

/**
 * IPv4 (RFC 791) for a host: one address on one interface, a default gateway, and reassembly of
 * fragmented datagrams. Delivers datagrams addressed to it by protocol number.
 */
@Capability(doc = "IPv4 host: addressing, header checksum, routing via a gateway, reassembly.")
public interface Ipv4 {
  /** Bytes a sender leaves free in front of its payload: Ethernet and IPv4 headers. */
  int HEADROOM = Ethernet.HEADROOM + 20;
  int PROTOCOL_ICMP = 1;
  int PROTOCOL_TCP = 6;
  int PROTOCOL_UDP = 17;

  /** This interface's address and network. */
  Ipv4Cidr address();

  /** The default gateway (int form), or 0 for none. */
  int gateway();

  /** The largest payload a datagram sent without fragmentation carries. */
  int maxPayload();

  /** Sets the one listener for a protocol number, replacing any earlier one. */
  void onProtocol(int protocol, Listener listener);

  /**
   * Sets the listener for datagrams addressed here whose protocol has no listener (ICMP uses it
   * to answer "protocol unreachable").
   */
  void onUnhandled(Listener listener);

  /**
   * Sends {@code payloadLength} bytes at {@code payloadOffset} to {@code destination}, writing
   * the headers into the {@link #HEADROOM} bytes in front. Returns false if the datagram was
   * dropped: no route, too long, or the layers below could not take it.
   */
  boolean send(int destination, int protocol, byte[] buffer, int payloadOffset,
      int payloadLength);

  /** Receives datagrams. */
  interface Listener {
    /**
     * One datagram, whole. The IPv4 header is at {@code headerOffset} (with {@link
     * Ethernet#HEADROOM} free in front of it), the payload at {@code payloadOffset}. The buffer
     * is reused after the call; a listener may overwrite it to build a reply in place.
     */
    void datagram(int source, int destination, int protocol, byte[] buffer, int headerOffset,
        int payloadOffset, int payloadLength);
  }
}

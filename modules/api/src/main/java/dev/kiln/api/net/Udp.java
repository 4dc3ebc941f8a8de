package dev.kiln.api.net;

import dev.kiln.annotations.Capability;

/** UDP (RFC 768): datagrams to and from bound ports, checksummed. */
@Capability(doc = "UDP: bound ports, checksummed datagrams, port unreachable.")
public interface Udp {
  /** Bytes a sender leaves free in front of its payload: Ethernet, IPv4 and UDP headers. */
  int HEADROOM = Ipv4.HEADROOM + 8;

  /**
   * Delivers datagrams for {@code port} to the listener.
   *
   * @throws IllegalStateException if the port is bound already or too many ports are bound
   */
  void bind(int port, Listener listener);

  void unbind(int port);

  /**
   * Sends {@code payloadLength} bytes at {@code payloadOffset} (with {@link #HEADROOM} free in
   * front). Returns false if the datagram was dropped.
   */
  boolean send(int sourcePort, int destination, int destinationPort, byte[] buffer,
      int payloadOffset, int payloadLength);

  /** Receives datagrams for a bound port. */
  interface Listener {
    /** One datagram; the buffer is reused after the call. */
    void datagram(int source, int sourcePort, int destinationPort, byte[] buffer,
        int payloadOffset, int payloadLength);
  }
}

package dev.kiln.api.net;

import dev.kiln.annotations.Capability;

/**
 * Ethernet II framing on one device: frames addressed to this interface or to broadcast are
 * handed to the listener of their EtherType; sending writes the header in front of the payload.
 */
@Capability(doc = "Ethernet II framing: MAC filtering, broadcast, dispatch by EtherType.")
public interface Ethernet {
  /** Bytes a sender leaves free in front of the payload for the Ethernet header. */
  int HEADROOM = 14;
  int ETHERTYPE_IPV4 = 0x0800;
  int ETHERTYPE_ARP = 0x0806;

  /** This interface's MAC address, long form (see {@link MacAddress}). */
  long mac();

  /** The largest payload of a frame. */
  int mtu();

  /** Sets the one listener for frames of an EtherType, replacing any earlier one. */
  void onFrame(int etherType, Listener listener);

  /**
   * Sends {@code payloadLength} bytes at {@code payloadOffset} as one frame, writing the header
   * into the {@link #HEADROOM} bytes in front. Returns false if the device dropped it.
   *
   * @throws IllegalArgumentException if the payload exceeds the MTU or there is no headroom
   */
  boolean send(long destinationMac, int etherType, byte[] buffer, int payloadOffset,
      int payloadLength);

  /** Receives frames of one EtherType. */
  interface Listener {
    /**
     * One frame's payload. The buffer belongs to the caller and is reused after the call; the
     * {@link #HEADROOM} bytes in front of {@code payloadOffset} hold the received header and may
     * be overwritten, so a reply can be built in place.
     */
    void frame(long sourceMac, long destinationMac, byte[] buffer, int payloadOffset,
        int payloadLength);
  }
}

package dev.kiln.api.net;

/**
 * One network device moving whole Ethernet frames (destination MAC to payload, no frame check
 * sequence). Non-blocking: {@link #send} and {@link #receive} never wait.
 */
public interface NetDevice {
  /** The Ethernet header's length, which frames carry in addition to the MTU. */
  int ETHERNET_HEADER_LENGTH = 14;

  String name();

  /** The device's MAC address, a fresh 6-byte array. */
  byte[] mac();

  /** The largest payload a frame carries, not counting the Ethernet header. */
  int mtu();

  /**
   * Sends one frame. Returns false if the device cannot take it now (the frame is dropped, as a
   * busy link would).
   *
   * @throws IllegalArgumentException if {@code len} exceeds {@code mtu() + 14}
   */
  boolean send(byte[] frame, int off, int len);

  /**
   * Copies the next waiting frame to {@code buffer} at {@code off} and returns its length, or -1
   * when none waits. The buffer must have room for {@code mtu() + 14} bytes from {@code off}.
   */
  int receive(byte[] buffer, int off);

  /**
   * Registers the one handler the event loop runs when frames may be waiting; the handler should
   * {@link #receive} until it returns -1.
   */
  void onReadable(Runnable handler);
}

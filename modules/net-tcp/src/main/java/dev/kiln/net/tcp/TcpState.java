package dev.kiln.net.tcp;

/** The connection states of RFC 9293 3.3.2. */
public enum TcpState {
  CLOSED,
  LISTEN,
  SYN_SENT,
  SYN_RECEIVED,
  ESTABLISHED,
  FIN_WAIT_1,
  FIN_WAIT_2,
  CLOSE_WAIT,
  CLOSING,
  LAST_ACK,
  TIME_WAIT;

  /** States after the handshake: both sequence numbers are known. */
  public boolean isSynchronized() {
    return ordinal() >= ESTABLISHED.ordinal();
  }

  /** States in which received data is accepted for the application (RFC 9293 3.10.7.4). */
  boolean receivesData() {
    return this == ESTABLISHED || this == FIN_WAIT_1 || this == FIN_WAIT_2;
  }

  /** States in which this side may still send data. */
  boolean sendsData() {
    return this == ESTABLISHED || this == CLOSE_WAIT;
  }
}

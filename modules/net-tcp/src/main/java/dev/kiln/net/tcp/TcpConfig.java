package dev.kiln.net.tcp;

/**
 * Tunables of the TCP layer. Times in nanoseconds.
 *
 * @param sendBuffer bytes a connection's send buffer holds
 * @param receiveBuffer bytes a connection's receive buffer holds; the window advertised
 * @param mslNanos maximum segment lifetime; TIME-WAIT lasts twice this (RFC 9293 3.4.2)
 * @param minRtoNanos lower bound of the retransmission timeout (RFC 6298 2.4: 1 s)
 * @param maxRtoNanos upper bound of the retransmission timeout after backoff
 * @param maxRetransmissions retransmissions of one segment before the connection times out
 * @param maxConnections connections (any state but LISTEN) at once
 */
public record TcpConfig(int sendBuffer, int receiveBuffer, long mslNanos, long minRtoNanos,
    long maxRtoNanos, int maxRetransmissions, int maxConnections) {
  public static final long SECOND = 1_000_000_000L;
  public static final TcpConfig DEFAULT =
      new TcpConfig(128 * 1024, 128 * 1024, 30 * SECOND, SECOND, 60 * SECOND, 12, 256);

  public TcpConfig {
    if (sendBuffer < 1 || receiveBuffer < 1 || receiveBuffer > (0xFFFF << 14)) {
      throw new IllegalArgumentException("buffer sizes out of range");
    }
    if (mslNanos < 0 || minRtoNanos <= 0 || maxRtoNanos < minRtoNanos) {
      throw new IllegalArgumentException("bad timer bounds");
    }
    if (maxRetransmissions < 1 || maxConnections < 1) {
      throw new IllegalArgumentException("need at least one retransmission and connection");
    }
  }

  public TcpConfig withMsl(long nanos) {
    return new TcpConfig(sendBuffer, receiveBuffer, nanos, minRtoNanos, maxRtoNanos,
        maxRetransmissions, maxConnections);
  }

  public TcpConfig withBuffers(int send, int receive) {
    return new TcpConfig(send, receive, mslNanos, minRtoNanos, maxRtoNanos, maxRetransmissions,
        maxConnections);
  }

  public TcpConfig withMinRto(long nanos) {
    return new TcpConfig(sendBuffer, receiveBuffer, mslNanos, nanos, maxRtoNanos,
        maxRetransmissions, maxConnections);
  }
}

package dev.kiln.api.net;

/**
 * One TCP connection. Bytes written go into a send buffer the stack drains as the peer's window
 * and congestion control allow; bytes received wait in a receive buffer until {@link #read}, and
 * the window advertised to the peer is that buffer's free space, so a slow reader slows the
 * sender.
 */
public interface TcpConnection {
  int localPort();

  /** The peer's address, int form. */
  int remoteAddress();

  int remotePort();

  /**
   * Copies up to {@code len} bytes into the send buffer and returns how many it took: fewer than
   * {@code len} (maybe 0) when the buffer is full, in which case {@link Handler#onWritable}
   * follows once it drains. Returns -1 once output is shut down or the connection is closed.
   */
  int write(byte[] buffer, int off, int len);

  /** Free space in the send buffer; 0 once output is shut down or the connection closed. */
  int writableBytes();

  /**
   * Moves up to {@code len} received bytes into {@code buffer}. Returns the count, 0 if none
   * wait, or -1 at the end of the stream (the peer sent FIN and everything before it was read,
   * or the connection is closed).
   */
  int read(byte[] buffer, int off, int len);

  /** Received bytes waiting to be read. */
  int readableBytes();

  /** Sends FIN after the bytes already written (half-close); reading goes on. */
  void shutdownOutput();

  /**
   * Graceful close: output is shut down as by {@link #shutdownOutput}, and bytes that arrive
   * afterwards are acknowledged and discarded. {@link Handler#onClosed} follows when both sides
   * are done.
   */
  void close();

  /** Abortive close: sends RST, drops both buffers, and reports {@link CloseReason#ABORTED}. */
  void abort();

  /** True disables Nagle's algorithm (RFC 1122 4.2.3.4): small segments go out at once. */
  void setNoDelay(boolean noDelay);

  /**
   * Keepalive (RFC 1122 4.2.3.6): after {@code idleNanos} without traffic, probe every {@code
   * intervalNanos}; after {@code probes} unanswered probes the connection closes with {@link
   * CloseReason#TIMED_OUT}. {@code idleNanos} 0 turns keepalive off (the default).
   */
  void setKeepAlive(long idleNanos, long intervalNanos, int probes);

  /** Why a connection ended. */
  enum CloseReason {
    /** Both sides closed gracefully. */
    CLOSED,
    /** The peer reset the connection. */
    RESET,
    /** The peer refused the connection (RST in answer to our SYN). */
    REFUSED,
    /** Retransmissions or keepalive probes went unanswered. */
    TIMED_OUT,
    /** This side called {@link TcpConnection#abort}. */
    ABORTED
  }

  /** Events of one connection, run on the event loop. All have empty defaults. */
  interface Handler {
    /** An active open finished its handshake. */
    default void onConnected(TcpConnection connection) {}

    /** Bytes (or the end of the stream) are waiting for {@link TcpConnection#read}. */
    default void onReadable(TcpConnection connection) {}

    /** The send buffer drained after a write found it full. */
    default void onWritable(TcpConnection connection) {}

    /** The connection ended; no further events follow. */
    default void onClosed(TcpConnection connection, CloseReason reason) {}
  }
}

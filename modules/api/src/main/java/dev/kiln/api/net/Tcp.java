package dev.kiln.api.net;

import dev.kiln.annotations.Capability;

/**
 * TCP (RFC 9293): reliable byte streams, non-blocking and driven by the event loop. Handlers run
 * as tasks of the loop; no call here blocks.
 */
@Capability(doc = "TCP: listen, connect, byte streams with backpressure, graceful and abortive close.")
public interface Tcp {
  /**
   * Accepts connections to {@code port}. At most {@code backlog} connections wait half-open
   * (SYN received, handshake not finished); SYNs beyond that are dropped. Each connection that
   * completes its handshake is handed to the accept handler, which returns its handler.
   *
   * @throws IllegalStateException if the port is listened on already
   */
  void listen(int port, int backlog, AcceptHandler handler);

  /** Stops accepting on {@code port}; connections already accepted stay open. */
  void unlisten(int port);

  /**
   * Opens a connection to {@code destination} (int form) {@code port} from an ephemeral local
   * port. Returns at once; {@link TcpConnection.Handler#onConnected} or {@link
   * TcpConnection.Handler#onClosed} follows.
   *
   * @throws IllegalStateException if no connection slot or ephemeral port is free
   */
  TcpConnection connect(int destination, int port, TcpConnection.Handler handler);

  /** Receives connections that finished their handshake on a listening port. */
  interface AcceptHandler {
    /** Returns the handler for the new, established connection. */
    TcpConnection.Handler accept(TcpConnection connection);
  }
}

package dev.kiln.api.http;

import dev.kiln.annotations.Capability;

/**
 * An HTTP/1.1 server (RFC 9110, RFC 9112) on the image's {@link dev.kiln.api.net.Tcp}: persistent
 * connections, pipelining, chunked and fixed-length bodies, HEAD, conditional GET, and bounded
 * resources (request limits, timeouts, a connection limit). Handlers run on the event loop, one
 * request at a time per connection, and must not block.
 */
@Capability(doc = "HTTP/1.1 server: keep-alive, pipelining, chunked bodies, HEAD, conditional GET, "
    + "request limits and timeouts, routing, an access log.")
public interface Http {
  /**
   * Serves {@code handler} on the port of the {@code http.port} configuration key.
   *
   * @throws IllegalStateException if that port is served or listened on already
   */
  void serve(HttpHandler handler);

  /**
   * Serves {@code handler} on {@code port}. A server may serve several ports; they share the
   * connection limit.
   *
   * @throws IllegalStateException if the port is served or listened on already
   */
  void serve(int port, HttpHandler handler);

  /**
   * Stops accepting connections on {@code port}; connections already open finish the request they
   * are answering and are then closed.
   */
  void stop(int port);
}

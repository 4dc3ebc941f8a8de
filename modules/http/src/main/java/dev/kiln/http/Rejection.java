package dev.kiln.http;

import dev.kiln.api.Timer;
import dev.kiln.api.net.TcpConnection;

/**
 * A connection beyond the connection limit: it gets a fixed 503 response and a graceful close at
 * once, without reading the request, and is aborted if it has not closed by the header timeout.
 */
final class Rejection implements TcpConnection.Handler {
  private static final byte[] RESPONSE = ("HTTP/1.1 503 Service Unavailable\r\n"
      + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 20\r\n"
      + "Connection: close\r\nRetry-After: 1\r\n\r\nService Unavailable\n").getBytes(
          java.nio.charset.StandardCharsets.US_ASCII);

  private final HttpServer server;
  private final Timer linger;
  private boolean closed;

  Rejection(HttpServer server, TcpConnection connection) {
    this.server = server;
    server.rejectionStarted();
    linger = server.loop().after(server.config().headerTimeoutNanos(), connection::abort);
    if (connection.write(RESPONSE, 0, RESPONSE.length) != RESPONSE.length) {
      connection.abort();
    } else {
      connection.close();
    }
    if (server.config().accessLog()) {
      server.console().println(AccessLog.rejection(connection));
    }
  }

  @Override
  public void onClosed(TcpConnection connection, TcpConnection.CloseReason reason) {
    if (!closed) {
      closed = true;
      linger.cancel();
      server.rejectionEnded();
    }
  }
}

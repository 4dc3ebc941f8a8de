package dev.kiln.http;

import dev.kiln.api.http.HttpHandler;
import dev.kiln.net.testing.ManualEventLoop;

/** An {@link HttpServer} on port 80 of a {@link MemoryTcp}, driven by a {@link ManualEventLoop}. */
final class ServerFixture {
  static final long SECOND = 1_000_000_000L;
  /** The Date field at the manual clock's start. */
  static final String DATE = "Date: Thu, 01 Jan 1970 00:00:01 GMT\r\n";

  final ManualEventLoop loop = new ManualEventLoop();
  final MemoryTcp tcp = new MemoryTcp(loop);
  final RecordingConsole console = new RecordingConsole();
  final HttpServer server;

  ServerFixture(HttpConfig config, HttpHandler handler) {
    server = new HttpServer(tcp, loop, loop, console, 80, config);
    server.serve(handler);
  }

  ServerFixture(HttpHandler handler) {
    this(HttpConfig.DEFAULT, handler);
  }

  MemoryConnection connect() {
    MemoryConnection connection = tcp.connect(80);
    loop.runDue();
    return connection;
  }

  /** Sends the bytes, runs what is due, and returns what the server sent back. */
  String exchange(MemoryConnection connection, String request) {
    connection.send(request);
    loop.runDue();
    return connection.takeText();
  }

  /** Finishes the client side once the server has, then lets everything settle. */
  void settle(MemoryConnection connection) {
    loop.runDue();
    connection.take();
    if (connection.serverFinished()) {
      connection.clientClose();
    }
    loop.runDue();
  }
}

package dev.kiln.api.http;

/**
 * Answers one request. Called on the event loop with a request whose head (and whole body) has
 * arrived; it must answer through exactly one of the {@code send}/{@code stream} methods of the
 * response before it returns. If it throws before answering, the client gets 500 Internal Server
 * Error; if it returns without answering, the same.
 *
 * <p>The request and response objects are reused for the next request on the connection: keep
 * neither after returning.
 */
@FunctionalInterface
public interface HttpHandler {
  void handle(HttpRequest request, HttpResponse response) throws Exception;
}

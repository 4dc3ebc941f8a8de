package dev.kiln.api.http;

/**
 * How a {@link HttpHandler} answers. Set the status and header fields first, then call exactly one
 * of the {@code send} or {@code stream} methods, which commits the response; the server adds
 * {@code Content-Length} or {@code Transfer-Encoding}, {@code Date} and {@code Connection}.
 *
 * <p>For HEAD requests the server sends the header fields of the same response without the body.
 * If the response is 200 and has an {@code ETag} field that matches the request's {@code
 * If-None-Match} (RFC 9110 13.1.2), the server answers 304 Not Modified without the body instead,
 * so a handler gets conditional GET by setting {@code ETag}.
 */
public interface HttpResponse {
  /** Sets the status code, 200 unless set; 200 to 599. */
  HttpResponse status(int code);

  /**
   * Adds a header field. The name must be a token (RFC 9110 5.1) and the value visible ASCII,
   * spaces and tabs; {@code Content-Length}, {@code Transfer-Encoding} and {@code Connection} are
   * the server's (call {@link #closeConnection()} instead of {@code Connection: close}).
   *
   * @throws IllegalArgumentException for a bad or reserved name or a bad value
   * @throws IllegalStateException after the response was committed, or beyond {@link
   *     #MAX_HEADERS} fields
   */
  HttpResponse header(String name, String value);

  /** Shorthand for {@code header("Content-Type", type)}. */
  default HttpResponse contentType(String type) {
    return header("Content-Type", type);
  }

  /** Closes the connection once this response has been sent. */
  HttpResponse closeConnection();

  /**
   * Sends {@code length} bytes of {@code body} from {@code offset} with a {@code Content-Length}.
   * The bytes are not copied: they must not change until the connection has sent them.
   */
  void send(byte[] body, int offset, int length);

  /** Sends all of {@code body}; see {@link #send(byte[], int, int)}. */
  default void send(byte[] body) {
    send(body, 0, body.length);
  }

  /**
   * Sends {@code text} as UTF-8, with {@code Content-Type: text/plain; charset=utf-8} unless a
   * content type was set.
   */
  void send(String text);

  /** Sends the status and header fields with an empty body. */
  void sendEmpty();

  /**
   * Sends a body of exactly {@code length} bytes pulled from {@code source} with a {@code
   * Content-Length}; if the source ends early, the connection is aborted.
   */
  void send(BodySource source, long length);

  /**
   * Sends a body of unknown length pulled from {@code source} with chunked transfer coding (to
   * HTTP/1.0 clients: delimited by closing the connection).
   */
  void stream(BodySource source);

  /** True once one of the {@code send}/{@code stream} methods was called. */
  boolean committed();

  /** Header fields a response can carry. */
  int MAX_HEADERS = 32;
}

package dev.kiln.api.http;

/**
 * The request a {@link HttpHandler} answers: a view over the connection's receive buffers, valid
 * only during {@link HttpHandler#handle}. Methods returning {@code String} create it on each call;
 * the {@code boolean} and {@code int} methods read the buffers in place and allocate nothing.
 */
public interface HttpRequest {
  HttpMethod method();

  /**
   * The path of the request target, as sent (percent-encoded, not normalized), without the query:
   * {@code /a/b.html} for {@code GET /a/b.html?x=1}. Absolute-form targets ({@code
   * http://host/a}) give their path; {@code *} (OPTIONS) gives {@code *}.
   */
  String path();

  /** True if {@link #path()} equals {@code path}, compared in place. */
  boolean pathEquals(CharSequence path);

  /** True if {@link #path()} starts with {@code prefix}, compared in place. */
  boolean pathStartsWith(CharSequence prefix);

  /** The query after {@code ?} without the {@code ?}, or the empty string if there is none. */
  String query();

  /** 0 for HTTP/1.0, 1 for HTTP/1.1. */
  int minorVersion();

  /** Number of header fields, in the order received (trailers of chunked bodies excluded). */
  int headerCount();

  /** The name of header field {@code index}, as sent. */
  String headerName(int index);

  /** The value of header field {@code index}, without surrounding whitespace. */
  String headerValue(int index);

  /** The value of the first header field named {@code name} (case-insensitive), or null. */
  String header(String name);

  /** True if a header field named {@code name} (case-insensitive) was sent. */
  boolean hasHeader(String name);

  /** The length of the body, decoded from chunked transfer coding if it was sent so; 0 if none. */
  int bodyLength();

  /**
   * The buffer holding the body at {@link #bodyOffset()}, {@link #bodyLength()} bytes long. Read
   * it, do not change it, and do not keep it: the connection reuses it.
   */
  byte[] bodyBuffer();

  int bodyOffset();

  /** The body decoded as UTF-8. */
  String bodyText();

  /** The client's IPv4 address, int form (see {@link dev.kiln.api.net.Ipv4Address}). */
  int remoteAddress();

  int remotePort();
}

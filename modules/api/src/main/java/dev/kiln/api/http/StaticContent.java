package dev.kiln.api.http;

/**
 * A handler serving one fixed body with a content type and an entity tag: GET sends it (or 304
 * Not Modified when the client's {@code If-None-Match} matches the tag), HEAD sends its header
 * fields, any other method gets 405 with {@code Allow: GET, HEAD}. The bytes are not copied.
 */
public final class StaticContent implements HttpHandler {
  private final byte[] body;
  private final int offset;
  private final int length;
  private final String contentType;
  private final String etag;
  private final String cacheControl;

  /**
   * @param etag an entity tag, quoted ({@code "abc"} or {@code W/"abc"}) or bare ({@code abc},
   *     which becomes the strong tag {@code "abc"}); null for none
   * @param cacheControl a {@code Cache-Control} value, or null for none
   */
  public StaticContent(byte[] body, int offset, int length, String contentType, String etag,
      String cacheControl) {
    if (offset < 0 || length < 0 || offset > body.length - length) {
      throw new IndexOutOfBoundsException("range " + offset + "+" + length + " of " + body.length);
    }
    this.body = body;
    this.offset = offset;
    this.length = length;
    this.contentType = contentType;
    this.etag = etag == null ? null : quoted(etag);
    this.cacheControl = cacheControl;
  }

  public StaticContent(byte[] body, String contentType, String etag) {
    this(body, 0, body.length, contentType, etag, null);
  }

  @Override
  public void handle(HttpRequest request, HttpResponse response) {
    HttpMethod method = request.method();
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      response.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "GET, HEAD")
          .send(HttpStatus.reason(HttpStatus.METHOD_NOT_ALLOWED) + "\n");
      return;
    }
    if (contentType != null) {
      response.header("Content-Type", contentType);
    }
    if (etag != null) {
      response.header("ETag", etag);
    }
    if (cacheControl != null) {
      response.header("Cache-Control", cacheControl);
    }
    response.send(body, offset, length);
  }

  /** The entity tag as sent in {@code ETag}, or null. */
  public String etag() {
    return etag;
  }

  private static String quoted(String tag) {
    if (tag.startsWith("\"") || tag.startsWith("W/\"")) {
      if (!tag.endsWith("\"") || tag.length() < (tag.startsWith("W/") ? 4 : 2)) {
        throw new IllegalArgumentException("malformed entity tag: " + tag);
      }
      check(tag.substring(tag.indexOf('"') + 1, tag.length() - 1), tag);
      return tag;
    }
    check(tag, tag);
    return "\"" + tag + "\"";
  }

  /** etagc = %x21 / %x23-7E / obs-text (RFC 9110 8.8.3). */
  private static void check(String inner, String tag) {
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '"' || c < 0x21 || c == 0x7F || c > 0xFF) {
        throw new IllegalArgumentException("malformed entity tag: " + tag);
      }
    }
  }
}

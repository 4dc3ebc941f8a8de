package dev.kiln.examples.staticwebsite;

import dev.kiln.api.http.BodySource;
import dev.kiln.api.http.HttpHandler;
import dev.kiln.api.http.HttpMethod;
import dev.kiln.api.http.HttpRequest;
import dev.kiln.api.http.HttpResponse;
import dev.kiln.api.http.HttpStatus;
import dev.kiln.api.kv.KvRo;

/**
 * Serves the files embedded in {@link KvRo}: the request path without its leading {@code /} is
 * the key, and a path ending in {@code /} means that folder's {@code index.html}. A found file is
 * sent with the Content-Type and ETag computed when the image was built (the HTTP server turns a
 * matching If-None-Match into 304 and a HEAD into the header fields alone); anything else is 404,
 * and methods other than GET and HEAD are 405.
 */
final class AssetHandler implements HttpHandler {
  static final String INDEX = "index.html";

  private final KvRo files;

  AssetHandler(KvRo files) {
    this.files = files;
  }

  @Override
  public void handle(HttpRequest request, HttpResponse response) {
    HttpMethod method = request.method();
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      response.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "GET, HEAD")
          .send("Method Not Allowed\n");
      return;
    }
    String key = keyOf(request.path());
    KvRo.Entry file = key == null ? null : files.get(key);
    if (file == null) {
      response.status(HttpStatus.NOT_FOUND).send("Not Found\n");
      return;
    }
    response.contentType(file.mimeType()).header("ETag", file.etag());
    response.send(new EntryBody(file), file.size());
  }

  /**
   * The key a request path names, or null if it names none: {@code /} and {@code /docs/} are
   * {@code index.html} and {@code docs/index.html}. Paths are looked up as sent; keys hold only
   * characters a path carries unescaped, so a percent-encoded path finds nothing.
   */
  static String keyOf(String path) {
    if (path.isEmpty() || path.charAt(0) != '/') {
      return null; // "*" of OPTIONS
    }
    String key = path.substring(1);
    return key.isEmpty() || key.endsWith("/") ? key + INDEX : key;
  }

  /** A file's content pulled by the server as the connection drains; nothing is copied first. */
  private static final class EntryBody implements BodySource {
    private final KvRo.Entry file;
    private int position;

    EntryBody(KvRo.Entry file) {
      this.file = file;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int count = file.read(position, buffer, offset, length);
      if (count > 0) {
        position += count;
      }
      return count;
    }
  }
}

package dev.kiln.examples.kv;

import dev.kiln.api.Console;
import dev.kiln.api.http.HttpHandler;
import dev.kiln.api.http.HttpMethod;
import dev.kiln.api.http.HttpRequest;
import dev.kiln.api.http.HttpResponse;
import dev.kiln.api.http.HttpStatus;
import dev.kiln.api.kv.KvStore;
import dev.kiln.api.kv.KvStoreCorruptedException;
import dev.kiln.api.kv.KvStoreException;
import dev.kiln.api.kv.KvStoreFullException;
import java.util.Arrays;
import java.util.List;

/**
 * Maps HTTP requests under {@value #PREFIX} onto a {@link KvStore}. The rest of the path, {@code
 * KEY}, is the key percent-encoded ({@link KeyPaths}):
 *
 * <ul>
 *   <li>{@code GET /kv/KEY}: 200 with the value ({@code application/octet-stream}), or 404.
 *   <li>{@code PUT /kv/KEY} with the value as the body: 201 if the key was new, 204 if its value
 *       was replaced; sent once the write is durable.
 *   <li>{@code DELETE /kv/KEY}: 204, or 404 if the key had no value.
 *   <li>{@code GET /kv/} (optionally {@code ?prefix=P}): the keys, sorted, one per line,
 *       percent-encoded so that each line after {@code /kv/} addresses its value.
 * </ul>
 *
 * <p>Errors: a malformed or too long key is 400, a value over {@link KvStore#MAX_VALUE_BYTES} is
 * 413, a full store is 507 Insufficient Storage, stored data failing its checksum (never sent)
 * and any other store failure are 500. Error bodies are one line of text saying why; store
 * failures are also printed on the console.
 */
final class KvHandler implements HttpHandler {
  /** The path under which keys live. */
  static final String PREFIX = "/kv/";

  /** RFC 4918 11.5: the server cannot store what the request needs it to. */
  static final int INSUFFICIENT_STORAGE = 507;

  private static final String VALUE_TYPE = "application/octet-stream";
  private static final String PREFIX_PARAMETER = "prefix=";

  private final KvStore store;
  private final Console console;

  KvHandler(KvStore store, Console console) {
    this.store = store;
    this.console = console;
  }

  @Override
  public void handle(HttpRequest request, HttpResponse response) {
    String path = request.path();
    HttpMethod method = request.method();
    try {
      String key = KeyPaths.decode(path.substring(PREFIX.length()));
      if (key.isEmpty()) {
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
          list(request, response);
        } else {
          response.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "GET, HEAD")
              .send(PREFIX + " lists the keys; " + method + " needs a key: " + PREFIX + "KEY\n");
        }
        return;
      }
      switch (method) {
        case PUT:
          put(key, request, response);
          break;
        case DELETE:
          delete(key, response);
          break;
        default:
          get(key, response);
          break;
      }
    } catch (IllegalArgumentException e) {
      response.status(HttpStatus.BAD_REQUEST).send(e.getMessage() + "\n");
    } catch (KvStoreFullException e) {
      failed(method, path, e);
      response.status(INSUFFICIENT_STORAGE).send(e.getMessage() + "\n");
    } catch (KvStoreCorruptedException e) {
      failed(method, path, e);
      response.status(HttpStatus.INTERNAL_SERVER_ERROR)
          .send("the stored value is damaged: " + e.getMessage() + "\n");
    } catch (KvStoreException e) {
      failed(method, path, e);
      response.status(HttpStatus.INTERNAL_SERVER_ERROR).send(e.getMessage() + "\n");
    }
  }

  private void get(String key, HttpResponse response) {
    byte[] value = store.get(key);
    if (value == null) {
      response.status(HttpStatus.NOT_FOUND).send("no value for that key\n");
      return;
    }
    response.status(HttpStatus.OK).contentType(VALUE_TYPE).send(value);
  }

  private void put(String key, HttpRequest request, HttpResponse response) {
    int length = request.bodyLength();
    if (length > KvStore.MAX_VALUE_BYTES) {
      response.status(HttpStatus.CONTENT_TOO_LARGE).send("a value holds at most "
          + KvStore.MAX_VALUE_BYTES + " bytes; this one has " + length + "\n");
      return;
    }
    int offset = request.bodyOffset();
    byte[] value = Arrays.copyOfRange(request.bodyBuffer(), offset, offset + length);
    boolean replacing = store.exists(key);
    store.put(key, value);
    response.status(replacing ? HttpStatus.NO_CONTENT : HttpStatus.CREATED).sendEmpty();
  }

  private void delete(String key, HttpResponse response) {
    if (store.delete(key)) {
      response.status(HttpStatus.NO_CONTENT).sendEmpty();
    } else {
      response.status(HttpStatus.NOT_FOUND).send("no value for that key\n");
    }
  }

  private void list(HttpRequest request, HttpResponse response) {
    String query = request.query();
    String prefix = "";
    if (query.startsWith(PREFIX_PARAMETER)) {
      prefix = KeyPaths.decode(query.substring(PREFIX_PARAMETER.length()));
    } else if (!query.isEmpty()) {
      throw new IllegalArgumentException("the list of keys takes only ?prefix=P");
    }
    List<String> keys = prefix.isEmpty() ? store.keys() : store.keys(prefix);
    StringBuilder text = new StringBuilder(keys.size() * 16);
    for (String key : keys) {
      text.append(KeyPaths.encode(key)).append('\n');
    }
    response.status(HttpStatus.OK).contentType("text/plain; charset=utf-8")
        .send(text.toString());
  }

  private void failed(HttpMethod method, String path, KvStoreException e) {
    console.println("kv-service: " + method + " " + path + " failed: " + e.getMessage());
  }
}

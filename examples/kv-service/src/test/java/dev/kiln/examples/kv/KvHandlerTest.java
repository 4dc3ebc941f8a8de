package dev.kiln.examples.kv;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.Console;
import dev.kiln.api.http.BodySource;
import dev.kiln.api.http.HttpMethod;
import dev.kiln.api.http.HttpRequest;
import dev.kiln.api.http.HttpResponse;
import dev.kiln.api.kv.KvBatch;
import dev.kiln.api.kv.KvStore;
import dev.kiln.api.kv.KvStoreCorruptedException;
import dev.kiln.api.kv.KvStoreException;
import dev.kiln.api.kv.KvStoreFullException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link KvHandler} against a store in memory: the status codes of each answer, and how store
 * failures map onto them. The HTTP server and the real store are tested in their modules and,
 * together with this handler, by the integration tests.
 */
class KvHandlerTest {
  private final MemoryStore store = new MemoryStore();
  private final LinesConsole console = new LinesConsole();
  private final KvHandler handler = new KvHandler(store, console);

  @Test
  void putsGetsAndDeletes() {
    assertThat(call(HttpMethod.PUT, "/kv/a%20b", "one").status).isEqualTo(201);
    assertThat(store.values.get("a b")).isEqualTo(bytes("one"));
    assertThat(call(HttpMethod.PUT, "/kv/a%20b", "two").status).isEqualTo(204);
    Answer got = call(HttpMethod.GET, "/kv/a%20b", null);
    assertThat(got.status).isEqualTo(200);
    assertThat(got.body).isEqualTo("two");
    assertThat(got.headers).containsEntry("Content-Type", "application/octet-stream");
    assertThat(call(HttpMethod.DELETE, "/kv/a%20b", null).status).isEqualTo(204);
    assertThat(call(HttpMethod.DELETE, "/kv/a%20b", null).status).isEqualTo(404);
    assertThat(call(HttpMethod.GET, "/kv/a%20b", null).status).isEqualTo(404);
  }

  @Test
  void listsKeysPercentEncodedOnePerLine() {
    store.put("b/ü", bytes("1"));
    store.put("a\nz", bytes("2"));
    store.put("c", bytes("3"));
    Answer all = call(HttpMethod.GET, "/kv/", null);
    assertThat(all.status).isEqualTo(200);
    assertThat(all.body).isEqualTo("a%0Az\nb/%C3%BC\nc\n");
    assertThat(all.headers).containsEntry("Content-Type", "text/plain; charset=utf-8");
    Request prefixed = new Request(HttpMethod.GET, "/kv/", null);
    prefixed.query = "prefix=b%2F";
    assertThat(answer(prefixed).body).isEqualTo("b/%C3%BC\n");
    Request other = new Request(HttpMethod.GET, "/kv/", null);
    other.query = "limit=3";
    assertThat(answer(other).status).isEqualTo(400);
  }

  @Test
  void writingWithoutAKeyIs405() {
    Answer answer = call(HttpMethod.PUT, "/kv/", "x");
    assertThat(answer.status).isEqualTo(405);
    assertThat(answer.headers).containsEntry("Allow", "GET, HEAD");
    assertThat(store.values).isEmpty();
  }

  @Test
  void badKeysAre400AndStoreNothing() {
    assertThat(call(HttpMethod.PUT, "/kv/%C3%28", "x").status).isEqualTo(400);
    assertThat(call(HttpMethod.GET, "/kv/%4", null).status).isEqualTo(400);
    store.refuseKeys = true;
    Answer refused = call(HttpMethod.PUT, "/kv/k", "x");
    assertThat(refused.status).isEqualTo(400);
    assertThat(refused.body).contains("bad key");
    assertThat(store.values).isEmpty();
  }

  @Test
  void aValueOverTheLimitIs413() {
    Request request = new Request(HttpMethod.PUT, "/kv/big", null);
    request.body = new byte[KvStore.MAX_VALUE_BYTES + 1];
    assertThat(answer(request).status).isEqualTo(413);
    assertThat(store.values).isEmpty();
  }

  @Test
  void storeFailuresMapToStatusesAndAreLogged() {
    store.failure = new KvStoreFullException("block device storage is full");
    Answer full = call(HttpMethod.PUT, "/kv/k", "x");
    assertThat(full.status).isEqualTo(507);
    assertThat(full.body).isEqualTo("block device storage is full\n");

    store.failure = new KvStoreCorruptedException("checksum mismatch");
    Answer damaged = call(HttpMethod.GET, "/kv/k", null);
    assertThat(damaged.status).isEqualTo(500);
    assertThat(damaged.body).isEqualTo("the stored value is damaged: checksum mismatch\n");

    store.failure = new KvStoreException("device failed");
    assertThat(call(HttpMethod.DELETE, "/kv/k", null).status).isEqualTo(500);

    assertThat(console.lines).containsExactly(
        "kv-service: PUT /kv/k failed: block device storage is full",
        "kv-service: GET /kv/k failed: checksum mismatch",
        "kv-service: DELETE /kv/k failed: device failed").inOrder();
  }

  private Answer call(HttpMethod method, String path, String body) {
    return answer(new Request(method, path, body == null ? null : bytes(body)));
  }

  private Answer answer(Request request) {
    Answer answer = new Answer();
    handler.handle(request, answer);
    assertThat(answer.committed()).isTrue();
    return answer;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The console's lines. */
  private static final class LinesConsole implements Console {
    final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    @Override
    public void print(CharSequence text) {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          lines.add(line.toString());
          line.setLength(0);
        } else {
          line.append(text.charAt(i));
        }
      }
    }

    @Override
    public void flush() {}
  }

  /** A request with a path, a query and a body. */
  private static final class Request implements HttpRequest {
    final HttpMethod method;
    final String path;
    String query = "";
    byte[] body;

    Request(HttpMethod method, String path, byte[] body) {
      this.method = method;
      this.path = path;
      this.body = body == null ? new byte[0] : body;
    }

    @Override public HttpMethod method() { return method; }
    @Override public String path() { return path; }
    @Override public boolean pathEquals(CharSequence other) { return path.contentEquals(other); }
    @Override public boolean pathStartsWith(CharSequence prefix) {
      return path.startsWith(prefix.toString());
    }
    @Override public String query() { return query; }
    @Override public int minorVersion() { return 1; }
    @Override public int headerCount() { return 0; }
    @Override public String headerName(int index) { throw new IndexOutOfBoundsException(); }
    @Override public String headerValue(int index) { throw new IndexOutOfBoundsException(); }
    @Override public String header(String name) { return null; }
    @Override public boolean hasHeader(String name) { return false; }
    @Override public int bodyLength() { return body.length; }
    @Override public byte[] bodyBuffer() { return body; }
    @Override public int bodyOffset() { return 0; }
    @Override public String bodyText() { return new String(body, StandardCharsets.UTF_8); }
    @Override public int remoteAddress() { return 0x7f000001; }
    @Override public int remotePort() { return 40000; }
  }

  /** What the handler answered. */
  private static final class Answer implements HttpResponse {
    int status = 200;
    final Map<String, String> headers = new LinkedHashMap<>();
    String body;

    @Override public HttpResponse status(int code) { status = code; return this; }
    @Override public HttpResponse header(String name, String value) {
      headers.put(name, value);
      return this;
    }
    @Override public HttpResponse closeConnection() { return this; }
    @Override public void send(byte[] bytes, int offset, int length) {
      commit(new String(bytes, offset, length, StandardCharsets.UTF_8));
    }
    @Override public void send(String text) {
      headers.putIfAbsent("Content-Type", "text/plain; charset=utf-8");
      commit(text);
    }
    @Override public void sendEmpty() { commit(""); }
    @Override public void send(BodySource source, long length) {
      throw new UnsupportedOperationException();
    }
    @Override public void stream(BodySource source) { throw new UnsupportedOperationException(); }
    @Override public boolean committed() { return body != null; }

    private void commit(String text) {
      assertThat(body).isNull();
      body = text;
    }
  }

  /** A store in memory that can be told to fail every call, or to refuse every key. */
  private static final class MemoryStore implements KvStore {
    final TreeMap<String, byte[]> values = new TreeMap<>();
    KvStoreException failure;
    boolean refuseKeys;

    private void check(String key) {
      if (failure != null) {
        throw failure;
      }
      if (refuseKeys) {
        throw new IllegalArgumentException("bad key: " + key);
      }
    }

    @Override public byte[] get(String key) {
      check(key);
      byte[] value = values.get(key);
      return value == null ? null : value.clone();
    }
    @Override public boolean exists(String key) { check(key); return values.containsKey(key); }
    @Override public void put(String key, byte[] value) { check(key); values.put(key, value.clone()); }
    @Override public boolean delete(String key) { check(key); return values.remove(key) != null; }
    @Override public void apply(KvBatch batch) { throw new UnsupportedOperationException(); }
    @Override public List<String> keys() { return new ArrayList<>(values.keySet()); }
    @Override public List<String> keys(String prefix) {
      List<String> keys = new ArrayList<>();
      for (String key : values.keySet()) {
        if (key.startsWith(prefix)) {
          keys.add(key);
        }
      }
      return keys;
    }
    @Override public int size() { return values.size(); }
  }
}

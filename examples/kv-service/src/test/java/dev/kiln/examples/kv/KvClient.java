package dev.kiln.examples.kv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The HTTP side of kv-service, for tests: one request per call, on keep-alive connections. */
final class KvClient {
  /** A status code and a body. */
  record Answer(int status, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpClient http;
  private final String base;
  private final Duration timeout;

  /** {@code base} is like {@code http://10.0.0.2:80}; keys go under its {@code /kv/}. */
  KvClient(String base, Duration timeout) {
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout).build();
    this.base = base;
    this.timeout = timeout;
  }

  /** PUT of {@code value} under {@code key}; the status. */
  int put(String key, byte[] value) throws IOException, InterruptedException {
    return putAnswer(key, value).status();
  }

  /** PUT of {@code value} under {@code key}; the status and the body saying why it failed. */
  Answer putAnswer(String key, byte[] value) throws IOException, InterruptedException {
    return send(request(key).PUT(HttpRequest.BodyPublishers.ofByteArray(value)));
  }

  Answer get(String key) throws IOException, InterruptedException {
    return send(request(key).GET());
  }

  int delete(String key) throws IOException, InterruptedException {
    return send(request(key).DELETE()).status();
  }

  /** GET of a raw path, sent as written (already percent-encoded). */
  Answer getPath(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).GET());
  }

  /** The list of keys: GET /kv/. */
  String list() throws IOException, InterruptedException {
    Answer answer = getPath(KvHandler.PREFIX);
    if (answer.status() != 200) {
      throw new IOException("GET /kv/ answered " + answer.status() + ": " + answer.text());
    }
    return answer.text();
  }

  private HttpRequest.Builder request(String key) {
    return HttpRequest.newBuilder(URI.create(base + KvHandler.PREFIX + KeyPaths.encode(key)))
        .timeout(timeout);
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(response.statusCode(), response.body());
  }
}

package dev.kiln.http;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.http.BodySource;
import dev.kiln.api.http.HttpMethod;
import dev.kiln.api.http.HttpResponse;
import dev.kiln.api.http.Routes;
import dev.kiln.api.http.StaticContent;
import org.junit.jupiter.api.Test;

/** The handler API: routing, static content, and the checks on what a handler sends. */
class RoutesTest {
  private static String get(ServerFixture fixture, String method, String target) {
    return fixture.exchange(fixture.connect(), method + " " + target + " HTTP/1.1\r\nHost: h\r\n\r\n");
  }

  @Test
  void exactBeatsPrefixAndLongerPrefixBeatsShorter() {
    ServerFixture fixture = new ServerFixture(new Routes()
        .prefix(HttpMethod.GET, "/", (request, response) -> response.send("root-prefix"))
        .prefix(HttpMethod.GET, "/a/", (request, response) -> response.send("a-prefix"))
        .get("/a/b", (request, response) -> response.send("exact"))
        .route(null, "/any", (request, response) -> response.send("any " + request.method())));
    assertThat(get(fixture, "GET", "/a/b")).endsWith("exact");
    assertThat(get(fixture, "GET", "/a/b/c")).endsWith("a-prefix");
    assertThat(get(fixture, "GET", "/a")).endsWith("root-prefix");
    assertThat(get(fixture, "GET", "/a/b?x")).endsWith("exact");
    assertThat(get(fixture, "PATCH", "/any")).endsWith("any PATCH");
    assertThat(get(fixture, "HEAD", "/a/b")).contains("Content-Length: 5\r\n");
    String notAllowed = get(fixture, "POST", "/a/b");
    assertThat(notAllowed).startsWith("HTTP/1.1 405 ");
    assertThat(notAllowed).contains("Allow: GET, HEAD\r\n");
  }

  @Test
  void allowListsEveryMethodOfThePath() {
    ServerFixture fixture = new ServerFixture(new Routes()
        .put("/r", (request, response) -> response.sendEmpty())
        .delete("/r", (request, response) -> response.status(204).sendEmpty())
        .post("/r", (request, response) -> response.status(201).send("made")));
    assertThat(get(fixture, "GET", "/r")).contains("Allow: POST, PUT, DELETE\r\n");
    assertThat(get(fixture, "DELETE", "/r")).isEqualTo("HTTP/1.1 204 No Content\r\n"
        + ServerFixture.DATE + "\r\n");
    assertThat(get(fixture, "PUT", "/r")).endsWith("Content-Length: 0\r\n\r\n");
    assertThat(get(fixture, "POST", "/r")).startsWith("HTTP/1.1 201 Created\r\n");
  }

  @Test
  void staticContentAnswersGetHeadAndRefusesOtherMethods() {
    byte[] bytes = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    StaticContent content = new StaticContent(bytes, 2, 5, "text/plain", "W/\"w\"", "max-age=60");
    assertThat(content.etag()).isEqualTo("W/\"w\"");
    assertThat(new StaticContent(bytes, "text/plain", "abc").etag()).isEqualTo("\"abc\"");
    assertThrows(IllegalArgumentException.class, () -> new StaticContent(bytes, "t", "\"a"));
    assertThrows(IllegalArgumentException.class, () -> new StaticContent(bytes, "t", "a b"));
    ServerFixture fixture = new ServerFixture(new Routes().prefix(null, "/", content));
    assertThat(get(fixture, "GET", "/x")).isEqualTo("HTTP/1.1 200 OK\r\n" + ServerFixture.DATE
        + "Content-Type: text/plain\r\nETag: W/\"w\"\r\nCache-Control: max-age=60\r\n"
        + "Content-Length: 5\r\n\r\n23456");
    String answer = fixture.exchange(fixture.connect(),
        "GET /x HTTP/1.1\r\nHost: h\r\nIf-None-Match: \"w\"\r\n\r\n");
    assertThat(answer).isEqualTo("HTTP/1.1 304 Not Modified\r\n" + ServerFixture.DATE
        + "ETag: W/\"w\"\r\nCache-Control: max-age=60\r\n\r\n");
    assertThat(get(fixture, "POST", "/x")).contains("Allow: GET, HEAD\r\n");
  }

  @Test
  void responsesRefuseBadFieldsAndASecondSend() {
    ServerFixture fixture = new ServerFixture((request, response) -> {
      assertThrows(IllegalArgumentException.class, () -> response.header("Bad Name", "v"));
      assertThrows(IllegalArgumentException.class, () -> response.header("X", "a\r\nb"));
      assertThrows(IllegalArgumentException.class, () -> response.header("Content-Length", "1"));
      assertThrows(IllegalArgumentException.class, () -> response.header("connection", "x"));
      assertThrows(IllegalArgumentException.class, () -> response.status(99));
      for (int i = 0; i < HttpResponse.MAX_HEADERS; i++) {
        response.header("X-" + i, "v");
      }
      assertThrows(IllegalStateException.class, () -> response.header("X-more", "v"));
      response.send(new byte[0]);
      assertThat(response.committed()).isTrue();
      assertThrows(IllegalStateException.class, () -> response.send("again"));
      assertThrows(IllegalStateException.class, () -> response.status(200));
    });
    String answer = get(fixture, "GET", "/");
    assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n");
    assertThat(answer).contains("X-31: v\r\n");
  }

  @Test
  void aSourceOfKnownLengthThatEndsEarlyAbortsTheConnection() {
    ServerFixture fixture = new ServerFixture((request, response) ->
        response.send(BodySource.of(new byte[10], 0, 10), 20));
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    assertThat(answer).contains("Content-Length: 20\r\n");
    assertThat(client.closeReason()).isEqualTo(dev.kiln.api.net.TcpConnection.CloseReason.ABORTED);
    fixture.loop.runDue();
    assertThat(fixture.server.openConnections()).isEqualTo(0);
  }

  @Test
  void requestAccessorsReadTheHeadInPlace() {
    ServerFixture fixture = new ServerFixture((request, response) -> {
      StringBuilder text = new StringBuilder();
      text.append(request.method()).append('|').append(request.path()).append('|')
          .append(request.query()).append('|').append(request.minorVersion()).append('|')
          .append(request.headerCount()).append('|').append(request.header("x-a")).append('|')
          .append(request.hasHeader("missing")).append('|').append(request.headerName(1))
          .append('=').append(request.headerValue(1)).append('|').append(request.bodyText())
          .append('|').append(request.remotePort());
      response.send(text.toString());
    });
    String answer = fixture.exchange(fixture.connect(), "PUT /p/q?r=s HTTP/1.1\r\nHost: h\r\n"
        + "X-A: 1\r\nContent-Length: 4\r\n\r\nbody");
    assertThat(answer).endsWith("\r\n\r\nPUT|/p/q|r=s|1|3|1|false|X-A=1|body|40000");
  }
}

package dev.kiln.http;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.http.ServerFixture.DATE;
import static dev.kiln.http.ServerFixture.SECOND;

import dev.kiln.api.http.BodySource;
import dev.kiln.api.http.HttpMethod;
import dev.kiln.api.http.Routes;
import dev.kiln.api.http.StaticContent;
import dev.kiln.api.net.TcpConnection.CloseReason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The server over an in-memory TCP: keep-alive, pipelining, bodies, HEAD, conditional GET. */
class HttpServerTest {
  static final byte[] PAGE = "<h1>hi</h1>".getBytes(StandardCharsets.US_ASCII);

  static Routes routes() {
    return new Routes()
        .get("/hello", (request, response) -> response.send("hello\n"))
        .get("/page", new StaticContent(PAGE, "text/html", "v1"))
        .post("/echo", (request, response) -> response.contentType("application/octet-stream")
            .send(Arrays.copyOf(request.bodyBuffer(), request.bodyLength())))
        .get("/stream", (request, response) -> {
          String[] parts = {"part1", "part-two", "3"};
          response.contentType("text/plain").stream(new BodySource() {
            int next;

            @Override
            public int read(byte[] buffer, int offset, int length) {
              if (next == parts.length) {
                return -1;
              }
              byte[] part = parts[next++].getBytes(StandardCharsets.US_ASCII);
              System.arraycopy(part, 0, buffer, offset, part.length);
              return part.length;
            }
          });
        })
        .get("/throw", (request, response) -> {
          throw new IllegalStateException("boom");
        })
        .get("/silent", (request, response) -> {})
        .get("/query", (request, response) -> response.send(request.query()))
        .prefix(HttpMethod.GET, "/static/", (request, response) -> response.send(request.path()));
  }

  final ServerFixture fixture = new ServerFixture(routes());

  @Test
  void answersAGetWithContentLengthAndDate() {
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client, "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(answer).isEqualTo("HTTP/1.1 200 OK\r\n" + DATE
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 6\r\n\r\nhello\n");
    assertThat(client.serverFinished()).isFalse(); // kept alive
    assertThat(fixture.console.lines).containsExactly("http: 10.0.0.1:40000 GET /hello 200 6 0.000ms");
  }

  @Test
  void keepsTheConnectionAliveForManyRequests() {
    MemoryConnection client = fixture.connect();
    for (int i = 0; i < 100; i++) {
      fixture.loop.advance(SECOND);
      String answer = fixture.exchange(client, "GET /static/" + i + " HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(answer).endsWith("\r\n\r\n/static/" + i);
    }
    assertThat(fixture.server.openConnections()).isEqualTo(1);
    assertThat(fixture.server.requests()).isEqualTo(100);
  }

  @Test
  void answersPipelinedRequestsInOrder() {
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client, "GET /static/a HTTP/1.1\r\nHost: x\r\n\r\n"
        + "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
        + "GET /static/b HTTP/1.1\r\nHost: x\r\n\r\n"
        + "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
        + "GET /static/c HTTP/1.1\r\nHost: x\r\n\r\n");
    int a = answer.indexOf("/static/a");
    int echo = answer.indexOf("\r\n\r\nhello");
    int b = answer.indexOf("/static/b");
    int missing = answer.indexOf("404 Not Found");
    int c = answer.indexOf("/static/c");
    assertThat(a).isGreaterThan(0);
    assertThat(echo).isGreaterThan(a);
    assertThat(b).isGreaterThan(echo);
    assertThat(missing).isGreaterThan(b);
    assertThat(c).isGreaterThan(missing);
    assertThat(answer.split("HTTP/1.1 ", -1)).hasLength(6);
  }

  @Test
  void pipelinedRequestsSplitAtEveryByteGiveTheSameAnswers() {
    String requests = "GET /static/a HTTP/1.1\r\nHost: x\r\n\r\n"
        + "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nTrailer: t\r\n\r\n"
        + "GET /static/b HTTP/1.1\r\nHost: x\r\n\r\n";
    MemoryConnection whole = fixture.connect();
    String expected = fixture.exchange(whole, requests);
    MemoryConnection piecewise = fixture.connect();
    StringBuilder got = new StringBuilder();
    for (int i = 0; i < requests.length(); i++) {
      got.append(fixture.exchange(piecewise, requests.substring(i, i + 1)));
    }
    assertThat(got.toString()).isEqualTo(expected);
    assertThat(expected).contains("Content-Length: 5\r\n\r\nabcde");
  }

  @Test
  void headSendsTheHeaderFieldsOfGetWithoutTheBody() {
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client, "HEAD /page HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(answer).isEqualTo("HTTP/1.1 200 OK\r\n" + DATE + "Content-Type: text/html\r\n"
        + "ETag: \"v1\"\r\nContent-Length: 11\r\n\r\n");
    // The connection goes on: the next answer is not mixed up with a body.
    assertThat(fixture.exchange(client, "GET /page HTTP/1.1\r\nHost: x\r\n\r\n"))
        .endsWith("\r\n\r\n<h1>hi</h1>");
  }

  @Test
  void conditionalGetAnswers304WhenTheTagMatches() {
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client,
        "GET /page HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"v0\", W/\"v1\"\r\n\r\n");
    assertThat(answer).isEqualTo("HTTP/1.1 304 Not Modified\r\n" + DATE + "ETag: \"v1\"\r\n\r\n");
    assertThat(fixture.exchange(client,
        "GET /page HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"v2\"\r\n\r\n"))
        .startsWith("HTTP/1.1 200 OK\r\n");
    assertThat(fixture.exchange(client, "GET /page HTTP/1.1\r\nHost: x\r\nIf-None-Match: *\r\n\r\n"))
        .startsWith("HTTP/1.1 304 Not Modified\r\n");
    assertThat(fixture.console.lines.get(0)).contains("GET /page 304 0 ");
  }

  @Test
  void decodesAChunkedRequestBody() {
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client, "POST /echo HTTP/1.1\r\nHost: x\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks."
        + "\r\n0\r\n\r\n");
    assertThat(answer).endsWith("Content-Length: 23\r\n\r\nWikipedia in\r\n\r\nchunks.");
  }

  @Test
  void streamsAResponseOfUnknownLengthChunked() {
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client, "GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(answer).isEqualTo("HTTP/1.1 200 OK\r\n" + DATE + "Content-Type: text/plain\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n5\r\npart1\r\n8\r\npart-two\r\n1\r\n3\r\n0\r\n\r\n");
  }

  @Test
  void streamsToAnHttp10ClientByClosingTheConnection() {
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client, "GET /stream HTTP/1.0\r\n\r\n");
    assertThat(answer).isEqualTo("HTTP/1.1 200 OK\r\n" + DATE + "Content-Type: text/plain\r\n"
        + "Connection: close\r\n\r\npart1part-two3");
    assertThat(client.serverFinished()).isTrue();
  }

  @Test
  void http10ClosesUnlessKeepAliveIsAsked() {
    MemoryConnection plain = fixture.connect();
    assertThat(fixture.exchange(plain, "GET /hello HTTP/1.0\r\n\r\n")).contains("Connection: close");
    assertThat(plain.serverFinished()).isTrue();
    MemoryConnection kept = fixture.connect();
    assertThat(fixture.exchange(kept, "GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"))
        .contains("Connection: keep-alive\r\n");
    assertThat(kept.serverFinished()).isFalse();
  }

  @Test
  void connectionCloseIsHonouredAfterTheAnswer() {
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client,
        "GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /hello HTTP/1.1\r\n");
    assertThat(answer).endsWith("Connection: close\r\n\r\nhello\n");
    assertThat(answer.split("HTTP/1.1 ", -1)).hasLength(2); // the second request is ignored
    assertThat(client.serverFinished()).isTrue();
    client.clientClose();
    fixture.loop.runDue();
    assertThat(client.closeReason()).isEqualTo(CloseReason.CLOSED);
    assertThat(fixture.server.openConnections()).isEqualTo(0);
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405WithAllow() {
    MemoryConnection client = fixture.connect();
    assertThat(fixture.exchange(client, "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n"))
        .startsWith("HTTP/1.1 404 Not Found\r\n");
    String answer = fixture.exchange(client, "DELETE /page HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 405 Method Not Allowed\r\n");
    assertThat(answer).contains("\r\nAllow: GET, HEAD\r\n");
    assertThat(client.serverFinished()).isFalse(); // both keep the connection
  }

  @Test
  void aHandlerThatThrowsGives500AndTheConnectionCloses() {
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client, "GET /throw HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 500 Internal Server Error\r\n");
    assertThat(answer).contains("Connection: close\r\n");
    assertThat(fixture.console.lines.get(0)).contains("java.lang.IllegalStateException: boom");
    assertThat(fixture.exchange(fixture.connect(), "GET /silent HTTP/1.1\r\nHost: x\r\n\r\n"))
        .startsWith("HTTP/1.1 500 Internal Server Error\r\n");
  }

  @Test
  void unknownMethodsGet501() {
    MemoryConnection client = fixture.connect();
    assertThat(fixture.exchange(client, "BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n"))
        .startsWith("HTTP/1.1 501 Not Implemented\r\n");
    assertThat(fixture.exchange(fixture.connect(), "CONNECT host:443 HTTP/1.1\r\nHost: x\r\n\r\n"))
        .startsWith("HTTP/1.1 501 Not Implemented\r\n");
  }

  @Test
  void expect100ContinueGetsAnInterimResponseBeforeTheBody() {
    MemoryConnection client = fixture.connect();
    String interim = fixture.exchange(client, "POST /echo HTTP/1.1\r\nHost: x\r\n"
        + "Content-Length: 3\r\nExpect: 100-continue\r\n\r\n");
    assertThat(interim).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
    assertThat(fixture.exchange(client, "abc")).endsWith("\r\n\r\nabc");
  }

  @Test
  void absoluteFormTargetsAndQueries() {
    MemoryConnection client = fixture.connect();
    assertThat(fixture.exchange(client, "GET http://x/static/q?a=1 HTTP/1.1\r\nHost: x\r\n\r\n"))
        .endsWith("\r\n\r\n/static/q");
    assertThat(fixture.exchange(client, "GET /query?a=1&b=%20 HTTP/1.1\r\nHost: x\r\n\r\n"))
        .endsWith("\r\n\r\na=1&b=%20");
  }

  @Test
  void aLargeBodyWaitsForTheClientToTakeIt() {
    byte[] big = new byte[300_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    ServerFixture small = new ServerFixture(new Routes()
        .get("/big", (request, response) -> response.send(big))
        .get("/bigsource", (request, response) ->
            response.send(BodySource.of(big, 0, big.length), big.length)));
    for (String path : new String[] {"/big", "/bigsource"}) {
      MemoryConnection client = small.tcp.connect(80, 4096);
      client.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\nGET /static HTTP/1.1\r\nHost: x\r\n\r\n");
      java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
      for (int rounds = 0; rounds < 1000 && got.size() < big.length + 100; rounds++) {
        small.loop.runDue();
        byte[] part = client.take();
        assertThat(part.length).isAtMost(4096);
        got.writeBytes(part);
      }
      small.loop.runDue();
      got.writeBytes(client.take());
      String text = new String(got.toByteArray(), StandardCharsets.ISO_8859_1);
      int bodyStart = text.indexOf("\r\n\r\n") + 4;
      assertThat(text).contains("Content-Length: 300000\r\n");
      byte[] body = Arrays.copyOfRange(got.toByteArray(), bodyStart, bodyStart + big.length);
      assertThat(body).isEqualTo(big);
      // The pipelined request after it was answered after the whole body.
      assertThat(text.substring(bodyStart + big.length)).startsWith("HTTP/1.1 404 Not Found");
    }
  }

  @Test
  void theAccessLogHasMethodPathStatusBytesAndDuration() {
    MemoryConnection client = fixture.connect();
    client.send("GET /static/x HTTP/1.1\r\nHo");
    fixture.loop.runDue();
    fixture.loop.advance(1_500_000L); // 1.5 ms later the head completes
    fixture.exchange(client, "st: x\r\n\r\n");
    assertThat(fixture.console.lines).containsExactly(
        "http: 10.0.0.1:40000 GET /static/x 200 9 1.500ms");
  }

  @Test
  void stoppingAPortClosesIdleConnectionsAtOnceAndBusyOnesAfterTheirAnswers() {
    MemoryConnection idle = fixture.connect();
    MemoryConnection busy = fixture.connect();
    busy.send("GET /hello HTTP/1.1\r\nHo");
    fixture.loop.runDue();
    fixture.server.stop(80);
    fixture.loop.runDue();
    assertThat(idle.serverFinished()).isTrue();
    assertThat(busy.serverFinished()).isFalse();
    assertThat(fixture.exchange(busy, "st: x\r\n\r\n")).contains("Connection: close");
    fixture.settle(idle);
    fixture.settle(busy);
    assertThat(fixture.server.openConnections()).isEqualTo(0);
  }
}

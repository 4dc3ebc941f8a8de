package dev.kiln.http;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.http.ServerFixture.SECOND;

import dev.kiln.api.http.Routes;
import dev.kiln.api.net.TcpConnection.CloseReason;
import dev.kiln.http.codec.HeadLimits;
import org.junit.jupiter.api.Test;

/**
 * Each bound yields its status and a closed connection, and the server's connection count returns
 * to zero; timeouts are driven by the manual event loop.
 */
class HttpLimitsTest {
  static final HttpConfig LIMITS = HttpConfig.DEFAULT.withHead(new HeadLimits(64, 4, 128))
      .withMaxBodyBytes(100).withMaxConnections(2).withTimeouts(10 * SECOND, 60 * SECOND);

  final ServerFixture fixture = new ServerFixture(LIMITS, new Routes()
      .get("/", (request, response) -> response.send("root\n"))
      .post("/", (request, response) -> response.send("got " + request.bodyLength() + "\n")));

  /** Sends the request, expects {@code status} and Connection: close, and the connection gone. */
  private void answersAndCloses(String request, String status) {
    MemoryConnection client = fixture.connect();
    String answer = fixture.exchange(client, request);
    assertThat(answer).startsWith("HTTP/1.1 " + status + "\r\n");
    assertThat(answer).contains("\r\nConnection: close\r\n");
    assertThat(client.serverFinished()).isTrue();
    fixture.settle(client);
    assertThat(client.closeReason()).isEqualTo(CloseReason.CLOSED);
    assertThat(fixture.server.openConnections()).isEqualTo(0);
  }

  @Test
  void aRequestLineBeyondItsLimitIs414() {
    answersAndCloses("GET /" + "a".repeat(64) + " HTTP/1.1\r\nHost: x\r\n\r\n",
        "414 URI Too Long");
  }

  @Test
  void aRequestLineIs414AsSoonAsItPassesTheLimitWithoutItsEnd() {
    answersAndCloses("GET /" + "a".repeat(100), "414 URI Too Long");
  }

  @Test
  void aRequestLineAtTheLimitIsServed() {
    String line = "GET /" + "a".repeat(64 - 14) + " HTTP/1.1";
    assertThat(line).hasLength(64);
    MemoryConnection client = fixture.connect();
    assertThat(fixture.exchange(client, line + "\r\nHost: x\r\n\r\n"))
        .startsWith("HTTP/1.1 404 Not Found\r\n");
  }

  @Test
  void moreHeaderFieldsThanAllowedIs431() {
    answersAndCloses("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n",
        "431 Request Header Fields Too Large");
  }

  @Test
  void headerBytesBeyondTheLimitAre431() {
    answersAndCloses("GET / HTTP/1.1\r\nHost: x\r\nLong: " + "v".repeat(200) + "\r\n\r\n",
        "431 Request Header Fields Too Large");
    answersAndCloses("GET / HTTP/1.1\r\nHost: x\r\nLong: " + "v".repeat(200),
        "431 Request Header Fields Too Large");
  }

  @Test
  void aBodyBeyondTheLimitIs413() {
    answersAndCloses("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n",
        "413 Content Too Large");
    answersAndCloses("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "64\r\n" + "b".repeat(100) + "\r\n1\r\n", "413 Content Too Large");
  }

  @Test
  void aBodyAtTheLimitIsServed() {
    MemoryConnection client = fixture.connect();
    assertThat(fixture.exchange(client, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"
        + "b".repeat(100))).endsWith("got 100\n");
  }

  @Test
  void malformedRequestsAre400() {
    answersAndCloses("GET /  HTTP/1.1\r\nHost: x\r\n\r\n", "400 Bad Request");
    answersAndCloses("GET / HTTP/1.1\r\n\r\n", "400 Bad Request"); // no Host
    answersAndCloses("GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", "400 Bad Request");
    answersAndCloses("GET / HTTP/1.1\r\nHost : x\r\n\r\n", "400 Bad Request");
    answersAndCloses("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", "400 Bad Request");
    answersAndCloses("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        "400 Bad Request");
    answersAndCloses("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n", "400 Bad Request");
    answersAndCloses("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "400 Bad Request");
    answersAndCloses("GET / HTTP/2.0\r\nHost: x\r\n\r\n", "505 HTTP Version Not Supported");
    answersAndCloses("POST / HTTP/1.1\r\nHost: x\r\nExpect: coffee\r\nContent-Length: 1\r\n\r\n",
        "417 Expectation Failed");
    answersAndCloses("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
        "501 Not Implemented");
  }

  @Test
  void drippingAHeadByteBySecondDoesNotExtendTheHeaderDeadline() {
    MemoryConnection client = fixture.connect();
    client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Drip: ");
    fixture.loop.runDue();
    for (int i = 0; i < 9; i++) {
      fixture.loop.advance(SECOND);
      client.send("y");
      fixture.loop.runDue();
    }
    assertThat(client.takeText()).isEmpty();
    fixture.loop.advance(SECOND);
    assertThat(client.takeText()).startsWith("HTTP/1.1 408 Request Timeout\r\n");
    fixture.settle(client);
    assertThat(fixture.server.openConnections()).isEqualTo(0);
  }

  @Test
  void aSlowHeadGets408AtTheHeaderTimeout() {
    MemoryConnection client = fixture.connect();
    client.send("GET / HTTP/1.1\r\nHo");
    fixture.loop.runDue();
    fixture.loop.advance(10 * SECOND - 1);
    assertThat(client.takeText()).isEmpty();
    fixture.loop.advance(1);
    String answer = client.takeText();
    assertThat(answer).startsWith("HTTP/1.1 408 Request Timeout\r\n");
    assertThat(answer).contains("Connection: close");
    fixture.settle(client);
    assertThat(fixture.server.openConnections()).isEqualTo(0);
    assertThat(fixture.console.lines.get(0)).contains(" 408 ");
  }

  @Test
  void aStalledBodyGets408AtTheIdleTimeout() {
    MemoryConnection client = fixture.connect();
    client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc");
    fixture.loop.runDue();
    fixture.loop.advance(59 * SECOND);
    client.send("d"); // progress moves the idle deadline
    fixture.loop.runDue();
    fixture.loop.advance(59 * SECOND);
    assertThat(client.takeText()).isEmpty();
    fixture.loop.advance(SECOND);
    assertThat(client.takeText()).startsWith("HTTP/1.1 408 Request Timeout\r\n");
    fixture.settle(client);
    assertThat(fixture.server.openConnections()).isEqualTo(0);
  }

  @Test
  void anIdleKeepAliveConnectionIsClosedQuietly() {
    MemoryConnection client = fixture.connect();
    assertThat(fixture.exchange(client, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")).endsWith("root\n");
    fixture.loop.advance(60 * SECOND - 1);
    assertThat(client.serverFinished()).isFalse();
    fixture.loop.advance(1);
    assertThat(client.serverFinished()).isTrue();
    assertThat(client.takeText()).isEmpty();
    fixture.settle(client);
    assertThat(fixture.server.openConnections()).isEqualTo(0);
  }

  @Test
  void aClientThatNeverClosesIsAbortedAfterTheLinger() {
    MemoryConnection client = fixture.connect();
    fixture.exchange(client, "GET / HTTP/1.0\r\n\r\n");
    assertThat(client.serverFinished()).isTrue();
    fixture.loop.advance(10 * SECOND);
    assertThat(client.closeReason()).isEqualTo(CloseReason.ABORTED);
    assertThat(fixture.server.openConnections()).isEqualTo(0);
  }

  @Test
  void aClientThatStopsReadingIsAbortedAtTheIdleTimeout() {
    ServerFixture big = new ServerFixture(LIMITS, (request, response) -> response.send(new byte[50_000]));
    MemoryConnection client = big.tcp.connect(80, 1000);
    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    big.loop.runDue();
    big.loop.advance(60 * SECOND);
    assertThat(client.closeReason()).isEqualTo(CloseReason.ABORTED);
    assertThat(big.server.openConnections()).isEqualTo(0);
    assertThat(big.console.lines.get(0)).endsWith(" aborted");
  }

  @Test
  void connectionsBeyondTheLimitGet503() {
    MemoryConnection first = fixture.connect();
    MemoryConnection second = fixture.connect();
    MemoryConnection third = fixture.connect();
    assertThat(third.takeText()).isEqualTo("HTTP/1.1 503 Service Unavailable\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 20\r\n"
        + "Connection: close\r\nRetry-After: 1\r\n\r\nService Unavailable\n");
    assertThat(third.serverFinished()).isTrue();
    assertThat(fixture.server.openConnections()).isEqualTo(3);
    third.clientClose();
    fixture.loop.runDue();
    assertThat(fixture.server.openConnections()).isEqualTo(2);
    assertThat(fixture.server.rejectedConnections()).isEqualTo(1);
    // Once one closes, a new connection is served again.
    first.reset();
    fixture.loop.runDue();
    MemoryConnection fourth = fixture.connect();
    assertThat(fixture.exchange(fourth, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")).endsWith("root\n");
    second.reset();
    fourth.reset();
    fixture.loop.runDue();
    assertThat(fixture.server.openConnections()).isEqualTo(0);
  }

  @Test
  void aClientResetMidResponseFreesTheConnection() {
    ServerFixture big = new ServerFixture(LIMITS, (request, response) -> response.send(new byte[50_000]));
    MemoryConnection client = big.tcp.connect(80, 1000);
    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    big.loop.runDue();
    client.reset();
    big.loop.runDue();
    assertThat(big.server.openConnections()).isEqualTo(0);
    // The pooled connection serves the next client cleanly.
    MemoryConnection next = big.tcp.connect(80, 1 << 20);
    next.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    big.loop.runDue();
    assertThat(next.takeText()).contains("Content-Length: 50000\r\n");
  }
}

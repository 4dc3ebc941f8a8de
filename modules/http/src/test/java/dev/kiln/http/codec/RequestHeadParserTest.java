package dev.kiln.http.codec;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The request head parser against literal bytes (RFC 9112 sections 2 to 5). */
class RequestHeadParserTest {
  static final HeadLimits LIMITS = new HeadLimits(64, 8, 256);

  final RequestHeadParser parser = new RequestHeadParser(LIMITS);
  final RequestHead head = new RequestHead(LIMITS.maxHeaders());

  private int parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    parser.reset();
    return parser.parse(bytes, bytes.length, head);
  }

  private static String text(RequestHead head, int start, int end) {
    return Ascii.string(head.buffer(), start, end);
  }

  @Test
  void parsesTheRequestLineAndFieldsInPlace() {
    String request = "GET /where?q=now HTTP/1.1\r\nHost: www.example.com\r\n"
        + "Accept:  text/html \t\r\nX-Empty:\r\n\r\nBODY";
    assertThat(parse(request)).isEqualTo(RequestHeadParser.COMPLETE);
    assertThat(head.method()).isEqualTo(HttpMethod.GET);
    assertThat(text(head, head.targetStart(), head.targetEnd())).isEqualTo("/where?q=now");
    assertThat(text(head, head.pathStart(), head.pathEnd())).isEqualTo("/where");
    assertThat(head.minorVersion()).isEqualTo(1);
    assertThat(head.headerCount()).isEqualTo(3);
    assertThat(head.name(0)).isEqualTo("Host");
    assertThat(head.value(0)).isEqualTo("www.example.com");
    assertThat(head.value(1)).isEqualTo("text/html");
    assertThat(head.value(2)).isEmpty();
    assertThat(head.find("accept")).isEqualTo(1);
    assertThat(head.find("missing")).isEqualTo(-1);
    assertThat(head.end()).isEqualTo(request.indexOf("BODY"));
  }

  @Test
  void needsMoreUntilTheEmptyLineThenFindsTheSameHeadAtAnySplit() {
    String request = "POST /x HTTP/1.0\r\nContent-Length: 3\r\nA: b\r\n\r\n";
    byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
    for (int split = 0; split < bytes.length; split++) {
      parser.reset();
      assertThat(parser.parse(bytes, split, head)).isEqualTo(RequestHeadParser.NEED_MORE);
      assertThat(parser.parse(bytes, bytes.length, head)).isEqualTo(RequestHeadParser.COMPLETE);
      assertThat(head.method()).isEqualTo(HttpMethod.POST);
      assertThat(head.minorVersion()).isEqualTo(0);
      assertThat(head.headerCount()).isEqualTo(2);
      assertThat(head.end()).isEqualTo(bytes.length);
    }
  }

  @Test
  void acceptsBareLineFeedsAndLeadingEmptyLines() {
    assertThat(parse("\r\n\nGET / HTTP/1.1\nHost: h\n\n")).isEqualTo(RequestHeadParser.COMPLETE);
    assertThat(head.value(0)).isEqualTo("h");
    assertThat(parse("\r\n\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\n\r\n")).isEqualTo(400);
  }

  @Test
  void findsThePathOfAbsoluteAndAsteriskForms() {
    assertThat(parse("GET http://example.com:8080/a/b?c HTTP/1.1\r\n\r\n"))
        .isEqualTo(RequestHeadParser.COMPLETE);
    assertThat(text(head, head.pathStart(), head.pathEnd())).isEqualTo("/a/b");
    assertThat(parse("GET HTTPS://example.com HTTP/1.1\r\n\r\n"))
        .isEqualTo(RequestHeadParser.COMPLETE);
    assertThat(head.pathStart()).isEqualTo(head.pathEnd());
    assertThat(parse("OPTIONS * HTTP/1.1\r\n\r\n")).isEqualTo(RequestHeadParser.COMPLETE);
    assertThat(text(head, head.pathStart(), head.pathEnd())).isEqualTo("*");
    assertThat(parse("GET example.com:80 HTTP/1.1\r\n\r\n")).isEqualTo(400);
    assertThat(parse("CONNECT example.com:443 HTTP/1.1\r\n\r\n"))
        .isEqualTo(RequestHeadParser.COMPLETE);
    assertThat(head.method()).isNull();
  }

  @Test
  void rejectsMalformedRequestLines() {
    assertThat(parse("GET  / HTTP/1.1\r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET / HTTP/1.1 \r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET /\r\n\r\n")).isEqualTo(400); // HTTP/0.9
    assertThat(parse("GET / http/1.1\r\n\r\n")).isEqualTo(400);
    assertThat(parse("G\u0000T / HTTP/1.1\r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET /\u00e9 HTTP/1.1\r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET / HTTP/1.1\rX\r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET / HTTP/2.0\r\n\r\n")).isEqualTo(505);
    assertThat(parse("GET / HTTP/1.9\r\n\r\n")).isEqualTo(RequestHeadParser.COMPLETE);
    assertThat(head.minorVersion()).isEqualTo(1);
  }

  @Test
  void rejectsMalformedFieldLines() {
    assertThat(parse("GET / HTTP/1.1\r\nHost : x\r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET / HTTP/1.1\r\n Host: x\r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n")).isEqualTo(400); // obs-fold
    assertThat(parse("GET / HTTP/1.1\r\nNoColon\r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET / HTTP/1.1\r\n: empty\r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET / HTTP/1.1\r\nA: b\u0000c\r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET / HTTP/1.1\r\nA: b\rc\r\n\r\n")).isEqualTo(400);
    assertThat(parse("GET / HTTP/1.1\r\nA: caf\u00e9\r\n\r\n"))
        .isEqualTo(RequestHeadParser.COMPLETE); // obs-text is allowed
  }

  @Test
  void enforcesTheLimitsBeforeTheLineEnds() {
    assertThat(parse("GET /" + "a".repeat(61))).isEqualTo(414); // 66 bytes: too long even with a CR
    assertThat(parse("GET /" + "a".repeat(50))).isEqualTo(RequestHeadParser.NEED_MORE);
    assertThat(parse("GET / HTTP/1.1\r\nA: " + "v".repeat(300))).isEqualTo(431);
    StringBuilder nine = new StringBuilder("GET / HTTP/1.1\r\n");
    for (int i = 0; i < 9; i++) {
      nine.append("F").append(i).append(": v\r\n");
    }
    assertThat(parse(nine + "\r\n")).isEqualTo(431);
  }

  @Test
  void theLargestAcceptedHeadFitsTheBufferSize() {
    String line = "GET /" + "a".repeat(64 - 14) + " HTTP/1.1\r\n";
    StringBuilder head = new StringBuilder(line);
    // Eight fields of 32 bytes each (with CRLF) fill the 256 header bytes exactly.
    for (int i = 0; i < 8; i++) {
      head.append("F").append(i).append(": ").append("v".repeat(26)).append("\r\n");
    }
    head.append("\r\n");
    String text = "\r\n\r\n\r\n\r\n" + head;
    assertThat(text.length()).isEqualTo(LIMITS.bufferSize());
    assertThat(parse(text)).isEqualTo(RequestHeadParser.COMPLETE);
  }
}

package dev.kiln.http.codec;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Message framing and connection persistence (RFC 9112 6 and 9.3). */
class RequestFramingTest {
  final HeadLimits limits = new HeadLimits(256, 16, 1024);
  final RequestHeadParser parser = new RequestHeadParser(limits);
  final RequestHead head = new RequestHead(16);
  final RequestFraming framing = new RequestFraming();

  private int read(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    parser.reset();
    assertThat(parser.parse(bytes, bytes.length, head)).isEqualTo(RequestHeadParser.COMPLETE);
    return framing.read(head, 1000);
  }

  @Test
  void contentLengthAndItsRepetitions() {
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 42\r\n\r\n")).isEqualTo(0);
    assertThat(framing.body()).isEqualTo(RequestFraming.Body.LENGTH);
    assertThat(framing.contentLength()).isEqualTo(42);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5, 5\r\n\r\n")).isEqualTo(0);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n")).isEqualTo(0);
    assertThat(framing.body()).isEqualTo(RequestFraming.Body.NONE);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5, 6\r\n\r\n")).isEqualTo(400);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n")).isEqualTo(400);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +1\r\n\r\n")).isEqualTo(400);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1001\r\n\r\n")).isEqualTo(413);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n"))
        .isEqualTo(400);
  }

  @Test
  void transferEncoding() {
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n")).isEqualTo(0);
    assertThat(framing.body()).isEqualTo(RequestFraming.Body.CHUNKED);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"))
        .isEqualTo(501);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, gzip\r\n\r\n"))
        .isEqualTo(400);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n")).isEqualTo(400);
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"
        + "Content-Length: 3\r\n\r\n")).isEqualTo(400);
    assertThat(read("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n")).isEqualTo(400);
  }

  @Test
  void hostPersistenceAndExpectations() {
    assertThat(read("GET / HTTP/1.1\r\n\r\n")).isEqualTo(400);
    assertThat(read("GET / HTTP/1.0\r\n\r\n")).isEqualTo(0);
    assertThat(framing.keepAlive()).isFalse();
    assertThat(read("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")).isEqualTo(0);
    assertThat(framing.keepAlive()).isTrue();
    assertThat(read("GET / HTTP/1.1\r\nHost: h\r\n\r\n")).isEqualTo(0);
    assertThat(framing.keepAlive()).isTrue();
    assertThat(read("GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, close\r\n\r\n"))
        .isEqualTo(0);
    assertThat(framing.keepAlive()).isFalse();
    assertThat(read("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\n"
        + "Content-Length: 1\r\n\r\n")).isEqualTo(0);
    assertThat(framing.expectContinue()).isTrue();
    assertThat(read("GET / HTTP/1.1\r\nHost: h\r\nExpect: tea\r\n\r\n")).isEqualTo(417);
  }
}

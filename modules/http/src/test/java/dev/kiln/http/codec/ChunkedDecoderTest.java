package dev.kiln.http.codec;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Chunked transfer coding (RFC 9112 7.1) against literal bytes. */
class ChunkedDecoderTest {
  final ChunkedDecoder decoder = new ChunkedDecoder(64);
  final BodyBuffer body = new BodyBuffer(100, 1024);

  private int decode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    decoder.reset();
    body.clear();
    return decoder.decode(bytes, 0, bytes.length, body);
  }

  private String body() {
    return new String(body.array(), 0, body.length(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void decodesChunksWithExtensionsAndTrailersAndStopsAtTheEnd() {
    String coded = "4\r\nWiki\r\n5;name=value\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n"
        + "0\r\nExpires: never\r\n\r\nNEXT";
    assertThat(decode(coded)).isEqualTo(ChunkedDecoder.DONE);
    assertThat(body()).isEqualTo("Wikipedia in\r\n\r\nchunks.");
    assertThat(decoder.consumed()).isEqualTo(coded.indexOf("NEXT"));
  }

  @Test
  void givesTheSameBodyWhateverTheSplit() {
    byte[] coded = "1a\r\nabcdefghijklmnopqrstuvwxyz\r\n2\r\n01\r\n0\r\n\r\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    for (int split = 0; split <= coded.length; split++) {
      decoder.reset();
      body.clear();
      int first = decoder.decode(coded, 0, split, body);
      int used = decoder.consumed();
      assertThat(used).isEqualTo(first == ChunkedDecoder.DONE ? coded.length : split);
      if (first != ChunkedDecoder.DONE) {
        assertThat(first).isEqualTo(ChunkedDecoder.NEED_MORE);
        assertThat(decoder.decode(coded, split, coded.length, body)).isEqualTo(ChunkedDecoder.DONE);
      }
      assertThat(body()).isEqualTo("abcdefghijklmnopqrstuvwxyz01");
    }
  }

  @Test
  void acceptsBareLineFeedsAndUpperCaseHex() {
    assertThat(decode("A\nabcdefghij\n0\n\n")).isEqualTo(ChunkedDecoder.DONE);
    assertThat(body()).isEqualTo("abcdefghij");
  }

  @Test
  void rejectsMalformedCoding() {
    assertThat(decode("\r\n")).isEqualTo(400);
    assertThat(decode("g\r\n")).isEqualTo(400);
    assertThat(decode("3\r\nabcX")).isEqualTo(400); // no CRLF after the data
    assertThat(decode("3\rabc")).isEqualTo(400);
    assertThat(decode("3;\u0001\r\n")).isEqualTo(400);
    assertThat(decode("0\r\n\rX")).isEqualTo(400);
    assertThat(decode("1" + ";x".repeat(600))).isEqualTo(400);
  }

  @Test
  void boundsTheBodyAndTheTrailers() {
    assertThat(decode("65\r\n")).isEqualTo(413); // 101 > 100, refused before the data
    assertThat(decode("fffffffffffffffffffff\r\n")).isEqualTo(413);
    assertThat(decode("32\r\n" + "x".repeat(50) + "\r\n33\r\n")).isEqualTo(413);
    assertThat(decode("0\r\nT: " + "v".repeat(80) + "\r\n\r\n")).isEqualTo(431);
  }
}

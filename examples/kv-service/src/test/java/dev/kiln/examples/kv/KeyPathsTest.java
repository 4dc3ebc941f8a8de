package dev.kiln.examples.kv;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyPathsTest {
  @Test
  void plainKeysStayAsTheyAre() {
    assertThat(KeyPaths.encode("users/42/name-v1.0_~")).isEqualTo("users/42/name-v1.0_~");
    assertThat(KeyPaths.decode("users/42/name-v1.0_~")).isEqualTo("users/42/name-v1.0_~");
  }

  @Test
  void otherBytesArePercentEncodedAsUtf8() {
    assertThat(KeyPaths.encode("a b?#%ü€😀")).isEqualTo(
        "a%20b%3F%23%25%C3%BC%E2%82%AC%F0%9F%98%80");
    assertThat(KeyPaths.decode("a%20b%3f%23%25%C3%BC%E2%82%AC%F0%9F%98%80"))
        .isEqualTo("a b?#%ü€😀");
  }

  @Test
  void charactersBesidesEscapesStandForTheirUtf8() {
    assertThat(KeyPaths.decode("ü%20x")).isEqualTo("ü x");
  }

  @Test
  void everyKeyRoundTrips() {
    Random random = new Random(11);
    for (int i = 0; i < 2000; i++) {
      StringBuilder key = new StringBuilder();
      int length = 1 + random.nextInt(20);
      while (key.length() < length) {
        int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x80);
        if (codePoint < 0xd800 || codePoint > 0xdfff) {
          key.appendCodePoint(codePoint);
        }
      }
      String encoded = KeyPaths.encode(key.toString());
      assertThat(encoded).matches("[A-Za-z0-9._~/%-]*");
      assertThat(KeyPaths.decode(encoded)).isEqualTo(key.toString());
    }
  }

  @Test
  void aBrokenEscapeIsRefused() {
    for (String text : new String[] {"%", "a%4", "%zz", "%g0", "x%-1", "%\uff10\uff10"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> KeyPaths.decode(text));
      assertThat(e).hasMessageThat().contains("two hex digits");
    }
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    for (String text : new String[] {"%FF", "%C3", "%C3%28", "%C0%80", "%ED%A0%80",
        "%F4%90%80%80", "%E2%82", "ok%80"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> KeyPaths.decode(text), text);
      assertThat(e).hasMessageThat().contains("UTF-8");
    }
  }

  @Test
  void wellFormedUtf8IsRecognizedAtItsBoundaries() {
    for (String text : new String[] {"\u0000", "\u007f", "\u0080", "\u07ff", "\u0800",
        "\ud7ff", "\ue000", "\uffff", "\ud800\udc00", "\udbff\udfff"}) {
      assertThat(KeyPaths.firstMalformed(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }
    assertThat(KeyPaths.firstMalformed(new byte[] {'a', 'b', (byte) 0xc3})).isEqualTo(2);
  }
}

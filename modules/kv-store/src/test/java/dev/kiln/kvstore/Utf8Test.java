package dev.kiln.kvstore;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Utf8Test {
  @Property(tries = 500)
  void encodesLikeTheJdkAndDecodesBack(@ForAll String text) {
    boolean wellFormed = text.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    if (!wellFormed) {
      assertThrows(IllegalArgumentException.class, () -> Utf8.encode(text));
      return;
    }
    byte[] bytes = Utf8.encode(text);
    assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(Utf8.decode(bytes, 0, bytes.length)).isEqualTo(text);
  }

  @Property(tries = 500)
  void decodingArbitraryBytesGivesTheirTextOrNull(@ForAll @Size(max = 20) byte[] bytes) {
    String text = Utf8.decode(bytes, 0, bytes.length);
    if (text != null) {
      assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }
  }

  @Test
  void malformedSequencesAreRefused() {
    assertThat(Utf8.decode(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2)).isNull();
    assertThat(Utf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3)).isNull();
    assertThat(Utf8.decode(new byte[] {(byte) 0xE2, (byte) 0x82}, 0, 2)).isNull();
    assertThat(Utf8.decode(new byte[] {'a', (byte) 0xF8}, 0, 2)).isNull();
  }
}

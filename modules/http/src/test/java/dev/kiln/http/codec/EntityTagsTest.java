package dev.kiln.http.codec;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** If-None-Match uses weak comparison (RFC 9110 13.1.2, 8.8.3.2). */
class EntityTagsTest {
  private static boolean matches(String field, String etag) {
    byte[] bytes = field.getBytes(StandardCharsets.ISO_8859_1);
    return EntityTags.noneMatchMatches(bytes, 0, bytes.length, etag);
  }

  @Test
  void weakComparison() {
    assertThat(matches("\"1\"", "\"1\"")).isTrue();
    assertThat(matches("W/\"1\"", "\"1\"")).isTrue();
    assertThat(matches("\"1\"", "W/\"1\"")).isTrue();
    assertThat(matches("W/\"1\"", "W/\"1\"")).isTrue();
    assertThat(matches("\"1\"", "\"2\"")).isFalse();
    assertThat(matches("\"a\", \"b\" ,\"c\"", "\"b\"")).isTrue();
    assertThat(matches("*", "\"x\"")).isTrue();
    assertThat(matches("", "\"x\"")).isFalse();
    assertThat(matches("\"x", "\"x\"")).isFalse();
    assertThat(matches("x", "\"x\"")).isFalse();
    assertThat(matches("\"\"", "\"\"")).isTrue();
  }
}

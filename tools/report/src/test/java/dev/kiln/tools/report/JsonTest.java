package dev.kiln.tools.report;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void parsesEveryKindOfValue() {
    Object value = Json.parse(
        "{\"s\": \"a\\n\\u00e9\", \"n\": -12, \"d\": 1.5e2, \"t\": true, \"f\": false,"
            + " \"z\": null, \"l\": [1, [], {}]}");
    Map<?, ?> object = (Map<?, ?>) value;
    assertThat(object.get("s")).isEqualTo("a\né");
    assertThat(object.get("n")).isEqualTo(-12L);
    assertThat(object.get("d")).isEqualTo(150.0);
    assertThat(object.get("t")).isEqualTo(true);
    assertThat(object.get("f")).isEqualTo(false);
    assertThat(object.containsKey("z")).isTrue();
    assertThat(object.get("l")).isEqualTo(List.of(1L, List.of(), Map.of()));
  }

  @Test
  void rejectsMalformedInputWithItsOffset() {
    for (String bad : new String[] {"", "{", "[1,]", "{\"a\" 1}", "\"open", "tru", "{} x",
        "{\"a\":1,\"a\":2}", "\"\\q\"", "\"\\u12\"", "[-]"}) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
      assertThat(error).hasMessageThat().startsWith("malformed JSON at offset");
    }
  }

  @Test
  void rejectsDeepNesting() {
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThrows(IllegalArgumentException.class, () -> Json.parse(deep));
  }
}

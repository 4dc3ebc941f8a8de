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

  @Test
  void writesCompactlyWhatItParses() {
    String text = "{\"a\": [1, 2.5, true, null, \"x\\\"y\\n\"], \"b\": {}}";
    String compact = Json.write(Json.parse(text));
    assertThat(compact).isEqualTo("{\"a\":[1,2.5,true,null,\"x\\\"y\\u000a\"],\"b\":{}}");
    assertThat(Json.parse(compact)).isEqualTo(Json.parse(text));
  }

  @Test
  void aTargetsReportKeepsOnlyThatTarget() {
    String report = "{\"format\": \"kiln.components/1\", \"image\": \"x\", \"application\":"
        + " \"a.X\", \"devices\": [], \"targets\": [{\"target\": \"jvm\", \"status\":"
        + " \"skipped\", \"reason\": \"r\"}, {\"target\": \"spt\", \"status\": \"skipped\","
        + " \"reason\": \"s\"}]}";
    ImageReport spt = ImageReport.parse(ImageReport.forTarget(report, "spt"));
    assertThat(spt.targets()).hasSize(1);
    assertThat(spt.targets().get(0).target()).isEqualTo("spt");
  }
}

package dev.kiln.tools.report.sbom;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.tools.report.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycloneDxWriterTest {
  private static final CycloneDxWriter.Component APP = new CycloneDxWriter.Component(
      "dev.kiln.examples", "echo", "0.1.0", "jar", null, null, List.of());
  private static final CycloneDxWriter.Component TCP = new CycloneDxWriter.Component(
      "dev.kiln", "kiln-net-tcp", "0.1.0", "jar", null, "ab12", List.of("echo.jar", "echo.spt"));

  @Test
  void purlsFollowTheMavenTypeOfThePackageUrlSpec() {
    assertThat(TCP.purl()).isEqualTo("pkg:maven/dev.kiln/kiln-net-tcp@0.1.0");
    assertThat(new CycloneDxWriter.Component("g", "a", "1", "test-jar", "tests", null, List.of())
        .purl()).isEqualTo("pkg:maven/g/a@1?classifier=tests&type=test-jar");
  }

  @Test
  @SuppressWarnings("unchecked")
  void writesCycloneDx15WithTheFixedTimestampAndEveryComponent() {
    Map<String, Object> bom = (Map<String, Object>) Json.parse(
        CycloneDxWriter.write(APP, List.of(TCP), "2026-01-01T00:00:00Z", "kiln", "0.1.0"));
    assertThat(bom.get("bomFormat")).isEqualTo("CycloneDX");
    assertThat(bom.get("specVersion")).isEqualTo("1.5");
    assertThat((String) bom.get("serialNumber"))
        .matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    Map<String, Object> metadata = (Map<String, Object>) bom.get("metadata");
    assertThat(metadata.get("timestamp")).isEqualTo("2026-01-01T00:00:00Z");
    List<Object> components = (List<Object>) bom.get("components");
    Map<String, Object> tcp = (Map<String, Object>) components.get(0);
    assertThat(tcp.get("purl")).isEqualTo("pkg:maven/dev.kiln/kiln-net-tcp@0.1.0");
    assertThat(tcp.get("version")).isEqualTo("0.1.0");
    assertThat(tcp.get("hashes")).isEqualTo(List.of(Map.of("alg", "SHA-256", "content", "ab12")));
  }

  @Test
  void theSerialNumberIsTheSameForTheSameContentAndDiffersOtherwise() {
    String one = CycloneDxWriter.write(APP, List.of(TCP), "2026-01-01T00:00:00Z", "kiln", "1");
    String again = CycloneDxWriter.write(APP, List.of(TCP), "2026-01-01T00:00:00Z", "kiln", "1");
    String other = CycloneDxWriter.write(APP, List.of(), "2026-01-01T00:00:00Z", "kiln", "1");
    assertThat(again).isEqualTo(one);
    assertThat(serial(other)).isNotEqualTo(serial(one));
  }

  @SuppressWarnings("unchecked")
  private static Object serial(String bom) {
    return ((Map<String, Object>) Json.parse(bom)).get("serialNumber");
  }
}

package dev.kiln.tools.report.page;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.tools.report.ImageReport;
import dev.kiln.tools.report.Json;
import dev.kiln.tools.report.ReportFixtures;
import dev.kiln.tools.report.sbom.CycloneDxWriter;
import dev.kiln.tools.report.size.SizeShares;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportPageTest {
  private final ImageReport report = ImageReport.parse(ReportFixtures.WEB);
  private final ImageOutputs outputs = new ImageOutputs(Map.of("spt", "web.spt"),
      Map.of("spt", 4096L),
      Map.of("spt", new SizeShares(List.of(new SizeShares.Share("net.TcpModule", "g:tcp:1", 300),
          new SizeShares.Share(SizeShares.RUNTIME, null, 700)), 1000)),
      List.of(new CycloneDxWriter.Component("g", "tcp", "1", "jar", null, null,
          List.of("web.spt"))));

  @Test
  void showsModulesWithTheirChainConfigWithSourcesAndSizes() {
    String page = ReportPage.write(report, outputs, Map.of("spt", "graph-spt.svg"));
    assertThat(page).contains("<title>web — Kiln component report</title>");
    assertThat(page).contains("<code>net.Ipv4Module</code>");
    assertThat(page).contains("Tcp (@Needs on Web) → TcpModule requires Ipv4");
    assertThat(page).contains("TCP &lt;stack&gt;");
    assertThat(page).contains("<td>blueprint static-site@0.1.0</td>");
    assertThat(page).contains("<img src=\"graph-spt.svg\"");
    assertThat(page).contains("<td class=\"n\">30.0%</td>");
    assertThat(page).contains("pkg:maven/g/tcp@1");
    assertThat(page).contains("not built: no platform");
    assertThat(page).contains("<td class=\"n\">300 bytes</td>");
    assertThat(page).contains("<td><em>none linked</em></td>"); // Ipv4Module: no share
  }

  @Test
  void aSecretIsShownAsSuch() {
    String page = ReportPage.write(report, outputs, Map.of());
    assertThat(page).contains("<code>api.token</code></td><td><em>"
        + ReportPage.SECRET + "</em>");
  }

  @Test
  @SuppressWarnings("unchecked")
  void extendedComponentsKeepTheProcessorsReportAndAddSizesAndArtifacts() {
    Map<String, Object> json =
        (Map<String, Object>) Json.parse(ExtendedComponents.write(ReportFixtures.WEB, outputs));
    assertThat(ImageReport.parse(Json.write(json)).image()).isEqualTo("web");
    Map<String, Object> spt = (Map<String, Object>) ((List<Object>) json.get("targets")).get(0);
    assertThat(spt.get("file")).isEqualTo("web.spt");
    Map<String, Object> size = (Map<String, Object>) spt.get("size");
    assertThat(size.get("linkedSymbolBytes")).isEqualTo(1000L);
    assertThat(((List<Object>) json.get("artifacts"))).hasSize(1);
  }
}

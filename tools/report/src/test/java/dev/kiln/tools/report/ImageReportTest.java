package dev.kiln.tools.report;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImageReportTest {
  @Test
  void readsModulesWithWhatTheyProvideAndRequire() {
    ImageReport report = ImageReport.parse(ReportFixtures.WEB);
    ImageReport.ModuleEntry tcp = report.target("spt").modules().get(0);
    assertThat(tcp.provides()).containsExactly("api.Tcp");
    assertThat(tcp.requires()).containsExactly("api.Ipv4");
    assertThat(report.target("xen").built()).isFalse();
  }

  @Test
  void readsBlueprintSourcesOfConfigValuesAndTheBlueprintsApplied() {
    ImageReport report = ImageReport.parse(ReportFixtures.WEB);
    assertThat(report.blueprints()).containsExactly("static-site@0.1.0", "base@2.0").inOrder();
    ImageReport.ConfigEntry port = report.target("spt").config().get(0);
    assertThat(port.source()).isEqualTo("blueprint");
    assertThat(port.blueprint()).isEqualTo("static-site@0.1.0");
    assertThat(port.doc()).isEqualTo("The port.");
    assertThat(report.target("spt").config().get(1).secret()).isTrue();
  }

  @Test
  void aReportWithoutTheOptionalMembersStillReads() {
    ImageReport report = ImageReport.parse("{\"format\":\"kiln.components/1\",\"image\":\"i\","
        + "\"application\":\"a.A\",\"devices\":[],\"targets\":[]}");
    assertThat(report.blueprints()).isEmpty();
  }

  @Test
  void theReportOfOneTargetKeepsWhatTheGraphNeeds() {
    ImageReport one = ImageReport.parse(ImageReport.forTarget(ReportFixtures.WEB, "spt"));
    assertThat(one.targets()).hasSize(1);
    assertThat(one.target("spt").modules().get(0).requires()).containsExactly("api.Ipv4");
  }

  @Test
  void aNonStringInAListIsAClearError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ImageReport.parse(ReportFixtures.WEB.replace("[\"api.Ipv4\"], \"pulledInBy\"",
            "[7], \"pulledInBy\"")));
    assertThat(error).hasMessageThat().contains("\"requires\" holds a non-string");
  }
}

package dev.kiln.tools.report.graph;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.tools.report.ImageReport;
import dev.kiln.tools.report.ReportFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class CompositionGraphTest {
  private final ImageReport report = ImageReport.parse(ReportFixtures.WEB);
  private final CompositionGraph graph = CompositionGraph.of(report, report.target("spt"));

  @Test
  void theApplicationNeedsWhatItsChainStartsWithAndModulesNeedWhatTheyRequire() {
    assertThat(graph.edges()).containsExactly(
        new CompositionGraph.Edge("app.Web", "net.TcpModule", "Tcp"),
        new CompositionGraph.Edge("net.TcpModule", "net.Ipv4Module", "Ipv4"));
    assertThat(graph.node("app.Web").application()).isTrue();
  }

  @Test
  void aReportWithoutProvidesAndRequiresStillGivesEdgesFromTheChains() {
    String bare = ReportFixtures.WEB.replace("\"provides\": [\"api.Tcp\"],", "")
        .replace("\"requires\": [\"api.Ipv4\"],", "")
        .replace("\"provides\": [\"api.Ipv4\"], \"requires\": [],", "");
    ImageReport old = ImageReport.parse(bare);
    assertThat(CompositionGraph.of(old, old.target("spt")).edges()).containsExactly(
        new CompositionGraph.Edge("app.Web", "net.TcpModule", "Tcp"),
        new CompositionGraph.Edge("net.TcpModule", "net.Ipv4Module", "Ipv4"));
  }

  @Test
  void aSkippedTargetHasNoGraph() {
    assertThrows(IllegalArgumentException.class,
        () -> CompositionGraph.of(report, report.target("xen")));
  }

  @Test
  void dotNamesEveryNodeAndEdge() {
    String dot = DotWriter.write(graph);
    assertThat(dot).startsWith("digraph \"web.spt\" {");
    assertThat(dot).contains("\"net.TcpModule\" -> \"net.Ipv4Module\" [label=\"Ipv4\"];");
    assertThat(dot).contains("\"app.Web\" [label=\"Web\", style=bold];");
  }

  @Test
  void layersFollowTheNeeds() {
    LayeredLayout layout = LayeredLayout.of(graph);
    assertThat(layout.box("app.Web").y()).isLessThan(layout.box("net.TcpModule").y());
    assertThat(layout.box("net.TcpModule").y()).isLessThan(layout.box("net.Ipv4Module").y());
  }

  @Test
  void svgIsWellFormedWithABoxPerNodeAndIsTheSameEveryTime() throws Exception {
    String svg = SvgWriter.write(graph);
    assertThat(SvgWriter.write(CompositionGraph.of(report, report.target("spt")))).isEqualTo(svg);
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(3);
    assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(3); // 2 + marker
    assertThat(svg).contains(">TcpModule</text>");
  }
}

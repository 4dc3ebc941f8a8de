package dev.kiln.maven;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.tools.report.ImageReport;
import dev.kiln.tools.report.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderWriterTest {
  private static final String REPORT = "{\"format\":\"kiln.components/1\",\"image\":\"demo\","
      + "\"application\":\"x.Demo\",\"devices\":[],\"targets\":[{\"target\":\"jvm\","
      + "\"status\":\"built\",\"main\":\"x.DemoJvmMain\",\"component\":\"x.C\",\"modules\":["
      + "{\"module\":\"m.ConsoleModule\",\"doc\":\"d\",\"provides\":[\"api.Console\"],"
      + "\"requires\":[],\"pulledInBy\":{\"capability\":\"api.Console\",\"chain\":["
      + "\"Console (constructor parameter 'console' of Demo)\"]}}],\"config\":[{\"key\":\"token\","
      + "\"type\":\"STRING\",\"phase\":\"boot\",\"value\":null,\"source\":\"none\","
      + "\"secret\":true}]},{\"target\":\"spt\",\"status\":\"skipped\",\"reason\":\"no spt\"}]}";

  @Test
  @SuppressWarnings("unchecked")
  void writesThePageTheReportTheGraphAndTheSbomOfAJarOnlyBuild(@TempDir Path project)
      throws Exception {
    Path classes = Files.createDirectories(project.resolve("classes/META-INF/kiln/demo"));
    Path reportFile = classes.resolve("components.json");
    Files.writeString(reportFile, REPORT, StandardCharsets.UTF_8);
    Path output = Files.createDirectories(project.resolve("target"));
    Files.write(output.resolve("demo.jar"), new byte[] {1, 2, 3});
    Path dependency = jar(project.resolve("lib-1.0.jar"));

    new ReportFolderWriter("2026-01-01T00:00:00Z", "0.1.0", () -> null).write(reportFile, output,
        new ReportFolderWriter.ClassPathArtifact("g", "demo", "1", "jar", null,
            project.resolve("classes")),
        List.of(new ReportFolderWriter.ClassPathArtifact("g", "lib", "1.0", "jar", null,
            dependency)),
        List.of());

    Path folder = output.resolve("kiln/demo");
    String page = Files.readString(folder.resolve("index.html"));
    assertThat(page).contains("<code>m.ConsoleModule</code>");
    assertThat(page).contains("(secret, boot-time, not in image)");
    assertThat(page).contains("<td>demo.jar</td><td class=\"n\">3</td>");
    ImageReport extended = ImageReport.read(folder.resolve("components.json"));
    assertThat(extended.target("jvm").modules()).hasSize(1);
    assertThat(Files.readString(folder.resolve("graph.dot")))
        .contains("\"x.Demo\" -> \"m.ConsoleModule\" [label=\"Console\"];");
    assertThat(Files.readString(folder.resolve("graph.svg"))).contains(">ConsoleModule</text>");
    Map<String, Object> bom = (Map<String, Object>) Json.parse(
        Files.readString(folder.resolve("sbom.cdx.json")));
    Map<String, Object> lib = (Map<String, Object>) ((List<Object>) bom.get("components")).get(0);
    assertThat(lib.get("purl")).isEqualTo("pkg:maven/g/lib@1.0");
    assertThat(lib.get("hashes").toString()).contains("SHA-256");
  }

  @Test
  void theSameInputsGiveTheSameFiles(@TempDir Path one, @TempDir Path two) throws Exception {
    assertThat(writeAll(one)).isEqualTo(writeAll(two));
  }

  private static String writeAll(Path project) throws Exception {
    Path classes = Files.createDirectories(project.resolve("classes/META-INF/kiln/demo"));
    Files.writeString(classes.resolve("components.json"), REPORT, StandardCharsets.UTF_8);
    Path output = Files.createDirectories(project.resolve("target"));
    new ReportFolderWriter("2026-01-01T00:00:00Z", "0.1.0", () -> null).write(
        classes.resolve("components.json"), output,
        new ReportFolderWriter.ClassPathArtifact("g", "demo", "1", "jar", null,
            project.resolve("classes")),
        List.of(new ReportFolderWriter.ClassPathArtifact("g", "lib", "1.0", "jar", null,
            jar(project.resolve("lib-1.0.jar")))),
        List.of());
    StringBuilder all = new StringBuilder();
    for (String name : List.of("index.html", "components.json", "graph.svg", "graph.dot",
        "sbom.cdx.json")) {
      all.append(Files.readString(output.resolve("kiln/demo").resolve(name)));
    }
    return all.toString();
  }

  private static Path jar(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry = new ZipEntry("a/B.class");
      entry.setTime(0);
      zip.putNextEntry(entry);
      zip.write(new byte[] {(byte) 0xca, (byte) 0xfe});
      zip.closeEntry();
    }
    return file;
  }
}

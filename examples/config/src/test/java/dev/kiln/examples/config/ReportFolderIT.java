package dev.kiln.examples.config;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.cli.KilnLauncher;
import dev.kiln.image.Solo5Image;
import dev.kiln.tools.report.ImageReport;
import dev.kiln.tools.report.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code target/kiln/config/} as `mvn package` wrote it: the page, the extended report, the
 * graph, the SBOM; and the secret key nowhere with a value, in the folder or in the images.
 */
class ReportFolderIT {
  private static final Path FOLDER = Path.of("target/kiln/config");

  @BeforeAll
  static void folderWasWritten() {
    ConfigImages.skipUnless(Files.isRegularFile(FOLDER.resolve("index.html")),
        FOLDER + "/index.html was not written");
  }

  @Test
  void thePageShowsModulesConfigurationSizesAndArtifacts() throws Exception {
    String page = Files.readString(FOLDER.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("<h1>config</h1>");
    assertThat(page).contains("<code>dev.kiln.spt.SptPlatformModule</code>");
    assertThat(page).contains("<code>greeting</code></td><td><code>Hello</code></td>"
        + "<td>default</td><td>boot</td>");
    assertThat(page).contains("<code>api.token</code></td><td><em>"
        + "(secret, boot-time, not in image)</em>");
    assertThat(page).contains("<h3>Size</h3>");
    assertThat(page).contains("pkg:maven/dev.kiln/kiln-api@0.1.0-SNAPSHOT");
    assertThat(page).contains("<img src=\"graph-spt.svg\"");
  }

  @Test
  @SuppressWarnings("unchecked")
  void componentsJsonIsTheProcessorsReportWithSizeSharesThatAddUp() throws Exception {
    String json = Files.readString(FOLDER.resolve("components.json"), StandardCharsets.UTF_8);
    ImageReport report = ImageReport.parse(json);
    assertThat(report.image()).isEqualTo("config");
    for (Object entry : (List<Object>) ((Map<String, Object>) Json.parse(json)).get("targets")) {
      Map<String, Object> target = (Map<String, Object>) entry;
      if (!List.of("spt", "virtio").contains(target.get("target"))) {
        continue;
      }
      Map<String, Object> size = (Map<String, Object>) target.get("size");
      long sum = 0;
      for (Object share : (List<Object>) size.get("shares")) {
        sum += (Long) ((Map<String, Object>) share).get("bytes");
      }
      assertThat(sum).isEqualTo(size.get("linkedSymbolBytes"));
      assertThat(target.get("fileBytes"))
          .isEqualTo(Files.size(Path.of("target/config." + target.get("target"))));
    }
  }

  @Test
  void theGraphIsDrawnAsSvgAndDot() throws Exception {
    String svg = Files.readString(FOLDER.resolve("graph.svg"), StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(svg).contains(">Greeter</text>");
    String dot = Files.readString(FOLDER.resolve("graph.dot"), StandardCharsets.UTF_8);
    assertThat(dot).contains("\"dev.kiln.examples.config.Greeter\" -> ");
  }

  @Test
  void inspectGraphPrintsTheSameGraphFromTheImageAlone() throws Exception {
    KilnLauncher.Result result = KilnLauncher.run(ConfigImages.TIMEOUT, "inspect", "--graph",
        ConfigImages.image("spt").toString());
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.output())
        .isEqualTo(Files.readString(FOLDER.resolve("graph-spt.dot"), StandardCharsets.UTF_8));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSbomListsEveryArtifactWithItsVersionAndPurlAtTheFixedTimestamp() throws Exception {
    Map<String, Object> bom = (Map<String, Object>) Json.parse(
        Files.readString(FOLDER.resolve("sbom.cdx.json"), StandardCharsets.UTF_8));
    assertThat(bom.get("specVersion")).isEqualTo("1.5");
    assertThat(((Map<String, Object>) bom.get("metadata")).get("timestamp"))
        .isEqualTo("2026-01-01T00:00:00Z");
    List<String> purls = new java.util.ArrayList<>();
    for (Object component : (List<Object>) bom.get("components")) {
      purls.add((String) ((Map<String, Object>) component).get("purl"));
    }
    assertThat(purls).containsAtLeast("pkg:maven/dev.kiln/kiln-api@0.1.0-SNAPSHOT",
        "pkg:maven/dev.kiln/kiln-target-spt@0.1.0-SNAPSHOT",
        "pkg:maven/org.teavm/teavm-classlib@0.16.0");
  }

  @Test
  void theSecretHasNoValueInTheEmbeddedReportNorAnywhereInTheOutputs() throws Exception {
    for (String target : List.of("spt", "virtio")) {
      ImageReport report = ImageReport.parse(Solo5Image.read(ConfigImages.image(target)).report());
      ImageReport.ConfigEntry token = report.target(target).config().stream()
          .filter(key -> key.key().equals("api.token")).findFirst().orElseThrow();
      assertThat(token.secret()).isTrue();
      assertThat(token.value()).isNull();
      assertThat(token.phase()).isEqualTo("boot");
    }
    // The key's name is in the images (the boot parser needs it): a search that can find text.
    byte[] spt = Files.readAllBytes(ConfigImages.image("spt"));
    assertThat(contains(spt, "api.token")).isTrue();
    try (Stream<Path> outputs = Stream.concat(Files.list(Path.of("target"))
        .filter(p -> p.getFileName().toString().startsWith("config.")), Files.list(FOLDER))) {
      for (Path output : (Iterable<Path>) outputs::iterator) {
        if (Files.isRegularFile(output)) {
          String text = new String(Files.readAllBytes(output), StandardCharsets.ISO_8859_1);
          assertThat(text).doesNotContainMatch("\"key\":\\s*\"api.token\"[^}]*\"value\":\\s*\"");
          assertThat(text).doesNotContain("api.token=");
        }
      }
    }
  }

  private static boolean contains(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
  }
}

package dev.kiln.oci;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.tools.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerArchiveWriterTest {
  private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path temp;

  @Test
  void holdsTheLayoutAndDockersManifestSortedAndOwnedByZero() throws IOException {
    WrittenImage image = image("one");
    Path archive = temp.resolve("web-hvt.tar");
    new DockerArchiveWriter().write(image, "web:hvt", WHEN, archive);

    List<TarReader.Entry> entries = TarReader.read(archive);
    List<String> names = new ArrayList<>();
    for (TarReader.Entry entry : entries) {
      names.add(entry.name());
      assertThat(entry.uid()).isEqualTo(0);
      assertThat(entry.mtime()).isEqualTo(WHEN.getEpochSecond());
    }
    assertThat(names).isInOrder();
    assertThat(names).containsAtLeast("blobs/", "blobs/sha256/", "index.json", "manifest.json",
        "oci-layout");
    for (Descriptor blob : List.of(image.manifest(), image.config(), image.layer())) {
      String name = "blobs/sha256/" + blob.digest().hex();
      assertThat(TarReader.file(entries, name)).isEqualTo(Files.readAllBytes(
          image.blob(blob.digest())));
    }
    Object manifest = Json.parse(new String(TarReader.file(entries, "manifest.json"),
        StandardCharsets.UTF_8));
    assertThat(manifest).isEqualTo(List.of(Map.of(
        "Config", "blobs/sha256/" + image.config().digest().hex(),
        "RepoTags", List.of("web:hvt"),
        "Layers", List.of("blobs/sha256/" + image.layer().digest().hex()))));
  }

  @Test
  void isReproducible() throws IOException {
    Path first = temp.resolve("first.tar");
    Path second = temp.resolve("second.tar");
    new DockerArchiveWriter().write(image("one"), "web:hvt", WHEN, first);
    new DockerArchiveWriter().write(image("two"), "web:hvt", WHEN, second);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void refusesAReferenceDockerWouldNot() throws IOException {
    WrittenImage image = image("one");
    for (String bad : List.of("Web:hvt", "web", "web:", "web:-x", "/web:hvt")) {
      assertThrows(IllegalArgumentException.class,
          () -> new DockerArchiveWriter().write(image, bad, WHEN, temp.resolve("x.tar")), bad);
    }
  }

  private WrittenImage image(String directory) throws IOException {
    ImageSpec spec = new ImageSpec("amd64", "linux", WHEN, List.of("--"), Map.of(), Map.of(),
        List.of(LayerFile.of("unikernel/web.hvt", 0755, new byte[] {0x7f, 'E', 'L', 'F'})),
        "hvt");
    return new OciLayoutWriter().write(spec, temp.resolve(directory));
  }
}

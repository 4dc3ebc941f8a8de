package dev.kiln.oci;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.tools.report.Json;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OciLayoutWriterTest {
  private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path temp;
  private Path unikernel;

  @BeforeEach
  void aUnikernel() throws IOException {
    unikernel = temp.resolve("web.hvt");
    byte[] bytes = new byte[70_001];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(unikernel, bytes);
  }

  @Test
  void writesALayoutThatVerifies() throws IOException {
    WrittenImage image = new OciLayoutWriter().write(spec(WHEN), temp.resolve("out/web-hvt"));

    assertThat(Files.readString(image.layout().resolve("oci-layout")))
        .isEqualTo("{\"imageLayoutVersion\":\"1.0.0\"}");
    List<OciLayoutVerifier.VerifiedImage> verified =
        new OciLayoutVerifier().verify(image.layout());
    assertThat(verified).hasSize(1);
    OciLayoutVerifier.VerifiedImage only = verified.get(0);
    assertThat(only.refName()).isEqualTo("hvt");
    assertThat(only.manifestDescriptor().digest()).isEqualTo(image.manifest().digest());
    assertThat(only.config().get("architecture")).isEqualTo("amd64");
    assertThat(only.config().get("os")).isEqualTo("linux");
    assertThat(only.config().get("created")).isEqualTo("2026-01-01T00:00:00Z");
    @SuppressWarnings("unchecked")
    Map<String, Object> run = (Map<String, Object>) only.config().get("config");
    assertThat(run.get("Cmd")).isEqualTo(List.of("--greeting=hi"));
    assertThat(run.get("Labels")).isEqualTo(Map.of("label.key", "label value"));
    assertThat(only.manifest().get("annotations")).isEqualTo(Map.of("note.key", "note value"));
    // nothing but the three blobs
    try (Stream<Path> blobs = Files.list(image.layout().resolve("blobs/sha256"))) {
      assertThat(blobs.count()).isEqualTo(3);
    }
  }

  @Test
  void theLayerHoldsTheFileByteForByteUnderSortedDirectories() throws IOException {
    WrittenImage image = new OciLayoutWriter().write(spec(WHEN), temp.resolve("web-hvt"));
    List<TarReader.Entry> entries = TarReader.read(image.blob(image.layer().digest()));
    List<String> names = new ArrayList<>();
    for (TarReader.Entry entry : entries) {
      names.add(entry.name());
    }
    assertThat(names).containsExactly("a.json", "unikernel/", "unikernel/web.hvt").inOrder();
    assertThat(TarReader.file(entries, "unikernel/web.hvt"))
        .isEqualTo(Files.readAllBytes(unikernel));
    assertThat(entries.get(2).mode()).isEqualTo(0755);
    assertThat(entries.get(0).mode()).isEqualTo(0644);
  }

  @Test
  void writingTwiceGivesTheSameBytesAndDigests() throws IOException {
    WrittenImage first = new OciLayoutWriter().write(spec(WHEN), temp.resolve("one"));
    WrittenImage second = new OciLayoutWriter().write(spec(WHEN), temp.resolve("two"));
    assertThat(second.manifest()).isEqualTo(first.manifest());
    assertThat(second.config()).isEqualTo(first.config());
    assertThat(second.layer()).isEqualTo(first.layer());
    assertThat(files(second.layout())).isEqualTo(files(first.layout()));

    WrittenImage later = new OciLayoutWriter()
        .write(spec(WHEN.plusSeconds(1)), temp.resolve("later"));
    assertThat(later.layer().digest()).isNotEqualTo(first.layer().digest());
  }

  @Test
  void rewritingReplacesTheOldLayoutAndItsBlobs() throws IOException {
    Path layout = temp.resolve("web-hvt");
    new OciLayoutWriter().write(spec(WHEN), layout);
    Files.write(unikernel, new byte[] {1, 2, 3});
    WrittenImage image = new OciLayoutWriter().write(spec(WHEN), layout);
    try (Stream<Path> blobs = Files.list(layout.resolve("blobs/sha256"))) {
      assertThat(blobs.count()).isEqualTo(3);
    }
    assertThat(TarReader.file(TarReader.read(image.blob(image.layer().digest())),
        "unikernel/web.hvt")).isEqualTo(new byte[] {1, 2, 3});
    assertThat(Files.exists(temp.resolve("web-hvt.partial"))).isFalse();
  }

  @Test
  void theVerifierFindsAChangedBlob() throws IOException {
    WrittenImage image = new OciLayoutWriter().write(spec(WHEN), temp.resolve("web-hvt"));
    try (RandomAccessFile layer = new RandomAccessFile(
        image.blob(image.layer().digest()).toFile(), "rw")) {
      layer.seek(2000);
      int b = layer.read();
      layer.seek(2000);
      layer.write(b ^ 0x40);
    }
    InvalidLayoutException error = assertThrows(InvalidLayoutException.class,
        () -> new OciLayoutVerifier().verify(image.layout()));
    assertThat(error).hasMessageThat().contains("has the digest");
  }

  @Test
  void theVerifierFindsAMissingBlobAndAWrongSize() throws IOException {
    WrittenImage image = new OciLayoutWriter().write(spec(WHEN), temp.resolve("web-hvt"));
    Files.write(image.blob(image.config().digest()), new byte[] {'{', '}'});
    assertThat(assertThrows(InvalidLayoutException.class,
        () -> new OciLayoutVerifier().verify(image.layout())))
        .hasMessageThat().contains("descriptor says");
    Files.delete(image.blob(image.config().digest()));
    assertThat(assertThrows(InvalidLayoutException.class,
        () -> new OciLayoutVerifier().verify(image.layout())))
        .hasMessageThat().contains("is missing");
  }

  @Test
  void theVerifierFindsADiffIdThatIsNotTheLayers() throws IOException {
    WrittenImage image = new OciLayoutWriter().write(spec(WHEN), temp.resolve("web-hvt"));
    // rewrite the config with another diff_id, and the manifest and index to match it
    Path layout = image.layout();
    @SuppressWarnings("unchecked")
    Map<String, Object> config = new TreeMap<>((Map<String, Object>) Json.parse(
        Files.readString(image.blob(image.config().digest()))));
    config.put("rootfs", Map.of("type", "layers", "diff_ids",
        List.of(Sha256.of(new byte[0]).toString())));
    byte[] configBytes = Json.write(config).getBytes(StandardCharsets.UTF_8);
    Sha256 configDigest = Sha256.of(configBytes);
    Files.write(layout.resolve("blobs/sha256").resolve(configDigest.hex()), configBytes);
    String manifest = Files.readString(image.blob(image.manifest().digest()))
        .replace(image.config().digest().toString(), configDigest.toString())
        .replace("\"size\":" + image.config().size() + ",", "\"size\":" + configBytes.length + ",");
    byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
    Sha256 manifestDigest = Sha256.of(manifestBytes);
    Files.write(layout.resolve("blobs/sha256").resolve(manifestDigest.hex()), manifestBytes);
    Files.writeString(layout.resolve("index.json"), Files.readString(layout.resolve("index.json"))
        .replace(image.manifest().digest().toString(), manifestDigest.toString())
        .replace("\"size\":" + image.manifest().size(), "\"size\":" + manifestBytes.length));
    assertThat(assertThrows(InvalidLayoutException.class,
        () -> new OciLayoutVerifier().verify(layout)))
        .hasMessageThat().contains("diff_id");
  }

  @Test
  void specsRejectWhatNoLayerCanHold() {
    assertThrows(IllegalArgumentException.class, () -> new ImageSpec("amd64", "linux", WHEN,
        List.of(), Map.of(), Map.of(), List.of(), "tag"));
    assertThrows(IllegalArgumentException.class, () -> new ImageSpec("amd64", "linux", WHEN,
        List.of(), Map.of(), Map.of(),
        List.of(LayerFile.of("a", 0644, new byte[0]), LayerFile.of("a/b", 0644, new byte[0])),
        "tag"));
    assertThrows(IllegalArgumentException.class, () -> new ImageSpec("amd64", "linux", WHEN,
        List.of(), Map.of(), Map.of(), List.of(LayerFile.of("a", 0644, new byte[0])), "-bad"));
    assertThrows(IllegalArgumentException.class, () -> LayerFile.of("/abs", 0644, new byte[0]));
  }

  private ImageSpec spec(Instant created) {
    return new ImageSpec("amd64", "linux", created, List.of("--greeting=hi"),
        Map.of("label.key", "label value"), Map.of("note.key", "note value"),
        List.of(LayerFile.copyOf("unikernel/web.hvt", 0755, unikernel),
            LayerFile.of("a.json", 0644, "{}".getBytes(StandardCharsets.UTF_8))),
        "hvt");
  }

  /** Every file of a tree by relative path, with its bytes as a digest. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(path).toString(), Sha256.of(path).toString());
      }
    }
    return files;
  }
}

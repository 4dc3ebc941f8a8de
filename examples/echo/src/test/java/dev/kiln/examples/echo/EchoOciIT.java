package dev.kiln.examples.echo;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.oci.OciLayoutVerifier;
import dev.kiln.oci.OciLayoutWriter;
import dev.kiln.oci.Sha256;
import dev.kiln.oci.TarReader;
import dev.kiln.oci.WrittenImage;
import dev.kiln.oci.urunc.UnikernelImage;
import dev.kiln.oci.urunc.UruncImageSpec;
import dev.kiln.tools.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OCI images the oci goal wrote for echo.spt and echo.hvt, checked from outside: skopeo (the
 * containers/image implementation that containerd-era tooling shares) reads the layout and the
 * docker-archive, and gives back urunc's annotations and labels; every blob's SHA-256 matches its
 * name and descriptor; the unikernel in the layer is byte-identical to target/echo.TARGET; and
 * writing the same image again gives the same digests. Running the image under urunc needs a
 * cluster with urunc and is not done here.
 */
class EchoOciIT {
  private static final String TAG = "0.1.0-SNAPSHOT";
  private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path temp;

  @BeforeAll
  static void skopeoIsInstalled() {
    boolean found;
    try {
      found = new ProcessBuilder("skopeo", "--version").redirectErrorStream(true).start()
          .waitFor(60, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      found = false;
    }
    assertWithMessage("EchoOciIT needs skopeo on the PATH to validate the OCI images"
        + " (Debian: apt-get install skopeo; .ci/setup installs it)").that(found).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"spt", "hvt"})
  void skopeoReadsTheLayoutAndItsUruncAnnotations(String target) throws Exception {
    Path layout = layout(target);
    Map<String, Object> inspect = object(skopeo("inspect", "oci:" + layout));
    assertThat(inspect.get("Architecture")).isEqualTo("amd64");
    assertThat(inspect.get("Os")).isEqualTo("linux");
    assertThat(inspect.get("Labels")).isEqualTo(expectedAnnotations(target));

    Map<String, Object> index = object(read(layout.resolve("index.json")));
    Map<String, Object> descriptor = object(((List<?>) index.get("manifests")).get(0));
    assertThat(inspect.get("Digest")).isEqualTo(descriptor.get("digest"));
    assertThat(object(descriptor.get("annotations"))
        .get("org.opencontainers.image.ref.name")).isEqualTo(TAG + "-" + target);

    // the manifest skopeo reads is the blob the index names, annotations and all
    byte[] manifestBytes = skopeoBytes("inspect", "--raw", "oci:" + layout);
    assertThat("sha256:" + sha256(manifestBytes)).isEqualTo(descriptor.get("digest"));
    Map<String, Object> manifest = object(new String(manifestBytes, StandardCharsets.UTF_8));
    assertThat(object(manifest.get("annotations"))).containsAtLeastEntriesIn(
        expectedAnnotations(target));

    byte[] configBytes = skopeoBytes("inspect", "--config", "--raw", "oci:" + layout);
    assertThat("sha256:" + sha256(configBytes))
        .isEqualTo(object(manifest.get("config")).get("digest"));
    Map<String, Object> config = object(skopeo("inspect", "--config", "oci:" + layout));
    Map<String, Object> run = object(config.get("config"));
    assertThat(run.get("Labels")).isEqualTo(expectedAnnotations(target));
    assertThat(run.get("Cmd")).isEqualTo(List.of("--echo.port=7"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"spt", "hvt"})
  void skopeoReadsTheTarAsADockerArchiveAndAnOciArchive(String target) throws Exception {
    Path archive = Path.of("target/oci/echo-" + target + ".tar").toAbsolutePath();
    Map<String, Object> docker = object(skopeo("inspect", "docker-archive:" + archive));
    assertThat(docker.get("Labels")).isEqualTo(expectedAnnotations(target));
    assertThat(docker.get("Architecture")).isEqualTo("amd64");
    byte[] config = skopeoBytes("inspect", "--config", "--raw", "docker-archive:" + archive);
    byte[] layoutConfig = skopeoBytes("inspect", "--config", "--raw", "oci:" + layout(target));
    assertThat(config).isEqualTo(layoutConfig);

    Map<String, Object> oci = object(skopeo("inspect", "oci-archive:" + archive));
    assertThat(oci.get("Digest")).isEqualTo(
        object(skopeo("inspect", "oci:" + layout(target))).get("Digest"));

    Object manifest = Json.parse(new String(TarReader.file(TarReader.read(archive),
        "manifest.json"), StandardCharsets.UTF_8));
    assertThat(object(((List<?>) manifest).get(0)).get("RepoTags"))
        .isEqualTo(List.of("echo:" + TAG + "-" + target));
  }

  @ParameterizedTest
  @ValueSource(strings = {"spt", "hvt"})
  void everyBlobMatchesItsDigestAndTheLayerHoldsTheBuiltImage(String target) throws Exception {
    Path layout = layout(target);
    List<Path> blobs = new ArrayList<>();
    try (Stream<Path> files = Files.list(layout.resolve("blobs/sha256"))) {
      files.forEach(blobs::add);
    }
    assertThat(blobs).hasSize(3);
    for (Path blob : blobs) {
      assertWithMessage("digest of " + blob).that(sha256(Files.readAllBytes(blob)))
          .isEqualTo(blob.getFileName().toString());
    }
    List<OciLayoutVerifier.VerifiedImage> images = new OciLayoutVerifier().verify(layout);
    assertThat(images).hasSize(1);
    List<TarReader.Entry> layer = TarReader.read(images.get(0).layers().get(0));
    byte[] unikernel = TarReader.file(layer, "unikernel/echo." + target);
    assertWithMessage("unikernel/echo." + target + " in the layer").that(unikernel).isNotNull();
    assertThat(unikernel).isEqualTo(Files.readAllBytes(Path.of("target/echo." + target)));
    for (TarReader.Entry entry : layer) {
      assertThat(entry.uid()).isEqualTo(0);
      assertThat(entry.gid()).isEqualTo(0);
      assertThat(entry.mtime()).isEqualTo(BUILT.getEpochSecond());
    }
    String uruncJson = new String(TarReader.file(layer, "urunc.json"), StandardCharsets.UTF_8);
    Map<String, Object> encoded = object(uruncJson.trim());
    assertThat(new String(java.util.Base64.getDecoder().decode(
        (String) encoded.get("com.urunc.unikernel.binary")), StandardCharsets.UTF_8))
        .isEqualTo("/unikernel/echo." + target);
  }

  @ParameterizedTest
  @ValueSource(strings = {"spt", "hvt"})
  void writingTheSameImageAgainGivesTheSameDigests(String target) throws Exception {
    UnikernelImage image = new UnikernelImage("echo", target,
        Path.of("target/echo." + target), List.of("--echo.port=7"), Optional.of("service"),
        Optional.empty());
    WrittenImage again = new OciLayoutWriter().write(
        UruncImageSpec.of(image, BUILT, TAG + "-" + target), temp.resolve("again"));
    Map<String, Object> index = object(read(layout(target).resolve("index.json")));
    Map<String, Object> descriptor = object(((List<?>) index.get("manifests")).get(0));
    assertThat(again.manifest().digest()).isEqualTo(Sha256.parse(
        (String) descriptor.get("digest")));
    assertThat(read(again.layout().resolve("index.json")))
        .isEqualTo(read(layout(target).resolve("index.json")));
  }

  private static Map<String, String> expectedAnnotations(String target) {
    return Map.of(
        "com.urunc.unikernel.unikernelType", "mirage",
        "com.urunc.unikernel.hypervisor", target,
        "com.urunc.unikernel.binary", "/unikernel/echo." + target,
        "com.urunc.unikernel.cmdline", "--echo.port=7",
        "com.urunc.unikernel.mountRootfs", "false",
        "com.urunc.unikernel.solo5NetDev", "service");
  }

  private static Path layout(String target) {
    Path layout = Path.of("target/oci/echo-" + target).toAbsolutePath();
    assertWithMessage(layout + " was not written; the oci goal runs in mvn package")
        .that(Files.isDirectory(layout)).isTrue();
    return layout;
  }

  private static String skopeo(String... arguments) throws Exception {
    return new String(skopeoBytes(arguments), StandardCharsets.UTF_8);
  }

  private static byte[] skopeoBytes(String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("skopeo");
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("skopeo did not finish").that(process.waitFor(120, TimeUnit.SECONDS))
        .isTrue();
    assertWithMessage(String.join(" ", command) + " failed: " + err)
        .that(process.exitValue()).isEqualTo(0);
    return out;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object jsonOrValue) {
    Object value = jsonOrValue instanceof String ? Json.parse((String) jsonOrValue) : jsonOrValue;
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}

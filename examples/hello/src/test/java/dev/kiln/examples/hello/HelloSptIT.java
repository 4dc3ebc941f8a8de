package dev.kiln.examples.hello;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.cli.KilnLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** hello.spt, as `mvn package` built it, booted under kiln-spt. */
class HelloSptIT {
  private static final Path IMAGE = Path.of("target/hello.spt");
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @BeforeAll
  static void imageWasBuilt() {
    Tools.skipUnless(Files.isRegularFile(IMAGE), "target/hello.spt was not built");
  }

  @Test
  void bootsWithA16MibGuestPrintsTheGreetingAndExitsZero() throws Exception {
    KilnLauncher.Result result = KilnLauncher.run(TIMEOUT, "run", "--mem", "16", IMAGE.toString());
    assertThat(result.output()).containsMatch("(?m)^Hello, Kiln! Booted in \\d+\\.\\d{3} ms\\.$");
    assertThat(result.status()).isEqualTo(0);
  }

  @Test
  void helpPrintsTheOptionsAndExitsZero() throws Exception {
    KilnLauncher.Result result =
        KilnLauncher.run(TIMEOUT, "run", "--mem", "16", IMAGE.toString(), "--", "--help");
    assertThat(result.output()).contains("Usage: hello [--KEY=VALUE]");
    assertThat(result.status()).isEqualTo(0);
  }

  @Test
  void unknownBootOptionIsAClearErrorAndExitsTwo() throws Exception {
    KilnLauncher.Result result =
        KilnLauncher.run(TIMEOUT, "run", "--mem", "16", IMAGE.toString(), "--", "--colour=red");
    assertThat(result.output()).contains("hello: unknown option --colour");
    assertThat(result.status()).isEqualTo(2);
  }

  @Test
  void inspectShowsTargetDevicesAndTheEmbeddedReport() throws Exception {
    KilnLauncher.Result result = KilnLauncher.run(TIMEOUT, "inspect", IMAGE.toString());
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.output()).contains("target:   spt (Solo5 ABI version 2)");
    assertThat(result.output()).contains("dev.kiln.spt.SptPlatformModule");
    assertThat(result.output()).contains("dev.kiln.solo5.Solo5ConsoleModule");
    assertThat(result.output()).doesNotContain("dev.kiln.jvm.");
    assertThat(result.output()).contains("greeting.name = Kiln");
  }

  /**
   * Builds the example again from a copy of its sources in another folder and compares the
   * images byte for byte: a clean build elsewhere must give the same bytes.
   */
  @Test
  void aSecondCleanBuildElsewhereGivesTheSameBytes() throws Exception {
    Path maven = Tools.find("mvn");
    Tools.skipUnless(maven != null, "mvn is not on the PATH");
    // Kept after the run (under target/) so that a difference can be examined.
    Path copy = Path.of("target/reproducibility/hello").toAbsolutePath();
    deleteTree(copy);
    Files.createDirectories(copy);
    Files.copy(Path.of("pom.xml"), copy.resolve("pom.xml"));
    copyTree(Path.of("src/main"), copy.resolve("src/main"));
    Process build = new ProcessBuilder(List.of(maven.toString(), "-o", "-q", "-B", "package",
            "-DskipTests", "-Dmaven.test.skip=true"))
        .directory(copy.toFile()).redirectErrorStream(true).start();
    String output = new String(build.getInputStream().readAllBytes());
    assertThat(build.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertWithMessage("mvn package output:\n%s", output).that(build.exitValue()).isEqualTo(0);
    for (String image : List.of("hello.spt", "hello.virtio", "hello.hvt", "hello.xen", "hello.jar")) {
      Path original = Path.of("target", image);
      if (Files.exists(original)) {
        assertWithMessage(image).that(sha256(copy.resolve("target").resolve(image)))
            .isEqualTo(sha256(original));
      }
    }
  }

  private static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(file)));
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path path : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
          Files.delete(path);
        }
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

}

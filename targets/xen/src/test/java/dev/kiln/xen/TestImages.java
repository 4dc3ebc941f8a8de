package dev.kiln.xen;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Builds the xen C test images with {@code src/test/c/build.sh} and finds the tools tests need. */
final class TestImages {
  static final Path MODULE = Path.of("").toAbsolutePath();
  static final Path WORK = MODULE.resolve("target/xen-tests");

  private TestImages() {}

  /** Skips the calling test, saying why, unless gcc and objcopy are on the PATH. */
  static void assumeToolchain() {
    boolean present = onPath("gcc") && onPath("objcopy");
    if (!present) {
      System.out.println("SKIPPED: needs gcc and objcopy (sh .ci/setup installs them)");
    }
    assumeTrue(present, "needs gcc and objcopy");
  }

  static Path build(Path output) throws IOException, InterruptedException {
    Path script = MODULE.resolve("src/test/c/build.sh");
    Process process = new ProcessBuilder("sh", script.toString(), output.toString())
        .redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError("build.sh failed:\n" + log);
    }
    return output;
  }

  static boolean onPath(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return false;
  }
}

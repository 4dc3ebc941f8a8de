package dev.kiln.virtio;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.testing.ScriptResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The virtio target under QEMU (TCG here): one tiny image per binding feature (console, exit
 * status, clocks, TLS, stack protector, traps, block, net with ARP and ping from the host), the
 * images' layout, and reproducible builds.
 */
class VirtioConformanceTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path TESTS = MODULE.resolve("src/test/c");
  private static final Path WORK = MODULE.resolve("target/virtio-tests");

  @BeforeAll
  static void needsTheToolchainAndQemu() {
    boolean toolchain = onPath("gcc") && onPath("objcopy");
    boolean qemu = onPath("qemu-system-x86_64");
    if (!toolchain || !qemu) {
      System.out.println("SKIPPED: needs gcc, objcopy and qemu-system-x86_64"
          + " (sh .ci/setup installs them)");
    }
    assumeTrue(toolchain && qemu, "needs gcc, objcopy and qemu-system-x86_64");
  }

  @TestFactory
  List<DynamicTest> imagesUnderQemu() throws Exception {
    Path images = build(WORK.resolve("images"));
    return ScriptResults.run(MODULE,
        List.of("sh", TESTS.resolve("run-tests.sh").toString(), images.toString()));
  }

  @Test
  void buildsAreReproducible() throws Exception {
    Path first = build(WORK.resolve("reproducible-a"));
    Path second = build(WORK.resolve("reproducible-b"));
    List<String> names = new ArrayList<>();
    try (var list = Files.list(first)) {
      list.filter(p -> p.toString().endsWith(".virtio"))
          .forEach(p -> names.add(p.getFileName().toString()));
    }
    assertThat(names).isNotEmpty();
    for (String name : names) {
      assertThat(Files.readAllBytes(second.resolve(name)))
          .isEqualTo(Files.readAllBytes(first.resolve(name)));
    }
  }

  private static Path build(Path output) throws Exception {
    Process process = new ProcessBuilder(
            List.of("sh", TESTS.resolve("build.sh").toString(), output.toString()))
        .redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError("build.sh failed:\n" + log);
    }
    return output;
  }

  private static boolean onPath(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return false;
  }
}

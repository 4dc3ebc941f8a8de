package dev.kiln.hvt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Builds the hvt test images with {@code src/test/c/build.sh} and finds the tools tests need. */
final class TestImages {
  static final Path MODULE = Path.of("").toAbsolutePath();
  static final Path WORK = MODULE.resolve("target/hvt-tests");

  private TestImages() {}

  static Path buildImages(Path output) throws IOException, InterruptedException {
    Path script = MODULE.resolve("src/test/c/build.sh");
    Process process = new ProcessBuilder("sh", script.toString(), output.toString())
        .redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError("build.sh failed:\n" + log);
    }
    return output;
  }

  /** What is missing to build the images, or "" if nothing is. */
  static String missingTools() {
    List<String> missing = new ArrayList<>();
    for (String tool : List.of("gcc", "objcopy")) {
      if (!onPath(tool)) {
        missing.add(tool);
      }
    }
    return missing.isEmpty() ? ""
        : String.join(" and ", missing) + " not on the PATH (sh .ci/setup installs them)";
  }

  static boolean onPath(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return false;
  }


  static List<Path> images(Path directory) throws IOException {
    List<Path> found = new ArrayList<>();
    try (var list = Files.list(directory)) {
      list.filter(p -> p.toString().endsWith(".hvt")).sorted().forEach(found::add);
    }
    return found;
  }

}

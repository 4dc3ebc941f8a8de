package dev.kiln.examples.hello;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds host tools the integration tests need. */
final class Tools {
  private Tools() {}

  /** Skips the test (or class) unless the condition holds, printing why where it is skipped. */
  static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      System.out.println("SKIPPED: " + reason);
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(condition, reason);
  }

  static boolean onPath(String tool) {
    return find(tool) != null;
  }

  /** The tool's path on the PATH, or null. */
  static Path find(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(directory, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}

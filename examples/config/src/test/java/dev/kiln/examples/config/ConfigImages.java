package dev.kiln.examples.config;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.cli.KilnLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The images `mvn package` built, and booting them with the kiln command. */
final class ConfigImages {
  static final Duration TIMEOUT = Duration.ofMinutes(3);

  private ConfigImages() {}

  /** Skips the test (or class) unless the condition holds, printing why. */
  static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      System.out.println("SKIPPED: " + reason);
    }
    assumeTrue(condition, reason);
  }

  static Path image(String target) {
    Path image = Path.of("target", "config." + target);
    skipUnless(Files.isRegularFile(image), image + " was not built");
    return image;
  }

  static boolean onPath(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return false;
  }

  /** Boots the image with these boot arguments and waits for it to end. */
  static KilnLauncher.Result boot(Path image, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("run", "--mem", "32",
        image.toString(), "--"));
    command.addAll(List.of(arguments));
    return KilnLauncher.run(TIMEOUT, command.toArray(new String[0]));
  }
}

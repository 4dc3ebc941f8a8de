package dev.kiln.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds the kiln-spt tender, building it with make and gcc on first use from the sources that
 * ship in kiln-target-spt. Builds are cached by a hash of the sources, so a new Kiln version
 * builds its own tender.
 */
final class SptTender {
  static final String SOURCES = "kiln/c/spt/tender/";
  static final String HEADERS = "kiln/c/solo5/include/";

  private SptTender() {}

  static Path locate() throws IOException, InterruptedException {
    Map<String, byte[]> sources = ClasspathTree.read(SOURCES);
    Map<String, byte[]> headers = ClasspathTree.read(HEADERS);
    Path home = cacheDirectory().resolve("tender-" + hash(sources, headers));
    Path tender = home.resolve("kiln-spt");
    if (Files.isExecutable(tender)) {
      return tender;
    }
    Path work = Files.createTempDirectory(cacheDirectory(), "build-");
    try {
      write(work.resolve("tender"), sources);
      write(work.resolve("include"), headers);
      System.err.println("kiln: building the spt tender (first use) in " + home);
      Process make = new ProcessBuilder(List.of("make", "-s", "-C", work.toString(),
              "-f", work.resolve("tender/Makefile").toString(),
              "OUT=" + work.resolve("out"), "INCLUDE_DIR=" + work.resolve("include")))
          .redirectErrorStream(true).start();
      String output = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!make.waitFor(5, TimeUnit.MINUTES) || make.exitValue() != 0) {
        throw new KilnException("building the spt tender failed (it needs make, gcc and"
            + " libseccomp-dev): " + firstLines(output));
      }
      Files.createDirectories(home);
      Files.move(work.resolve("out/kiln-spt"), tender, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      return tender;
    } catch (IOException e) {
      throw new KilnException("building the spt tender failed: " + e.getMessage());
    } finally {
      deleteTree(work);
    }
  }

  private static Path cacheDirectory() throws IOException {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    Path directory = base.resolve("kiln");
    Files.createDirectories(directory);
    return directory;
  }

  private static String hash(Map<String, byte[]> sources, Map<String, byte[]> headers) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map<String, byte[]> tree : List.of(sources, headers)) {
        for (Map.Entry<String, byte[]> file : tree.entrySet()) {
          digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(file.getValue());
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path root, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }

  private static String firstLines(String text) {
    String[] lines = text.strip().split("\n");
    return String.join(" | ", java.util.Arrays.copyOf(lines, Math.min(lines.length, 5)));
  }

  private static void deleteTree(Path root) {
    try (var walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException ignored) {
          // Best effort: a leftover temporary folder in the cache is harmless.
        }
      });
    } catch (IOException ignored) {
      // Nothing to clean.
    }
  }
}

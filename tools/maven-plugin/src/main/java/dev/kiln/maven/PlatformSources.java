package dev.kiln.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks the C sources that target artifacts carry under {@value #PREFIX} (Kiln's runtime in
 * kiln-target-solo5, each target's bindings in kiln-target-TARGET) into one directory tree.
 */
final class PlatformSources {
  static final String PREFIX = "kiln/c/";

  private PlatformSources() {}

  /** Extracts {@code kiln/c/**} from every dependency into {@code destination}. */
  static void extract(List<Path> dependencies, Path destination) throws IOException {
    for (Path dependency : dependencies) {
      if (Files.isDirectory(dependency)) {
        copyDirectory(dependency.resolve(PREFIX), destination);
        continue;
      }
      try (ZipFile zip = new ZipFile(dependency.toFile())) {
        for (ZipEntry entry : Collections.list(zip.entries())) {
          String name = entry.getName();
          if (entry.isDirectory() || !name.startsWith(PREFIX) || name.contains("..")) {
            continue;
          }
          Path target = destination.resolve(name.substring(PREFIX.length()));
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.write(target, in.readAllBytes());
          }
        }
      }
    }
  }

  private static void copyDirectory(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (var walk = Files.walk(from)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}

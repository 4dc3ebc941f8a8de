package dev.kiln.maven.assets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the files under an asset folder, sorted by key, checking every key and limit first. All
 * problems are reported together, one per line.
 */
public final class AssetFolder {
  private AssetFolder() {}

  /**
   * The folder's files as assets.
   *
   * @param folder  the asset folder
   * @param shownAs how messages name the folder (a path relative to the project)
   * @throws AssetsException if the folder is not a directory, a name is not a valid key, a file
   *     or the whole exceeds the limits, or an entry is neither a file nor a directory
   */
  public static List<Asset> read(Path folder, String shownAs, AssetLimits limits)
      throws AssetsException {
    if (!Files.isDirectory(folder)) {
      throw new AssetsException("Kiln: the asset folder " + shownAs + " does not exist or is not"
          + " a directory. Fix: create it, or point <assetDirectory> at the folder to embed.");
    }
    List<Path> files = list(folder, shownAs);
    List<String> problems = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    long total = 0;
    for (Path file : files) {
      String key = keyOf(folder.relativize(file));
      String shown = shownAs + "/" + key;
      if (!Files.isRegularFile(file)) {
        problems.add(shown + " is not a regular file (links to directories, devices and"
            + " sockets are not embedded)");
        continue;
      }
      String keyProblem = AssetKeys.problem(key);
      if (keyProblem != null) {
        problems.add(shown + ": its name is not a valid key: " + keyProblem);
      }
      long size = size(file, shown);
      if (size > limits.maxFileBytes()) {
        problems.add(shown + " is " + size + " bytes; the limit per file is "
            + limits.maxFileBytes() + " (<assetMaxFileBytes>)");
      }
      total += size;
      keys.add(key);
    }
    if (files.size() > AssetLimits.MAX_FILES) {
      problems.add(shownAs + " holds " + files.size() + " files; the limit is "
          + AssetLimits.MAX_FILES);
    }
    if (total > limits.maxTotalBytes()) {
      problems.add(shownAs + " holds " + total + " bytes; the limit is " + limits.maxTotalBytes()
          + " (<assetMaxTotalBytes>)");
    }
    if (!problems.isEmpty()) {
      throw new AssetsException("Kiln: cannot embed " + shownAs + ":\n  "
          + String.join("\n  ", problems)
          + "\nFix: rename or remove those files, or raise the limit.");
    }
    List<Asset> assets = new ArrayList<>(keys.size());
    for (String key : keys) {
      assets.add(Asset.of(key, readAll(folder.resolve(key), shownAs + "/" + key)));
    }
    return assets;
  }

  private static List<Path> list(Path folder, String shownAs) throws AssetsException {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = new ArrayList<>();
      walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
          .forEach(files::add);
      files.sort(Comparator.comparing(path -> keyOf(folder.relativize(path))));
      return files;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new AssetsException("Kiln: cannot list " + shownAs + ": " + e.getMessage(), e);
    }
  }

  private static String keyOf(Path relative) {
    StringBuilder key = new StringBuilder();
    for (Path name : relative) {
      if (key.length() > 0) {
        key.append('/');
      }
      key.append(name);
    }
    return key.toString();
  }

  private static long size(Path file, String shown) throws AssetsException {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new AssetsException("Kiln: cannot read " + shown + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readAll(Path file, String shown) throws AssetsException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new AssetsException("Kiln: cannot read " + shown + ": " + e.getMessage(), e);
    }
  }
}

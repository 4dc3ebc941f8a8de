package dev.kiln.oci;

import java.nio.file.Path;

/**
 * A regular file of the image's single layer: its path inside the image (relative, e.g. {@code
 * unikernel/web.hvt}), its mode, and where its bytes come from: a file on disk (streamed) or bytes
 * in memory. Exactly one of {@code source} and {@code content} is set.
 */
public record LayerFile(String path, int mode, Path source, byte[] content) {
  public LayerFile {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw new IllegalArgumentException("a layer path is relative and names a file: " + path);
    }
    if ((source == null) == (content == null)) {
      throw new IllegalArgumentException(path + ": give either a source file or the content");
    }
    content = content == null ? null : content.clone();
  }

  public static LayerFile copyOf(String path, int mode, Path source) {
    return new LayerFile(path, mode, source, null);
  }

  public static LayerFile of(String path, int mode, byte[] content) {
    return new LayerFile(path, mode, null, content);
  }

  @Override
  public byte[] content() {
    return content == null ? null : content.clone();
  }
}

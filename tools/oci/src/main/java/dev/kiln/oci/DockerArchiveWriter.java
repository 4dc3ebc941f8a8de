package dev.kiln.oci;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Packs a written image layout into one tar that reads both as a docker-archive and as an OCI
 * layout archive: the layout's own files plus Docker's {@code manifest.json}, which names the
 * config and layer blobs and the repository tag. This is the shape {@code docker save} itself
 * writes since Docker 25. Entries are sorted, owned by 0, with fixed
 * modes and the one timestamp given.
 */
public final class DockerArchiveWriter {
  /** A Docker reference: lowercase path components, a tag after ':'. */
  private static final Pattern REPO_TAG = Pattern.compile(
      "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
          + ":[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");
  private static final int FILE_MODE = 0644;

  public void write(WrittenImage image, String repoTag, Instant mtime, Path archive)
      throws IOException {
    if (!REPO_TAG.matcher(repoTag).matches()) {
      throw new IllegalArgumentException("not a Docker repository:tag (lowercase name, then"
          + " ':' and a tag): " + repoTag);
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("Config", blobPath(image.config()));
    entry.put("RepoTags", List.of(repoTag));
    entry.put("Layers", List.of(blobPath(image.layer())));
    byte[] manifest = OciLayoutWriter.json(List.of(entry));

    Map<String, Path> blobs = new TreeMap<>();
    for (Descriptor descriptor : List.of(image.manifest(), image.config(), image.layer())) {
      blobs.put(blobPath(descriptor), image.blob(descriptor.digest()));
    }
    Path parent = archive.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = parent.resolve(archive.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial);
        TarWriter tar = new TarWriter(out, mtime)) {
      tar.directory("blobs/", OciLayoutWriter.DIRECTORY_MODE);
      tar.directory("blobs/sha256/", OciLayoutWriter.DIRECTORY_MODE);
      for (Map.Entry<String, Path> blob : blobs.entrySet()) {
        tar.file(blob.getKey(), FILE_MODE, blob.getValue());
      }
      tar.file("index.json", FILE_MODE, image.layout().resolve("index.json"));
      tar.file("manifest.json", FILE_MODE, manifest);
      tar.file("oci-layout", FILE_MODE, image.layout().resolve("oci-layout"));
    }
    Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static String blobPath(Descriptor descriptor) {
    return "blobs/sha256/" + descriptor.digest().hex();
  }
}

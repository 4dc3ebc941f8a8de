package dev.kiln.oci;

import dev.kiln.tools.report.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes one {@link ImageSpec} as an OCI image layout directory (Image Format 1.0): {@code
 * oci-layout}, {@code index.json} naming one manifest, and {@code blobs/sha256/} holding the
 * manifest, the config and the single uncompressed layer. The directory is built beside its
 * final place and moved there at the end, so a failed write leaves no half-written layout.
 */
public final class OciLayoutWriter {
  static final int DIRECTORY_MODE = 0755;
  static final String LAYOUT_VERSION = "1.0.0";
  public static final String REF_NAME = "org.opencontainers.image.ref.name";

  public WrittenImage write(ImageSpec spec, Path layout) throws IOException {
    Path parent = layout.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = parent.resolve(layout.getFileName() + ".partial");
    deleteTree(partial);
    Path blobs = partial.resolve("blobs").resolve("sha256");
    Files.createDirectories(blobs);

    Descriptor layer = writeLayer(spec, blobs);
    byte[] config = json(config(spec, layer.digest()));
    Descriptor configDescriptor =
        new Descriptor(MediaTypes.CONFIG, writeBlob(blobs, config), config.length);
    byte[] manifest = json(manifest(spec, configDescriptor, layer));
    Descriptor manifestDescriptor = new Descriptor(MediaTypes.MANIFEST,
        writeBlob(blobs, manifest), manifest.length, Map.of(REF_NAME, spec.refName()));

    Map<String, Object> index = new LinkedHashMap<>();
    index.put("schemaVersion", 2L);
    index.put("mediaType", MediaTypes.INDEX);
    index.put("manifests", List.of(manifestDescriptor.toJson()));
    Files.write(partial.resolve("index.json"), json(index));
    Files.write(partial.resolve("oci-layout"),
        json(Map.of("imageLayoutVersion", LAYOUT_VERSION)));

    deleteTree(layout);
    Files.move(partial, layout, StandardCopyOption.ATOMIC_MOVE);
    return new WrittenImage(layout, manifestDescriptor, configDescriptor, layer, spec.refName());
  }

  /** Streams the layer tar into the blob directory, digesting it on the way. */
  private static Descriptor writeLayer(ImageSpec spec, Path blobs) throws IOException {
    Path partial = blobs.resolve("layer.partial");
    MessageDigest digest = Sha256.newDigest();
    try (OutputStream out = Files.newOutputStream(partial);
        TarWriter tar = new TarWriter(new DigestOutputStream(out, digest), spec.created())) {
      Map<String, LayerFile> entries = new TreeMap<>();
      for (LayerFile layerFile : spec.files()) {
        entries.put(layerFile.path(), layerFile);
      }
      for (String directory : spec.directories()) {
        entries.put(directory, null);
      }
      for (Map.Entry<String, LayerFile> entry : entries.entrySet()) {
        LayerFile file = entry.getValue();
        if (file == null) {
          tar.directory(entry.getKey(), DIRECTORY_MODE);
        } else if (file.source() != null) {
          tar.file(file.path(), file.mode(), file.source());
        } else {
          tar.file(file.path(), file.mode(), file.content());
        }
      }
    }
    Sha256 layerDigest = Sha256.of(digest);
    long size = Files.size(partial);
    Files.move(partial, blobs.resolve(layerDigest.hex()), StandardCopyOption.REPLACE_EXISTING);
    return new Descriptor(MediaTypes.LAYER_TAR, layerDigest, size);
  }

  private static Map<String, Object> config(ImageSpec spec, Sha256 diffId) {
    Map<String, Object> runConfig = new LinkedHashMap<>();
    runConfig.put("Cmd", new ArrayList<Object>(spec.cmd()));
    runConfig.put("Labels", new TreeMap<>(spec.labels()));
    Map<String, Object> rootfs = new LinkedHashMap<>();
    rootfs.put("type", "layers");
    rootfs.put("diff_ids", List.of(diffId.toString()));
    Map<String, Object> history = new LinkedHashMap<>();
    history.put("created", timestamp(spec.created()));
    history.put("created_by", "Kiln");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("created", timestamp(spec.created()));
    config.put("architecture", spec.architecture());
    config.put("os", spec.os());
    config.put("config", runConfig);
    config.put("rootfs", rootfs);
    config.put("history", List.of(history));
    return config;
  }

  private static Map<String, Object> manifest(ImageSpec spec, Descriptor config,
      Descriptor layer) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("schemaVersion", 2L);
    manifest.put("mediaType", MediaTypes.MANIFEST);
    manifest.put("config", config.toJson());
    manifest.put("layers", List.of(layer.toJson()));
    if (!spec.annotations().isEmpty()) {
      manifest.put("annotations", new TreeMap<>(spec.annotations()));
    }
    return manifest;
  }

  /** RFC 3339 in UTC, whole seconds: the form the image spec's examples use. */
  static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(
        java.time.temporal.ChronoUnit.SECONDS));
  }

  static byte[] json(Object value) {
    return Json.write(value).getBytes(StandardCharsets.UTF_8);
  }

  private static Sha256 writeBlob(Path blobs, byte[] content) throws IOException {
    Sha256 digest = Sha256.of(content);
    Files.write(blobs.resolve(digest.hex()), content);
    return digest;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path path : paths) {
      Files.delete(path);
    }
  }
}

package dev.kiln.oci;

import dev.kiln.tools.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an image layout the way a registry client would before trusting it: the {@code
 * oci-layout} version, and for every manifest the index names, that each blob (manifest, config,
 * layers) exists under its digest with the size and SHA-256 its descriptor states, that the
 * config's {@code rootfs.diff_ids} match the uncompressed layers, and that media types are the
 * image spec's.
 */
public final class OciLayoutVerifier {
  /** One verified image: the index's descriptor for it, its parsed manifest and config. */
  public record VerifiedImage(String refName, Descriptor manifestDescriptor,
      Map<String, Object> manifest, Map<String, Object> config, List<Path> layers) {}

  public List<VerifiedImage> verify(Path layout) throws IOException {
    Map<String, Object> marker = object(parse(layout.resolve("oci-layout")), "oci-layout");
    if (!OciLayoutWriter.LAYOUT_VERSION.equals(marker.get("imageLayoutVersion"))) {
      throw new InvalidLayoutException("oci-layout: imageLayoutVersion is "
          + marker.get("imageLayoutVersion") + ", expected " + OciLayoutWriter.LAYOUT_VERSION);
    }
    Map<String, Object> index = object(parse(layout.resolve("index.json")), "index.json");
    expect(index, "schemaVersion", 2L, "index.json");
    List<VerifiedImage> images = new ArrayList<>();
    for (Object entry : list(index, "manifests", "index.json")) {
      Descriptor descriptor = descriptor(entry, "index.json manifest");
      if (!MediaTypes.MANIFEST.equals(descriptor.mediaType())) {
        throw new InvalidLayoutException("index.json names a " + descriptor.mediaType()
            + ", expected an image manifest");
      }
      Map<String, Object> manifest = object(parse(Files.readAllBytes(
          blob(layout, descriptor, "manifest")), "manifest"), "manifest");
      expect(manifest, "schemaVersion", 2L, "manifest");
      expect(manifest, "mediaType", MediaTypes.MANIFEST, "manifest");
      Descriptor configDescriptor = descriptor(manifest.get("config"), "manifest config");
      expect(Map.of("mediaType", configDescriptor.mediaType()), "mediaType", MediaTypes.CONFIG,
          "manifest config");
      Map<String, Object> config = object(parse(Files.readAllBytes(
          blob(layout, configDescriptor, "config")), "config"), "config");
      Map<String, Object> rootfs = object(config.get("rootfs"), "config rootfs");
      List<Object> diffIds = list(rootfs, "diff_ids", "config rootfs");
      List<Object> layerEntries = list(manifest, "layers", "manifest");
      if (diffIds.size() != layerEntries.size()) {
        throw new InvalidLayoutException("config lists " + diffIds.size() + " diff_ids for "
            + layerEntries.size() + " layers");
      }
      List<Path> layers = new ArrayList<>();
      for (int i = 0; i < layerEntries.size(); i++) {
        Descriptor layer = descriptor(layerEntries.get(i), "manifest layer " + i);
        Path layerFile = blob(layout, layer, "layer " + i);
        if (!MediaTypes.LAYER_TAR.equals(layer.mediaType())) {
          throw new InvalidLayoutException("layer " + i + " is " + layer.mediaType()
              + "; only uncompressed tar layers are checked here");
        }
        if (!layer.digest().toString().equals(diffIds.get(i))) {
          throw new InvalidLayoutException("layer " + i + ": diff_id " + diffIds.get(i)
              + " differs from the uncompressed layer's digest " + layer.digest());
        }
        layers.add(layerFile);
      }
      images.add(new VerifiedImage(descriptor.annotations().get(OciLayoutWriter.REF_NAME),
          descriptor, manifest, config, List.copyOf(layers)));
    }
    if (images.isEmpty()) {
      throw new InvalidLayoutException("index.json names no manifest");
    }
    return images;
  }

  /** The blob's file, once its size and digest match the descriptor. */
  private static Path blob(Path layout, Descriptor descriptor, String what) throws IOException {
    Path file = path(layout, descriptor.digest());
    if (!Files.isRegularFile(file)) {
      throw new InvalidLayoutException(what + ": blob " + descriptor.digest() + " is missing");
    }
    long size = Files.size(file);
    if (size != descriptor.size()) {
      throw new InvalidLayoutException(what + ": blob " + descriptor.digest() + " has " + size
          + " bytes, its descriptor says " + descriptor.size());
    }
    Sha256 actual = Sha256.of(file);
    if (!actual.equals(descriptor.digest())) {
      throw new InvalidLayoutException(what + ": blob named " + descriptor.digest()
          + " has the digest " + actual);
    }
    return file;
  }

  private static Path path(Path layout, Sha256 digest) {
    return layout.resolve("blobs").resolve("sha256").resolve(digest.hex());
  }

  @SuppressWarnings("unchecked")
  private static Descriptor descriptor(Object value, String what) throws IOException {
    Map<String, Object> json = object(value, what);
    Object mediaType = json.get("mediaType");
    Object digest = json.get("digest");
    Object size = json.get("size");
    if (!(mediaType instanceof String) || !(digest instanceof String)
        || !(size instanceof Long)) {
      throw new InvalidLayoutException(what + ": a descriptor needs mediaType, digest and size");
    }
    Sha256 sha;
    try {
      sha = Sha256.parse((String) digest);
    } catch (IllegalArgumentException e) {
      throw new InvalidLayoutException(what + ": " + e.getMessage());
    }
    Map<String, String> annotations = new java.util.TreeMap<>();
    if (json.get("annotations") instanceof Map) {
      for (Map.Entry<String, Object> entry :
          ((Map<String, Object>) json.get("annotations")).entrySet()) {
        annotations.put(entry.getKey(), String.valueOf(entry.getValue()));
      }
    }
    return new Descriptor((String) mediaType, sha, (Long) size, annotations);
  }

  private static Object parse(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidLayoutException(file.getFileName() + " is missing");
    }
    return parse(Files.readAllBytes(file), file.getFileName().toString());
  }

  private static Object parse(byte[] bytes, String what) throws IOException {
    try {
      return Json.parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new InvalidLayoutException(what + " is not JSON: " + e.getMessage());
    }
  }

  private static void expect(Map<String, Object> json, String member, Object value, String what)
      throws IOException {
    if (!value.equals(json.get(member))) {
      throw new InvalidLayoutException(what + ": " + member + " is " + json.get(member)
          + ", expected " + value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) throws IOException {
    if (!(value instanceof Map)) {
      throw new InvalidLayoutException(what + " is not a JSON object");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> json, String member, String what)
      throws IOException {
    if (!(json.get(member) instanceof List)) {
      throw new InvalidLayoutException(what + ": " + member + " is not a list");
    }
    return (List<Object>) json.get(member);
  }
}

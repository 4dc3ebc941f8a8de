package dev.kiln.oci;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** An OCI content descriptor: what a blob is, its digest and its size in bytes. */
public record Descriptor(String mediaType, Sha256 digest, long size,
    Map<String, String> annotations) {

  public Descriptor {
    annotations = Map.copyOf(annotations);
  }

  public Descriptor(String mediaType, Sha256 digest, long size) {
    this(mediaType, digest, size, Map.of());
  }

  /** The descriptor as JSON members in the spec's order; annotations sorted by key. */
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mediaType", mediaType);
    json.put("digest", digest.toString());
    json.put("size", size);
    if (!annotations.isEmpty()) {
      json.put("annotations", new TreeMap<>(annotations));
    }
    return json;
  }
}

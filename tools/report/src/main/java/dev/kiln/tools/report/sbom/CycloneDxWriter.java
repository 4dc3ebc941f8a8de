package dev.kiln.tools.report.sbom;

import dev.kiln.tools.report.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a CycloneDX 1.5 JSON bill of materials for an image: the application as the described
 * component and every Maven artifact inside as a library with its exact version, package URL and
 * SHA-256. Deterministic: the serial number is derived from the content, the timestamp is the
 * build's fixed output timestamp.
 */
public final class CycloneDxWriter {
  private CycloneDxWriter() {}

  /**
   * A Maven artifact inside the image.
   *
   * @param sha256 lowercase hex digest of the file, or null when unknown
   * @param inside the outputs that contain it, e.g. {@code echo.jar}, {@code echo.spt}
   */
  public record Component(String group, String name, String version, String type,
      String classifier, String sha256, List<String> inside) {
    /** {@code pkg:maven/group/name@version}, with type and classifier qualifiers if not a jar. */
    public String purl() {
      StringBuilder purl = new StringBuilder("pkg:maven/").append(group).append('/').append(name)
          .append('@').append(version);
      List<String> qualifiers = new ArrayList<>();
      if (classifier != null && !classifier.isEmpty()) {
        qualifiers.add("classifier=" + classifier);
      }
      if (type != null && !type.equals("jar")) {
        qualifiers.add("type=" + type);
      }
      if (!qualifiers.isEmpty()) {
        purl.append('?').append(String.join("&", qualifiers));
      }
      return purl.toString();
    }
  }

  /**
   * @param application the image's own project as a component (its {@code inside} is ignored)
   * @param timestamp an ISO-8601 instant, the build's {@code project.build.outputTimestamp}
   * @param tool name and version of what wrote the SBOM
   */
  public static String write(Component application, List<Component> components, String timestamp,
      String toolName, String toolVersion) {
    Map<String, Object> bom = new LinkedHashMap<>();
    bom.put("bomFormat", "CycloneDX");
    bom.put("specVersion", "1.5");
    bom.put("serialNumber", "");
    bom.put("version", 1L);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("timestamp", timestamp);
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("type", "application");
    tool.put("name", toolName);
    tool.put("version", toolVersion);
    metadata.put("tools", Map.of("components", List.of(tool)));
    metadata.put("component", component(application, "application", false));
    bom.put("metadata", metadata);
    List<Object> libraries = new ArrayList<>();
    List<Object> refs = new ArrayList<>();
    for (Component component : components) {
      libraries.add(component(component, "library", true));
      refs.add(component.purl());
    }
    bom.put("components", libraries);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("ref", application.purl());
    root.put("dependsOn", refs);
    bom.put("dependencies", List.of(root));
    bom.put("serialNumber", "urn:uuid:" + contentUuid(Json.write(bom)));
    return Json.writeIndented(bom);
  }

  private static Map<String, Object> component(Component component, String type,
      boolean withInside) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("type", type);
    entry.put("bom-ref", component.purl());
    entry.put("group", component.group());
    entry.put("name", component.name());
    entry.put("version", component.version());
    entry.put("purl", component.purl());
    if (component.sha256() != null) {
      Map<String, Object> hash = new LinkedHashMap<>();
      hash.put("alg", "SHA-256");
      hash.put("content", component.sha256());
      entry.put("hashes", List.of(hash));
    }
    if (withInside) {
      Map<String, Object> property = new LinkedHashMap<>();
      property.put("name", "kiln:inside");
      property.put("value", String.join(" ", component.inside()));
      entry.put("properties", List.of(property));
    }
    return entry;
  }

  /** A version-5-style UUID (RFC 4122 §4.3 layout) from the SHA-1 of the content. */
  static UUID contentUuid(String content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-1")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      long high = 0;
      long low = 0;
      for (int i = 0; i < 8; i++) {
        high = (high << 8) | (hash[i] & 0xff);
        low = (low << 8) | (hash[i + 8] & 0xff);
      }
      return new UUID(high, low);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this JVM", e);
    }
  }
}

package dev.kiln.tools.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A component report ({@code kiln.components/1}) as the processor writes it to {@code
 * META-INF/kiln/<image>/components.json}.
 */
public record ImageReport(
    String image, String application, List<DeviceEntry> devices, List<TargetEntry> targets,
    List<String> blueprints, String json) {

  public static final String FORMAT = "kiln.components/1";

  /** A declared device. */
  public record DeviceEntry(String name, String type) {}

  /**
   * A module in a built target, and the chain of needs that pulled it in.
   *
   * @param provides qualified names of the capabilities it binds
   * @param requires qualified names of the capabilities it depends on
   */
  public record ModuleEntry(String module, String doc, String capability, List<String> chain,
      List<String> provides, List<String> requires) {}

  /**
   * A configuration key of a built target.
   *
   * @param value null when the key has no value in the build (given at boot, or a secret)
   * @param source where the value came from: default, blueprint, application, none
   * @param blueprint the blueprint that set the value ({@code name@version}), or null
   * @param declaredBy the module or application that declares the key, or null
   * @param doc what the key is for, or null
   */
  public record ConfigEntry(String key, String type, String phase, String value, String source,
      boolean secret, String blueprint, String declaredBy, String doc) {}

  /**
   * One target: built (with its boot entry and contents) or skipped (with the reason).
   *
   * @param main the boot entry class; null when skipped
   * @param component the generated Dagger component interface; null when skipped or unknown
   */
  public record TargetEntry(String target, boolean built, String main, String reason,
      List<ModuleEntry> modules, List<ConfigEntry> config, String component) {}

  public static ImageReport read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses a report, rejecting other formats and missing members with a clear message. */
  public static ImageReport parse(String json) {
    Map<String, Object> root = object(Json.parse(json), "report");
    String format = string(root, "format");
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(
          "not a Kiln component report: format is " + format + ", expected " + FORMAT);
    }
    List<DeviceEntry> devices = new ArrayList<>();
    for (Object device : list(root, "devices")) {
      Map<String, Object> entry = object(device, "device");
      devices.add(new DeviceEntry(string(entry, "name"), string(entry, "type")));
    }
    List<TargetEntry> targets = new ArrayList<>();
    for (Object target : list(root, "targets")) {
      targets.add(target(object(target, "target")));
    }
    List<String> blueprints = new ArrayList<>();
    if (root.get("blueprints") instanceof List) {
      for (Object blueprint : list(root, "blueprints")) {
        blueprints.add(blueprintName(blueprint));
      }
    }
    return new ImageReport(string(root, "image"), string(root, "application"),
        List.copyOf(devices), List.copyOf(targets), List.copyOf(blueprints), json);
  }

  /**
   * The report of one image: the same format, with only that target in {@code targets},
   * written compactly. This is what a native image carries in its {@code .kiln.report} section.
   */
  public static String forTarget(String json, String target) {
    Map<String, Object> root = new java.util.LinkedHashMap<>(object(Json.parse(json), "report"));
    List<Object> kept = new ArrayList<>();
    for (Object entry : list(root, "targets")) {
      if (target.equals(object(entry, "target").get("target"))) {
        kept.add(entry);
      }
    }
    root.put("targets", kept);
    return Json.write(root);
  }

  /** The target with that id, or null. */
  public TargetEntry target(String id) {
    for (TargetEntry target : targets) {
      if (target.target().equals(id)) {
        return target;
      }
    }
    return null;
  }

  private static TargetEntry target(Map<String, Object> target) {
    String id = string(target, "target");
    if (!"built".equals(target.get("status"))) {
      return new TargetEntry(id, false, null, (String) target.get("reason"), List.of(), List.of(),
          null);
    }
    List<ModuleEntry> modules = new ArrayList<>();
    for (Object module : list(target, "modules")) {
      Map<String, Object> entry = object(module, "module");
      Map<String, Object> pulledInBy = object(entry.get("pulledInBy"), "pulledInBy");
      List<String> chain = new ArrayList<>();
      for (Object step : list(pulledInBy, "chain")) {
        chain.add((String) step);
      }
      modules.add(new ModuleEntry(string(entry, "module"), (String) entry.get("doc"),
          string(pulledInBy, "capability"), List.copyOf(chain), optionalStrings(entry, "provides"),
          optionalStrings(entry, "requires")));
    }
    List<ConfigEntry> config = new ArrayList<>();
    for (Object key : list(target, "config")) {
      Map<String, Object> entry = object(key, "config");
      config.add(new ConfigEntry(string(entry, "key"), string(entry, "type"),
          string(entry, "phase"), (String) entry.get("value"), string(entry, "source"),
          Boolean.TRUE.equals(entry.get("secret")), optionalString(entry, "blueprint"),
          optionalString(entry, "declaredBy"), optionalString(entry, "doc")));
    }
    return new TargetEntry(id, true, string(target, "main"), null, List.copyOf(modules),
        List.copyOf(config), optionalString(target, "component"));
  }

  /**
   * A blueprint as {@code name@version}: the report lists them either as such strings or as
   * objects with {@code name} and {@code version}.
   */
  private static String blueprintName(Object blueprint) {
    if (blueprint instanceof String) {
      return (String) blueprint;
    }
    Map<String, Object> entry = object(blueprint, "blueprint");
    String name = string(entry, "name");
    Object version = entry.get("version");
    return version instanceof String ? name + "@" + version : name;
  }

  private static List<String> optionalStrings(Map<String, Object> object, String member) {
    if (!(object.get(member) instanceof List)) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Object value : list(object, member)) {
      if (!(value instanceof String)) {
        throw new IllegalArgumentException("malformed report: \"" + member
            + "\" holds a non-string");
      }
      values.add((String) value);
    }
    return List.copyOf(values);
  }

  private static String optionalString(Map<String, Object> object, String member) {
    Object value = object.get(member);
    return value instanceof String ? (String) value : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("malformed report: " + what + " is not an object");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> object, String member) {
    Object value = object.get(member);
    if (!(value instanceof List)) {
      throw new IllegalArgumentException("malformed report: \"" + member + "\" is not a list");
    }
    return (List<Object>) value;
  }

  private static String string(Map<String, Object> object, String member) {
    Object value = object.get(member);
    if (!(value instanceof String)) {
      throw new IllegalArgumentException("malformed report: \"" + member + "\" is missing");
    }
    return (String) value;
  }
}

package dev.kiln.processor.model;

/**
 * Which blueprint something came from.
 *
 * @param qualifiedName the blueprint interface
 */
public record BlueprintId(String name, String version, String qualifiedName) {
  /** {@code name@version}, e.g. {@code static-site@0.1.0}: how reports and messages name it. */
  public String coordinate() {
    return name + "@" + version;
  }
}

package dev.kiln.processor.model;

import dev.kiln.processor.diagnostic.Location;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What one class (an application or a blueprint) declares with the annotations they share, as
 * written on it, before blueprints are merged.
 */
public record Declarations(
    List<DeclaredNeed> needs,
    List<DeviceDescriptor> devices,
    List<ConfigSetting> settings,
    List<ModuleChoice> choices,
    List<BlueprintReference> applied) {

  /** A capability named in {@code @Needs}, with where it was named. */
  public record DeclaredNeed(String capability, Location location) {}

  /**
   * A class named in {@code @Apply}, with where it was named.
   *
   * @param element the class; null when the value is not a class or interface
   */
  public record BlueprintReference(String qualifiedName, TypeElement element, Location location) {}
}

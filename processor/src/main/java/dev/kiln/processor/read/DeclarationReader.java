package dev.kiln.processor.read;

import dev.kiln.annotations.DeviceType;
import dev.kiln.processor.diagnostic.Location;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.ConfigSetting;
import dev.kiln.processor.model.Declarations;
import dev.kiln.processor.model.Declarations.BlueprintReference;
import dev.kiln.processor.model.Declarations.DeclaredNeed;
import dev.kiln.processor.model.DeviceDescriptor;
import dev.kiln.processor.model.ModuleChoice;
import dev.kiln.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the annotations an application and a blueprint share ({@code @Needs}, {@code @Device},
 * {@code @Config}, {@code @Use}, {@code @Apply}) from one class, as written on it.
 */
public final class DeclarationReader {
  private final AnnotationValues values;

  public DeclarationReader(AnnotationValues values) {
    this.values = values;
  }

  /**
   * @param origin who the class is, recorded on each device, setting and choice
   * @param problems receives a problem for each need that is not a capability
   */
  public Declarations read(TypeElement element, Origin origin, List<Problem> problems) {
    return new Declarations(
        needs(element, problems),
        devices(element, origin),
        settings(element, origin),
        choices(element, origin),
        applied(element));
  }

  /** True when a class literal in {@code @Needs} or {@code @Apply} does not resolve (yet). */
  public boolean hasErrorTypes(Element element) {
    for (String annotation : List.of(KilnTypes.NEEDS, KilnTypes.APPLY)) {
      AnnotationMirror mirror = AnnotationValues.find(element, annotation);
      if (mirror == null) {
        continue;
      }
      for (AnnotationValue item : AnnotationValues.list(values.value(mirror, "value"))) {
        // javac gives the string "<error>" for unresolved class literals
        if (!(item.getValue() instanceof TypeMirror)
            || ((TypeMirror) item.getValue()).getKind() == TypeKind.ERROR) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the type is an interface annotated {@code @Capability}. */
  public static boolean isCapability(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element element = ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.INTERFACE
        && AnnotationValues.find(element, KilnTypes.CAPABILITY) != null;
  }

  private List<DeclaredNeed> needs(TypeElement element, List<Problem> problems) {
    List<DeclaredNeed> needs = new ArrayList<>();
    AnnotationMirror mirror = AnnotationValues.find(element, KilnTypes.NEEDS);
    if (mirror == null) {
      return needs;
    }
    for (AnnotationValue item : AnnotationValues.list(values.value(mirror, "value"))) {
      if (!(item.getValue() instanceof TypeMirror)) {
        continue;
      }
      TypeMirror type = (TypeMirror) item.getValue();
      String name = ModuleReader.qualifiedName(type);
      Location location = new Location(element, mirror, item);
      if (isCapability(type)) {
        needs.add(new DeclaredNeed(name, location));
      } else {
        problems.add(Messages.notACapability(name, "a need in @Needs", location));
      }
    }
    return List.copyOf(needs);
  }

  private List<DeviceDescriptor> devices(TypeElement element, Origin origin) {
    List<DeviceDescriptor> devices = new ArrayList<>();
    List<AnnotationMirror> mirrors =
        values.findRepeated(element, KilnTypes.DEVICE, KilnTypes.DEVICES);
    for (int i = 0; i < mirrors.size(); i++) {
      AnnotationMirror device = mirrors.get(i);
      devices.add(new DeviceDescriptor(
          values.string(device, "name"),
          DeviceType.valueOf(values.enumName(device, "type")),
          new Location(element, device, values.value(device, "name"),
              new Location.Repeated("Device", i, "name")),
          origin));
    }
    return List.copyOf(devices);
  }

  private List<ConfigSetting> settings(TypeElement element, Origin origin) {
    List<ConfigSetting> settings = new ArrayList<>();
    List<AnnotationMirror> mirrors =
        values.findRepeated(element, KilnTypes.CONFIG, KilnTypes.CONFIGS);
    for (int i = 0; i < mirrors.size(); i++) {
      AnnotationMirror config = mirrors.get(i);
      settings.add(new ConfigSetting(
          values.string(config, "key"),
          values.string(config, "value"),
          new Location(element, config, values.value(config, "value"),
              new Location.Repeated("Config", i, "value")),
          origin));
    }
    return List.copyOf(settings);
  }

  private List<ModuleChoice> choices(TypeElement element, Origin origin) {
    List<ModuleChoice> choices = new ArrayList<>();
    AnnotationMirror use = AnnotationValues.find(element, KilnTypes.USE);
    if (use != null) {
      for (AnnotationValue item : AnnotationValues.list(values.value(use, "value"))) {
        if (item.getValue() instanceof TypeMirror) {
          choices.add(new ModuleChoice(ModuleReader.qualifiedName((TypeMirror) item.getValue()),
              new Location(element, use, item), origin));
        }
      }
    }
    return List.copyOf(choices);
  }

  private List<BlueprintReference> applied(TypeElement element) {
    List<BlueprintReference> applied = new ArrayList<>();
    AnnotationMirror apply = AnnotationValues.find(element, KilnTypes.APPLY);
    if (apply != null) {
      for (AnnotationValue item : AnnotationValues.list(values.value(apply, "value"))) {
        if (item.getValue() instanceof TypeMirror) {
          TypeMirror type = (TypeMirror) item.getValue();
          TypeElement target = type.getKind() == TypeKind.DECLARED
              ? (TypeElement) ((DeclaredType) type).asElement() : null;
          applied.add(new BlueprintReference(ModuleReader.qualifiedName(type), target,
              new Location(element, apply, item)));
        }
      }
    }
    return List.copyOf(applied);
  }
}

package dev.kiln.processor.read;

import dev.kiln.annotations.Target;
import dev.kiln.processor.model.ConfigKeyDescriptor;
import dev.kiln.processor.model.ModuleDescriptor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads a {@code @KilnModule} class into a {@link ModuleDescriptor}. */
public final class ModuleReader {
  private final AnnotationValues values;
  private final ConfigKeyReader keys;

  public ModuleReader(AnnotationValues values) {
    this.values = values;
    this.keys = new ConfigKeyReader(values);
  }

  /** The descriptor, or null when the class has no {@code @KilnModule}. */
  public ModuleDescriptor read(TypeElement module) {
    AnnotationMirror mirror = AnnotationValues.find(module, KilnTypes.KILN_MODULE);
    if (mirror == null) {
      return null;
    }
    String name = module.getQualifiedName().toString();
    Set<Target> targets = EnumSet.noneOf(Target.class);
    for (String target : AnnotationValues.enumNames(values.value(mirror, "targets"))) {
      targets.add(Target.valueOf(target));
    }
    List<ConfigKeyDescriptor> configKeys = new ArrayList<>();
    for (AnnotationMirror key : AnnotationValues.annotations(values.value(mirror, "config"))) {
      configKeys.add(keys.read(key, name));
    }
    return new ModuleDescriptor(
        module,
        name,
        typeNames(values, mirror, "provides"),
        typeNames(values, mirror, "requires"),
        targets,
        List.copyOf(configKeys),
        values.string(mirror, "doc"));
  }

  static List<String> typeNames(AnnotationValues values, AnnotationMirror mirror, String member) {
    List<String> names = new ArrayList<>();
    for (TypeMirror type : AnnotationValues.types(values.value(mirror, member))) {
      names.add(qualifiedName(type));
    }
    return List.copyOf(names);
  }

  static String qualifiedName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    return type.toString();
  }
}

package dev.kiln.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotation values through mirrors, so that classes not yet compiled, or only on the
 * classpath, are read the same way, and diagnostics can point at the exact value.
 */
public final class AnnotationValues {
  private final Elements elements;

  public AnnotationValues(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of that type directly on the element, or null. */
  public static AnnotationMirror find(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return mirror;
      }
    }
    return null;
  }

  /**
   * The annotations of a repeatable type on the element: the one written directly, or those in its
   * container.
   */
  public List<AnnotationMirror> findRepeated(
      Element element, String annotationType, String containerType) {
    List<AnnotationMirror> found = new ArrayList<>();
    AnnotationMirror single = find(element, annotationType);
    if (single != null) {
      found.add(single);
    }
    AnnotationMirror container = find(element, containerType);
    if (container != null) {
      found.addAll(annotations(value(container, "value")));
    }
    return found;
  }

  /** The value of a member, falling back to its default. */
  public AnnotationValue value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("no member " + member + " in " + mirror);
  }

  /** The value written explicitly, or null when the member has its default. */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }

  public String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member).getValue();
  }

  public boolean bool(AnnotationMirror mirror, String member) {
    return (Boolean) value(mirror, member).getValue();
  }

  /** The simple name of an enum constant value. */
  public String enumName(AnnotationMirror mirror, String member) {
    return ((VariableElement) value(mirror, member).getValue()).getSimpleName().toString();
  }

  /** The elements of an array value (a single value counts as an array of one). */
  public static List<AnnotationValue> list(AnnotationValue value) {
    Object raw = value.getValue();
    List<AnnotationValue> values = new ArrayList<>();
    if (raw instanceof List<?>) {
      for (Object item : (List<?>) raw) {
        values.add((AnnotationValue) item);
      }
    } else {
      values.add(value);
    }
    return values;
  }

  /** The elements of a {@code Class<?>[]} value as types. */
  public static List<TypeMirror> types(AnnotationValue value) {
    List<TypeMirror> types = new ArrayList<>();
    for (AnnotationValue item : list(value)) {
      Object raw = item.getValue();
      if (raw instanceof TypeMirror) {
        types.add((TypeMirror) raw);
      }
    }
    return types;
  }

  /** The elements of an annotation-array value. */
  public static List<AnnotationMirror> annotations(AnnotationValue value) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    for (AnnotationValue item : list(value)) {
      mirrors.add((AnnotationMirror) item.getValue());
    }
    return mirrors;
  }

  /** The names of enum constants in an enum-array value. */
  public static List<String> enumNames(AnnotationValue value) {
    List<String> names = new ArrayList<>();
    for (AnnotationValue item : list(value)) {
      names.add(((VariableElement) item.getValue()).getSimpleName().toString());
    }
    return names;
  }
}

package dev.kiln.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** A {@code @Blueprint} interface: its identity and what it declares. */
public record BlueprintDescriptor(
    TypeElement element, AnnotationMirror annotation, BlueprintId id, String doc,
    Declarations declarations) {

  public String simpleName() {
    return element.getSimpleName().toString();
  }
}

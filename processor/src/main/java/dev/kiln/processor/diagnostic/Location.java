package dev.kiln.processor.diagnostic;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points: an element, optionally one of its annotations, optionally one value
 * of that annotation. The compiler turns this into a file and line.
 *
 * @param repeated for one of several repeated annotations (which the compiler keeps in a synthetic
 *     container it cannot place), which one it is in the source; null otherwise
 */
public record Location(Element element, AnnotationMirror annotation, AnnotationValue value,
    Repeated repeated) {

  /**
   * The {@code index}-th annotation named {@code simpleName} written on the element, and the
   * member whose value to point at (null for the whole annotation).
   */
  public record Repeated(String simpleName, int index, String member) {}

  public Location(Element element, AnnotationMirror annotation, AnnotationValue value) {
    this(element, annotation, value, null);
  }

  public static Location of(Element element) {
    return new Location(element, null, null, null);
  }

  public static Location of(Element element, AnnotationMirror annotation) {
    return new Location(element, annotation, null, null);
  }
}

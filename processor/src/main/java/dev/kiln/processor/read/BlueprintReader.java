package dev.kiln.processor.read;

import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.BlueprintDescriptor;
import dev.kiln.processor.model.BlueprintId;
import dev.kiln.processor.model.Declarations;
import dev.kiln.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads a {@code @Blueprint} interface, from source or from a jar, into a descriptor. */
public final class BlueprintReader {
  private final AnnotationValues values;
  private final DeclarationReader declarations;

  /** The descriptor, and the problems met while reading it (needs that are not capabilities). */
  public record Result(BlueprintDescriptor blueprint, List<Problem> problems) {}

  public BlueprintReader(AnnotationValues values, DeclarationReader declarations) {
    this.values = values;
    this.declarations = declarations;
  }

  /** The blueprint, or null when the class has no {@code @Blueprint}. */
  public Result read(TypeElement element) {
    AnnotationMirror mirror = AnnotationValues.find(element, KilnTypes.BLUEPRINT);
    if (mirror == null) {
      return null;
    }
    BlueprintId id = new BlueprintId(values.string(mirror, "name"),
        values.string(mirror, "version"), element.getQualifiedName().toString());
    List<Problem> problems = new ArrayList<>();
    Declarations declared = declarations.read(element, Origin.of(id), problems);
    return new Result(
        new BlueprintDescriptor(element, mirror, id, values.string(mirror, "doc"), declared),
        List.copyOf(problems));
  }
}

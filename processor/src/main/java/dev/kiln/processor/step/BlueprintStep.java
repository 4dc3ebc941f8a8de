package dev.kiln.processor.step;

import dev.kiln.processor.check.BlueprintCheck;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.diagnostic.Reporter;
import dev.kiln.processor.generate.BlueprintIndexGenerator;
import dev.kiln.processor.model.BlueprintDescriptor;
import dev.kiln.processor.read.AnnotationValues;
import dev.kiln.processor.read.BlueprintReader;
import dev.kiln.processor.read.DeclarationReader;
import dev.kiln.processor.resolve.BlueprintMerger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;

/**
 * For each {@code @Blueprint} compiled: read, check its shape and the blueprints it applies, and
 * write its index entry. Applications check the blueprints they apply again, since a jar may have
 * been built without this processor.
 */
public final class BlueprintStep {
  private final DeclarationReader declarations;
  private final BlueprintReader reader;
  private final BlueprintMerger merger;
  private final Filer filer;
  private final Reporter reporter;

  public BlueprintStep(AnnotationValues values, Filer filer, Reporter reporter) {
    this.declarations = new DeclarationReader(values);
    this.reader = new BlueprintReader(values, declarations);
    this.merger = new BlueprintMerger(reader);
    this.filer = filer;
    this.reporter = reporter;
  }

  public void process(TypeElement element) throws IOException {
    if (declarations.hasErrorTypes(element)) {
      return; // javac reports the unresolved class itself
    }
    BlueprintReader.Result read = reader.read(element);
    BlueprintDescriptor blueprint = read.blueprint();
    List<Problem> problems = new ArrayList<>(read.problems());
    problems.addAll(BlueprintCheck.check(blueprint));
    problems.addAll(merger.merge(blueprint).problems());
    if (!problems.isEmpty()) {
      problems.forEach(reporter::error);
      return;
    }
    BlueprintIndexGenerator.generate(blueprint).writeTo(filer);
  }
}

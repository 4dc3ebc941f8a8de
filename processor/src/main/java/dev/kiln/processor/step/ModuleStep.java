package dev.kiln.processor.step;

import dev.kiln.processor.check.ModuleCheck;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.diagnostic.Reporter;
import dev.kiln.processor.generate.ModuleIndexGenerator;
import dev.kiln.processor.model.ModuleDescriptor;
import dev.kiln.processor.read.ModuleReader;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;

/** For each {@code @KilnModule}: read, check, and write its index entry. */
public final class ModuleStep {
  private final ModuleReader reader;
  private final ModuleCheck check;
  private final Filer filer;
  private final Reporter reporter;

  public ModuleStep(ModuleReader reader, ModuleCheck check, Filer filer, Reporter reporter) {
    this.reader = reader;
    this.check = check;
    this.filer = filer;
    this.reporter = reporter;
  }

  public void process(TypeElement element) throws IOException {
    ModuleDescriptor module = reader.read(element);
    List<Problem> problems = check.check(module);
    if (!problems.isEmpty()) {
      problems.forEach(reporter::error);
      return;
    }
    ModuleIndexGenerator.generate(module).writeTo(filer);
  }
}

package dev.kiln.processor.resolve;

import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.SelectedModule;
import java.util.List;

/** The modules chosen for one target, or the problems that stopped the choice. */
public record Resolution(List<SelectedModule> modules, List<Problem> problems) {
  public boolean succeeded() {
    return problems.isEmpty();
  }
}

package dev.kiln.processor.step;

import dev.kiln.annotations.Target;
import dev.kiln.processor.diagnostic.ErrorId;
import dev.kiln.processor.diagnostic.Problem;
import java.util.List;

/** The outcome of resolving one target: its problems, and whether they only mean "not here". */
record TargetPlan(Target target, List<Problem> problems) {
  boolean clean() {
    return problems.isEmpty();
  }

  /** True when every problem is a capability with no provider on this target. */
  boolean onlyUnavailable() {
    for (Problem problem : problems) {
      if (problem.id() != ErrorId.MISSING_PROVIDER
          && problem.id() != ErrorId.UNSUPPORTED_ON_TARGET) {
        return false;
      }
    }
    return true;
  }
}

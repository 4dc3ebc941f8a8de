package dev.kiln.examples.kv;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.tools.report.check.LinkedModules;
import dev.kiln.tools.report.check.ReportConsistency;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every output of this build holds exactly the modules its report names: a module not in the
 * report has no code in the image (native images: linked symbols traced to their classes; the
 * jar: the modules of its Dagger component), and every module of the report is there.
 */
class ReportMatchesImageIT {
  @Test
  void everyOutputHoldsExactlyTheModulesOfItsReport() throws Exception {
    ReportConsistency.Result result =
        ReportConsistency.check(Path.of("target"), LinkedModules.currentClassPath());
    if (result.checked().isEmpty()) {
      System.out.println("SKIPPED ReportMatchesImageIT: no output of this build to check");
    }
    assumeTrue(!result.checked().isEmpty(), "no output of this build to check");
    System.out.println("ReportMatchesImageIT checked " + result.checked()
        + "; platform modules without code: " + result.unusedPlatformModules());
    assertWithMessage("outputs that differ from their reports").that(result.mismatches())
        .isEmpty();
  }
}

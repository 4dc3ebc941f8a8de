package dev.kiln.testing;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.tools.report.check.LinkedModules;
import dev.kiln.tools.report.check.ReportConsistency;
import java.nio.file.Path;

/**
 * The check every example's {@code ReportMatchesImageIT} runs: each output of a build holds
 * exactly the modules its report names. A module not in the report has no code in the image
 * (native images: linked symbols traced to their classes; the jar: the modules of its Dagger
 * component), and every module of the report is there.
 */
public final class ReportMatchesImage {
  private ReportMatchesImage() {}

  /**
   * Checks the outputs in {@code target} against their reports, with the modules on the current
   * class path; skips (printing why) when the build left no output to check.
   */
  public static void assertOutputsMatchReports(Path target) throws Exception {
    ReportConsistency.Result result =
        ReportConsistency.check(target, LinkedModules.currentClassPath());
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

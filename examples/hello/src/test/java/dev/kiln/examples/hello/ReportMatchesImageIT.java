package dev.kiln.examples.hello;

import dev.kiln.testing.ReportMatchesImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every output of this build holds exactly the modules its report names. */
class ReportMatchesImageIT {
  @Test
  void everyOutputHoldsExactlyTheModulesOfItsReport() throws Exception {
    ReportMatchesImage.assertOutputsMatchReports(Path.of("target"));
  }
}

package dev.kiln.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a shell test script whose cases print {@code PASS name}, {@code FAIL name: why} or {@code
 * SKIP name: why}, and turns each case into a JUnit test, so every case shows in the report and a
 * skip keeps its reason.
 */
public final class ScriptResults {
  private ScriptResults() {}

  public static List<DynamicTest> run(Path workingDirectory, List<String> command) {
    String output;
    int status;
    try {
      Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
          .redirectErrorStream(true).start();
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not finish within 10 minutes");
      }
      status = process.exitValue();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("cannot run " + command + ": " + e, e);
    }
    List<DynamicTest> tests = new ArrayList<>();
    String[] lines = output.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      StringBuilder detail = new StringBuilder(line);
      for (int j = i + 1; j < lines.length && lines[j].startsWith("    "); j++) {
        detail.append('\n').append(lines[j]);
      }
      if (line.startsWith("PASS ")) {
        tests.add(DynamicTest.dynamicTest(name(line), () -> {}));
      } else if (line.startsWith("FAIL ")) {
        String why = detail.toString();
        tests.add(DynamicTest.dynamicTest(name(line), () -> fail(why)));
      } else if (line.startsWith("SKIP ")) {
        String why = line.substring(5);
        tests.add(DynamicTest.dynamicTest(name(line), () -> abort(why)));
      }
    }
    if (tests.isEmpty()) {
      String all = output;
      tests.add(DynamicTest.dynamicTest("script ran", () -> fail(command + " exited " + status
          + " without reporting cases:\n" + all)));
    } else if (status != 0 && !output.contains("FAIL ")) {
      String all = output;
      tests.add(DynamicTest.dynamicTest("script exit status", () -> fail(command + " exited "
          + status + ":\n" + all)));
    }
    return tests;
  }

  private static String name(String line) {
    String rest = line.substring(5);
    int colon = rest.indexOf(':');
    return colon < 0 ? rest : rest.substring(0, colon);
  }
}

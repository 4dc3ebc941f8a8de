package dev.kiln.processor.diagnostic;

import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;

/** Sends problems to the compiler, and remembers whether any error was reported. */
public final class Reporter {
  private final ProcessingEnvironment environment;
  private final RepeatedAnnotationPositions repeated;
  private boolean errorReported;

  public Reporter(ProcessingEnvironment environment) {
    this.environment = environment;
    this.repeated = new RepeatedAnnotationPositions(environment);
  }

  public void error(Problem problem) {
    errorReported = true;
    print(Diagnostic.Kind.ERROR, problem.message(), problem.location());
  }

  public void note(String message, Location location) {
    print(Diagnostic.Kind.NOTE, message, location);
  }

  public boolean errorReported() {
    return errorReported;
  }

  private void print(Diagnostic.Kind kind, String message, Location location) {
    if (location.repeated() != null
        && repeated.print(kind, message, location.element(), location.repeated())) {
      return;
    }
    var messager = environment.getMessager();
    if (location.value() != null) {
      messager.printMessage(
          kind, message, location.element(), location.annotation(), location.value());
    } else if (location.annotation() != null) {
      messager.printMessage(kind, message, location.element(), location.annotation());
    } else {
      messager.printMessage(kind, message, location.element());
    }
  }
}

package dev.kiln.api.boot;

import dev.kiln.api.BootArguments;
import dev.kiln.api.Console;
import java.util.List;
import java.util.function.Function;

/** The sequence every generated boot entry runs. */
public final class Boot {
  /** Exit status for a boot command line that does not fit the image. */
  public static final int BAD_ARGUMENTS = 2;

  private Boot() {}

  /**
   * Wires the composition, checks the arguments against the image's boot-time keys, starts the
   * application, runs the event loop, and ends the image through its {@code Shutdown} with the
   * status {@link #status} gives. Does not return.
   */
  public static void run(
      String imageName,
      String[] args,
      long startNanos,
      List<BootOption> options,
      Function<BootArguments, Composition> wiring) {
    BootArguments arguments = BootArguments.parse(args, startNanos);
    Composition composition = wiring.apply(arguments);
    composition.shutdown().exit(status(imageName, arguments, options, composition));
  }

  /**
   * Runs the image and returns its exit status: the event loop's, 0 after {@code --help}, {@link
   * #BAD_ARGUMENTS} for a bad command line, 1 when the application failed (its stack trace is
   * printed on the console).
   */
  public static int status(String imageName, BootArguments arguments, List<BootOption> options,
      Composition composition) {
    Console console = composition.console();
    if (arguments.option("help") != null) {
      console.print(BootHelp.text(imageName, options));
      console.flush();
      return 0;
    }
    String problem = BootHelp.problem(arguments, options);
    if (problem != null) {
      console.println(imageName + ": " + problem);
      console.println(imageName + ": boot with --help to list the options");
      return BAD_ARGUMENTS;
    }
    try {
      composition.application().start();
      int status = composition.eventLoop().run();
      console.flush();
      return status;
    } catch (BootConfigurationException e) {
      console.println(imageName + ": " + e.getMessage());
      return BAD_ARGUMENTS;
    } catch (Throwable t) {
      console.flush();
      console.print(StackTraces.format(t));
      console.flush();
      return 1;
    }
  }
}

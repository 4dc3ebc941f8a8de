package dev.kiln.api.boot;

import dev.kiln.api.BootArguments;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

/** The sequence every generated boot entry runs. */
public final class Boot {
  /** Exit status for a boot command line that does not fit the image. */
  public static final int BAD_ARGUMENTS = 2;

  private Boot() {}

  /**
   * Checks the arguments against the image's boot-time keys, wires the composition, starts the
   * application, and runs the event loop.
   *
   * @return the exit status: the loop's, {@link #BAD_ARGUMENTS} for a bad command line, 1 when the
   *     application failed
   */
  public static int run(
      String imageName,
      String[] args,
      long startNanos,
      List<BootOption> options,
      Function<BootArguments, Composition> wiring) {
    PrintStream out = System.out;
    BootArguments arguments = BootArguments.parse(args, startNanos);
    if (arguments.option("help") != null) {
      out.print(BootHelp.text(imageName, options));
      out.flush();
      return 0;
    }
    String problem = BootHelp.problem(arguments, options);
    if (problem != null) {
      out.println(imageName + ": " + problem);
      out.println(imageName + ": boot with --help to list the options");
      out.flush();
      return BAD_ARGUMENTS;
    }
    Composition composition;
    try {
      composition = wiring.apply(arguments);
    } catch (BootConfigurationException e) {
      out.println(imageName + ": " + e.getMessage());
      out.flush();
      return BAD_ARGUMENTS;
    } catch (Throwable t) {
      out.print(StackTraces.format(t));
      out.flush();
      return 1;
    }
    try {
      composition.application().start();
      int status = composition.eventLoop().run();
      composition.console().flush();
      return status;
    } catch (Throwable t) {
      composition.console().flush();
      composition.console().print(StackTraces.format(t));
      composition.console().flush();
      return 1;
    }
  }
}

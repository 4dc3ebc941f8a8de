package dev.kiln.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kiln} command. */
@Command(
    name = "kiln",
    mixinStandardHelpOptions = true,
    versionProvider = KilnVersion.class,
    description = "Runs and inspects unikernel images built by Kiln.",
    subcommands = {RunCommand.class, InspectCommand.class})
public final class Kiln {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with Kiln's error handling: usage errors exit 2 with one line. */
  public static CommandLine commandLine() {
    return new CommandLine(new Kiln())
        .setExecutionExceptionHandler((error, command, parseResult) -> {
          command.getErr().println("kiln: " + error.getMessage());
          return error instanceof KilnException ? ((KilnException) error).status() : 1;
        });
  }
}

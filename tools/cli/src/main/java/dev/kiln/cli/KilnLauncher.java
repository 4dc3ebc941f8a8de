package dev.kiln.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the kiln command in a child JVM on this JVM's classpath and collects what it printed, for
 * tests and tools that need the guest's output and exit status.
 */
public final class KilnLauncher {
  /** What a run printed (stdout and stderr together) and its exit status. */
  public record Result(int status, String output) {}

  private KilnLauncher() {}

  /** Runs {@code kiln ARGS...}; a run that outlives the timeout is killed and fails. */
  public static Result run(Duration timeout, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Kiln.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output;
    try (InputStream in = process.getInputStream()) {
      output = in.readAllBytes();
    }
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IOException("kiln " + String.join(" ", args) + " did not end within " + timeout);
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}

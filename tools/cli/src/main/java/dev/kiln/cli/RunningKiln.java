package dev.kiln.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code kiln run} in a child JVM on this JVM's classpath, left running while a test talks to the
 * image: its output is collected as it comes, a test can wait for a line, and closing it stops
 * kiln and everything it started (the tender, QEMU).
 */
public final class RunningKiln implements AutoCloseable {
  private final Process process;
  private final Thread reader;
  private final StringBuilder output = new StringBuilder();
  private final List<ProcessHandle> started = new ArrayList<>();

  private RunningKiln(Process process) {
    this.process = process;
    this.reader = new Thread(this::read, "kiln-run-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code kiln ARGS...}. */
  public static RunningKiln start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Kiln.class.getName());
    command.addAll(List.of(args));
    return new RunningKiln(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /**
   * Waits until a line starting with {@code prefix} has been printed; false if the timeout
   * passes or kiln ends first, and then prints what it printed.
   */
  public boolean awaitLine(String prefix, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (output) {
      while (!hasLine(prefix)) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !reader.isAlive()) {
          System.out.println("kiln run printed:\n" + output);
          return false;
        }
        output.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
    process.descendants().forEach(started::add);
    return true;
  }

  /** Waits for kiln to end by itself and for its output to be read; false on timeout. */
  public boolean awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return false;
    }
    reader.join(10_000);
    return true;
  }

  /** Everything printed so far. */
  public String output() {
    synchronized (output) {
      return output.toString();
    }
  }

  public Process process() {
    return process;
  }

  /** Whether kiln, or anything it started that this object saw, is still running. */
  public boolean anyAlive() {
    return process.isAlive() || started.stream().anyMatch(ProcessHandle::isAlive);
  }

  /** Stops kiln and what it started, and waits for them to end. */
  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(started::add);
    started.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    for (ProcessHandle child : started) {
      try {
        child.onExit().get(30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        System.out.println("kiln run: child " + child.pid() + " did not end: " + e);
      }
    }
  }

  private boolean hasLine(String prefix) {
    int at = 0;
    while (at < output.length()) {
      int end = output.indexOf("\n", at);
      if (end < 0) {
        return false;
      }
      if (output.substring(at, end).startsWith(prefix)) {
        return true;
      }
      at = end + 1;
    }
    return false;
  }

  private void read() {
    try (Reader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
      char[] buffer = new char[4096];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        synchronized (output) {
          output.append(buffer, 0, n);
          output.notifyAll();
        }
      }
    } catch (IOException e) {
      synchronized (output) {
        output.append("\n[reading kiln's output failed: ").append(e).append("]\n");
      }
    } finally {
      synchronized (output) {
        output.notifyAll();
      }
    }
  }
}

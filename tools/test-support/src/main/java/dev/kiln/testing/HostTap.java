package dev.kiln.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tap device on this host with an IPv4 address, for an spt image to be reached on; created by
 * {@link #create} and deleted by {@link #close}. Needs root and iproute2's {@code ip}.
 */
public final class HostTap implements AutoCloseable {
  private final String name;

  private HostTap(String name) {
    this.name = name;
  }

  /** Creates tap {@code name} with {@code address} (like {@code 10.0.0.1/24}) and brings it up. */
  public static HostTap create(String name, String address) throws Exception {
    run("ip", "tuntap", "add", name, "mode", "tap");
    HostTap tap = new HostTap(name);
    try {
      run("ip", "addr", "add", address, "dev", name);
      run("ip", "link", "set", name, "up");
    } catch (Exception e) {
      tap.close();
      throw e;
    }
    return tap;
  }

  /** The tap's name, as given to {@code kiln run --net service=NAME}. */
  public String name() {
    return name;
  }

  @Override
  public void close() throws Exception {
    run("ip", "tuntap", "del", name, "mode", "tap");
  }

  /**
   * Why taps cannot be made here (not root, no {@code /dev/net/tun}, no {@code ip}), or null if
   * they can.
   */
  public static String whyUnavailable() throws Exception {
    if (!isRoot()) {
      return "creating a tap device needs root";
    }
    if (!Files.exists(Path.of("/dev/net/tun"))) {
      return "/dev/net/tun is not available";
    }
    if (!onPath("ip")) {
      return "needs the ip command (iproute2)";
    }
    return null;
  }

  /** Whether this process runs as root ({@code id -u} prints 0). */
  public static boolean isRoot() throws Exception {
    Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    return id.waitFor() == 0 && uid.equals("0");
  }

  /** Whether {@code tool} is an executable in a directory of {@code PATH}. */
  public static boolean onPath(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs a command on the host and waits up to 30 s for it; fails with its output if it does not
   * exit 0 in time.
   */
  public static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }
}

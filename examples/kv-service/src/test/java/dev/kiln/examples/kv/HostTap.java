package dev.kiln.examples.kv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tap device on this host with an IPv4 address, for an spt image to be reached on; created by
 * {@link #create} and deleted by {@link #close}. Needs root and iproute2's {@code ip}.
 */
final class HostTap implements AutoCloseable {
  private final String name;

  private HostTap(String name) {
    this.name = name;
  }

  /** Creates tap {@code name} with {@code address} (like {@code 10.0.0.1/24}) and brings it up. */
  static HostTap create(String name, String address) throws Exception {
    ip("tuntap", "add", name, "mode", "tap");
    HostTap tap = new HostTap(name);
    try {
      ip("addr", "add", address, "dev", name);
      ip("link", "set", name, "up");
    } catch (Exception e) {
      tap.close();
      throw e;
    }
    return tap;
  }

  String name() {
    return name;
  }

  @Override
  public void close() throws Exception {
    ip("tuntap", "del", name, "mode", "tap");
  }

  /**
   * Why taps cannot be made here (not root, no {@code /dev/net/tun}, no {@code ip}), or null if
   * they can.
   */
  static String whyUnavailable() throws Exception {
    Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (id.waitFor() != 0 || !uid.equals("0")) {
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

  static boolean onPath(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return false;
  }

  private static void ip(String... arguments) throws Exception {
    String[] command = new String[arguments.length + 1];
    command[0] = "ip";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }
}

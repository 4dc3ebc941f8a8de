package dev.kiln.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a xen image with Xen's {@code xl}: writes an xl configuration for a PVH domain (the image
 * as its kernel, memory, one vif per network device and one disk per block device in manifest
 * order, the boot arguments as its command line) and runs {@code xl create -c} when xl is on the
 * PATH; elsewhere it writes the configuration and says how to use it.
 *
 * <p>Xen's shutdown reasons carry no number, so the guest prints {@code Kiln: exit status N} on
 * its console as its last line; the status returned is that N.
 */
final class XlLauncher {
  static final String XL = "xl";
  private static final Pattern EXIT_LINE = Pattern.compile("Kiln: exit status (\\d{1,3})");

  private XlLauncher() {}

  /**
   * The xl configuration. A network device's host side names the dom0 bridge its vif joins; a
   * block device's is the disk image file.
   */
  static String configuration(Path image, int memoryMib, List<DeviceAttachments.Attached> devices,
      List<String> arguments) {
    Path kernel = image.toAbsolutePath().normalize();
    StringBuilder vifs = new StringBuilder();
    StringBuilder disks = new StringBuilder();
    int disk = 0;
    for (DeviceAttachments.Attached device : devices) {
      if (device.isNet()) {
        vifs.append(vifs.length() == 0 ? "" : ", ").append(quote("bridge=" + device.hostSide()));
      } else {
        if (disk >= 26) {
          throw new KilnException(image + ": xl names at most 26 disks xvda..xvdz", 2);
        }
        Path file = Path.of(device.hostSide()).toAbsolutePath().normalize();
        disks.append(disks.length() == 0 ? "" : ", ").append(quote("format=raw, vdev=xvd"
            + (char) ('a' + disk++) + ", access=rw, target=" + file));
      }
    }
    return "# Written by kiln run for " + kernel.getFileName() + ". Boot it on a Xen dom0 with:\n"
        + "#   xl create -c THIS_FILE\n"
        + "# The k-th network (block) device of the image's manifest is the k-th vif (disk).\n"
        + "name = " + quote(domainName(kernel)) + "\n"
        + "type = \"pvh\"\n"
        + "kernel = " + quote(kernel.toString()) + "\n"
        + "cmdline = " + quote(String.join(" ", arguments)) + "\n"
        + "memory = " + memoryMib + "\n"
        + "vcpus = 1\n"
        + "vif = [ " + vifs + " ]\n"
        + "disk = [ " + disks + " ]\n"
        + "on_poweroff = \"destroy\"\n"
        + "on_reboot = \"destroy\"\n"
        + "on_crash = \"destroy\"\n";
  }

  /** Where the configuration goes: beside the image, {@code hello.xen} → {@code hello.xl.cfg}. */
  static Path configurationFile(Path image) {
    String name = image.getFileName().toString();
    String stem = name.endsWith(".xen") ? name.substring(0, name.length() - 4) : name;
    return image.toAbsolutePath().resolveSibling(stem + ".xl.cfg");
  }

  /** Writes the configuration, then runs it with xl if there is one; returns the guest status. */
  static int run(Path image, int memoryMib, List<DeviceAttachments.Attached> devices,
      List<String> arguments, Path xl, PrintStream out) throws IOException, InterruptedException {
    Path config = configurationFile(image);
    Files.writeString(config, configuration(image, memoryMib, devices, arguments),
        StandardCharsets.UTF_8);
    if (xl == null) {
      out.println("kiln: wrote " + config + "; xl is not on the PATH here, so nothing ran.");
      out.println("kiln: on a Xen dom0, boot the image with: xl create -c " + config);
      return 0;
    }
    Process process = new ProcessBuilder(xl.toString(), "create", "-c", config.toString())
        .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
    Integer status = null;
    try (BufferedReader console = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = console.readLine()) != null; ) {
        out.println(line);
        Integer seen = exitStatus(line);
        status = seen != null ? seen : status;
      }
    }
    int xlStatus = process.waitFor();
    if (status != null) {
      return status;
    }
    out.println("kiln: the guest printed no exit status (xl exited with " + xlStatus + ")");
    return xlStatus != 0 ? xlStatus : 255;
  }

  /** The status in a {@code Kiln: exit status N} console line, or null. */
  static Integer exitStatus(String line) {
    Matcher m = EXIT_LINE.matcher(line);
    if (!m.find()) {
      return null;
    }
    int status = Integer.parseInt(m.group(1));
    return status <= 255 ? status : null;
  }

  /** xl on the PATH, or null. */
  static Path locate() {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(directory.isEmpty() ? "." : directory, XL);
      if (!directory.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** xl domain names: the image's name, characters outside [A-Za-z0-9_.-] replaced. */
  private static String domainName(Path kernel) {
    String name = kernel.getFileName().toString().replaceFirst("\\.xen$", "");
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  /** A double-quoted xl string: backslash and double quote escaped; no line breaks. */
  static String quote(String value) {
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new KilnException("an xl configuration value cannot hold a line break: " + value, 2);
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

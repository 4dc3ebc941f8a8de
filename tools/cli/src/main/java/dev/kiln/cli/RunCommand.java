package dev.kiln.cli;

import dev.kiln.image.Solo5Image;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiln run IMAGE}: boots an image with its devices and returns the guest's exit status. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
        "Boots an image and returns its exit status.",
        "The runner follows the image: java for a .jar, kiln-spt for spt, QEMU for virtio,"
            + " solo5-hvt for hvt, xl for xen (elsewhere the xl configuration is written).",
        "xen: --net NAME=BRIDGE names the dom0 bridge of the vif."})
final class RunCommand implements Callable<Integer> {
  /** Guest memory when --mem is not given, for the targets that need a number. */
  private static final int DEFAULT_MEMORY_MIB = 64;

  @Parameters(index = "0", paramLabel = "IMAGE", description = "The image to boot.")
  private Path image;

  @Parameters(index = "1..*", paramLabel = "ARG",
      description = "Boot arguments for the image (after --).")
  private List<String> arguments = new ArrayList<>();

  @Option(names = "--net", paramLabel = "NAME=TAP",
      description = "Attach network device NAME to host tap TAP (virtio: or 'user';"
          + " xen: a dom0 bridge).")
  private Map<String, String> nets = new LinkedHashMap<>();

  @Option(names = "--block", paramLabel = "NAME=FILE",
      description = "Attach block device NAME to FILE.")
  private Map<String, String> blocks = new LinkedHashMap<>();

  @Option(names = "--forward", paramLabel = "tcp:HOSTPORT:GUESTPORT",
      description = "virtio with a 'user' network: forward a host port to the guest.")
  private List<String> forwards = new ArrayList<>();

  @Option(names = "--mem", paramLabel = "MiB", description = "Guest memory in MiB.")
  private Integer memoryMib;

  @Override
  public Integer call() throws Exception {
    if (memoryMib != null && memoryMib <= 0) {
      throw new KilnException("--mem must be a positive number of MiB", 2);
    }
    if (ImageKind.of(image) == ImageKind.JAR) {
      return runJar();
    }
    Solo5Image solo5 = ImageContents.solo5(image);
    List<DeviceAttachments.Attached> devices =
        new DeviceAttachments(nets, blocks).match(image, solo5);
    if (!forwards.isEmpty() && solo5.target() != dev.kiln.image.Solo5Target.VIRTIO) {
      throw new KilnException("--forward works with virtio images only", 2);
    }
    switch (solo5.target()) {
      case SPT:
        return start(tenderCommand(SptTender.locate(), devices));
      case HVT:
        return start(tenderCommand(solo5Hvt(), devices));
      case VIRTIO:
        return QemuLauncher.guestStatus(start(QemuLauncher.command(image, devices, forwards,
            memoryMib == null ? DEFAULT_MEMORY_MIB : memoryMib, arguments)));
      case XEN:
        return XlLauncher.run(image, memoryMib == null ? DEFAULT_MEMORY_MIB : memoryMib, devices,
            arguments, XlLauncher.locate(), System.out);
      default:
        throw new KilnException(image + ": running " + solo5.target().id()
            + " images is not supported by this version of kiln");
    }
  }

  private int runJar() throws Exception {
    if (!nets.isEmpty() || !forwards.isEmpty()) {
      throw new KilnException("the jvm target takes no network devices yet", 2);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (memoryMib != null) {
      command.add("-Xmx" + memoryMib + "m");
    }
    command.add("-jar");
    command.add(image.toString());
    // The jvm target has no tender: the boot entry takes devices in the tenders' spelling.
    blocks.forEach((name, file) -> command.add("--block:" + name + "=" + file));
    command.addAll(arguments);
    return start(command);
  }

  /** The Solo5 tender command line shared by kiln-spt and solo5-hvt. */
  private List<String> tenderCommand(Path tender, List<DeviceAttachments.Attached> devices) {
    List<String> command = new ArrayList<>();
    command.add(tender.toString());
    if (memoryMib != null) {
      command.add("--mem=" + memoryMib);
    }
    for (DeviceAttachments.Attached device : devices) {
      command.add((device.isNet() ? "--net:" : "--block:") + device.device().name() + "="
          + device.hostSide());
    }
    command.add(image.toString());
    command.addAll(arguments);
    return command;
  }

  private static Path solo5Hvt() {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(directory, "solo5-hvt");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new KilnException("running hvt images needs Solo5's solo5-hvt tender on the PATH and"
        + " KVM (/dev/kvm); Debian does not package Solo5: build it from its sources"
        + " (make && make install) and run again");
  }

  private static int start(List<String> command) throws Exception {
    try {
      Process guest = new ProcessBuilder(command).inheritIO().start();
      // Stopping kiln (SIGTERM, SIGINT) stops the tender or QEMU with it instead of orphaning it.
      Thread stopGuest = new Thread(guest::destroy, "kiln-stop-guest");
      Runtime.getRuntime().addShutdownHook(stopGuest);
      int status = guest.waitFor();
      Runtime.getRuntime().removeShutdownHook(stopGuest);
      return status;
    } catch (java.io.IOException e) {
      if (command.get(0).equals(QemuLauncher.QEMU)) {
        throw new KilnException("cannot start " + QemuLauncher.QEMU + ": install it with"
            + " apt-get install qemu-system-x86");
      }
      throw e;
    }
  }
}

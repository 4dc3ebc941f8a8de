package dev.kiln.cli;

import dev.kiln.image.Solo5Image;
import java.nio.file.Path;
import java.util.ArrayList;
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
        "The runner follows the image: java for a .jar, kiln-spt for an spt image."})
final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "IMAGE", description = "The image to boot.")
  private Path image;

  @Parameters(index = "1..*", paramLabel = "ARG",
      description = "Boot arguments for the image (after --).")
  private List<String> arguments = new ArrayList<>();

  @Option(names = "--net", paramLabel = "NAME=TAP", mapFallbackValue = "",
      description = "Attach the image's network device NAME to host interface TAP.")
  private Map<String, String> nets = new java.util.LinkedHashMap<>();

  @Option(names = "--block", paramLabel = "NAME=FILE",
      description = "Attach the image's block device NAME to FILE.")
  private Map<String, String> blocks = new java.util.LinkedHashMap<>();

  @Option(names = "--mem", paramLabel = "MiB", description = "Guest memory in MiB.")
  private Integer memoryMib;

  @Override
  public Integer call() throws Exception {
    if (memoryMib != null && memoryMib <= 0) {
      throw new KilnException("--mem must be a positive number of MiB", 2);
    }
    List<String> command = new ArrayList<>();
    if (ImageKind.of(image) == ImageKind.JAR) {
      if (!nets.isEmpty() || !blocks.isEmpty()) {
        throw new KilnException("the jvm target takes no --net or --block devices yet", 2);
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      if (memoryMib != null) {
        command.add("-Xmx" + memoryMib + "m");
      }
      command.add("-jar");
      command.add(image.toString());
    } else {
      Solo5Image solo5 = ImageContents.solo5(image);
      checkDevices(solo5);
      switch (solo5.target()) {
        case SPT:
          command.add(SptTender.locate().toString());
          if (memoryMib != null) {
            command.add("--mem=" + memoryMib);
          }
          nets.forEach((name, tap) -> command.add("--net:" + name + "=" + tap));
          blocks.forEach((name, file) -> command.add("--block:" + name + "=" + file));
          command.add(image.toString());
          break;
        default:
          throw new KilnException(image + ": running " + solo5.target().id()
              + " images is not supported by this version of kiln");
      }
    }
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).inheritIO().start();
    return process.waitFor();
  }

  /** Names every device the image declares but the command line does not attach, and vice versa. */
  private void checkDevices(Solo5Image solo5) {
    List<String> declared = new ArrayList<>();
    for (Solo5Image.Device device : solo5.devices()) {
      declared.add(device.name());
      Map<String, String> attached = device.type().equals("NET_BASIC") ? nets : blocks;
      if (!attached.containsKey(device.name())) {
        String option = device.type().equals("NET_BASIC") ? "--net " + device.name() + "=TAP"
            : "--block " + device.name() + "=FILE";
        throw new KilnException(image + " declares device '" + device.name()
            + "' but it is not attached; add " + option, 2);
      }
    }
    for (String name : nets.keySet()) {
      if (!declared.contains(name)) {
        throw new KilnException(image + " declares no network device '" + name + "'", 2);
      }
    }
    for (String name : blocks.keySet()) {
      if (!declared.contains(name)) {
        throw new KilnException(image + " declares no block device '" + name + "'", 2);
      }
    }
  }
}

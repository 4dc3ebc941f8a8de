package dev.kiln.maven;

import dev.kiln.oci.urunc.UnikernelImage;
import dev.kiln.oci.urunc.UruncImageSpec;
import dev.kiln.tools.report.ImageReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, from an image's component report, what its urunc OCI image holds for one target: its
 * devices (at most one net and one block device, the block device with the disk image the
 * project names for it) and its boot arguments, checked against the image's boot-time keys. What
 * urunc cannot run is an error with a fix; what only some urunc versions run is a warning.
 */
final class UruncImagePlanner {
  /** Boot-time keys urunc itself sets on the command line of every image with a network. */
  static final Set<String> SET_BY_URUNC = Set.of("ipv4", "ipv4-gateway");
  private static final String DHCP = "dev.kiln.api.net.Dhcp";

  /** The image to write and the warnings to log about it. */
  record Plan(UnikernelImage image, List<String> warnings) {}

  private final List<String> bootArguments;
  private final Map<String, Path> blockImages;

  /**
   * @param bootArguments {@code --key=value} arguments every image boots with
   * @param blockImages the disk image file for each block device name
   */
  UruncImagePlanner(List<String> bootArguments, Map<String, Path> blockImages) {
    this.bootArguments = List.copyOf(bootArguments);
    this.blockImages = Map.copyOf(blockImages);
  }

  /** @throws IllegalArgumentException with the problem and its fix, when urunc cannot run it */
  Plan plan(ImageReport report, ImageReport.TargetEntry target, Path file) {
    String image = report.image() + "." + target.target();
    List<String> warnings = new ArrayList<>();
    Optional<String> net = single(report, "NET", image, "net");
    Optional<String> blockName = single(report, "BLOCK", image, "block");
    Optional<UnikernelImage.BlockDevice> block = Optional.empty();
    if (blockName.isPresent()) {
      Path disk = blockImages.get(blockName.get());
      if (disk == null) {
        throw new IllegalArgumentException(image + " declares the block device '"
            + blockName.get() + "', and urunc attaches a disk image from inside the OCI image"
            + " to it. Fix: name the file in the oci goal's configuration: <blockImages><"
            + blockName.get() + ">path/to/disk.img</" + blockName.get() + "></blockImages>");
      }
      block = Optional.of(new UnikernelImage.BlockDevice(blockName.get(), disk));
    }
    checkArguments(image, target);
    if (net.isPresent()) {
      if (!hasBootKey(target, "ipv4") || !hasBootKey(target, "ipv4-gateway")) {
        warnings.add(image + " has no boot-time keys ipv4 and ipv4-gateway, yet urunc boots it"
            + " with --ipv4=ADDRESS/PREFIX --ipv4-gateway=GATEWAY: it will refuse to start."
            + " Add kiln-net-ipv4 to the project.");
      }
      if (target.modules().stream().anyMatch(module -> DHCP.equals(module.capability()))) {
        warnings.add(image + " takes its address by DHCP and ignores the pod address urunc"
            + " passes in --ipv4; a pod network has no DHCP server for it.");
      }
    }
    UnikernelImage unikernel = new UnikernelImage(report.image(), target.target(), file,
        bootArguments, net, block);
    for (String note : UruncImageSpec.compatibilityNotes(unikernel)) {
      warnings.add(image + ": " + note + ".");
    }
    return new Plan(unikernel, List.copyOf(warnings));
  }

  private static Optional<String> single(ImageReport report, String kind, String image,
      String what) {
    List<String> names = new ArrayList<>();
    for (ImageReport.DeviceEntry device : report.devices()) {
      if (device.type().startsWith(kind)) {
        names.add(device.name());
      }
    }
    if (names.size() > 1) {
      throw new IllegalArgumentException(image + " declares " + names.size() + " " + what
          + " devices " + names + "; urunc attaches one " + what + " device to a unikernel and"
          + " Solo5 tenders refuse to start an image with a declared device left unattached."
          + " Fix: package an image with at most one " + what + " device.");
    }
    return names.stream().findFirst();
  }

  private void checkArguments(String image, ImageReport.TargetEntry target) {
    for (String argument : bootArguments) {
      int equals = argument.indexOf('=');
      if (!argument.startsWith("--") || equals < 3) {
        throw new IllegalArgumentException("boot argument '" + argument + "' is not --KEY=VALUE."
            + " Fix: spell each <bootArgument> as --key=value.");
      }
      String key = argument.substring(2, equals);
      ImageReport.ConfigEntry entry = bootKey(target, key);
      if (entry == null) {
        throw new IllegalArgumentException("boot argument '" + argument + "': " + image
            + " has no boot-time key '" + key + "'. Its boot-time keys: " + bootKeys(target)
            + ". Fix: remove the argument or correct the key.");
      }
      if (entry.secret()) {
        throw new IllegalArgumentException("boot argument '" + argument + "': '" + key
            + "' is a secret, and an OCI image is as public as its registry. Fix: pass it at"
            + " deployment instead (the container's args, from a Kubernetes Secret).");
      }
      if (SET_BY_URUNC.contains(key)) {
        throw new IllegalArgumentException("boot argument '" + argument + "': urunc sets --"
            + key + " itself, from the pod's address. Fix: remove the argument.");
      }
    }
  }

  private static boolean hasBootKey(ImageReport.TargetEntry target, String key) {
    return bootKey(target, key) != null;
  }

  private static ImageReport.ConfigEntry bootKey(ImageReport.TargetEntry target, String key) {
    for (ImageReport.ConfigEntry entry : target.config()) {
      if (entry.key().equals(key) && entry.phase().equals("boot")) {
        return entry;
      }
    }
    return null;
  }

  private static List<String> bootKeys(ImageReport.TargetEntry target) {
    List<String> keys = new ArrayList<>();
    for (ImageReport.ConfigEntry entry : target.config()) {
      if (entry.phase().equals("boot")) {
        keys.add(entry.key());
      }
    }
    return keys;
  }
}

package dev.kiln.oci.urunc;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One Kiln Solo5 image to package for urunc: its name and target ({@code spt} or {@code hvt}),
 * the built file, the arguments it boots with, and its devices: at most one net device (urunc
 * attaches one tap) and at most one block device, with the file urunc attaches to it.
 */
public record UnikernelImage(String name, String target, Path file, List<String> bootArguments,
    Optional<String> netDevice, Optional<BlockDevice> blockDevice) {

  /** A block device of the image and the disk image file that goes into the OCI image for it. */
  public record BlockDevice(String name, Path file) {}

  /** Solo5's device names: 1 to 67 letters and digits. */
  private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9]{1,67}");
  /** urunc accepts only these characters in the paths its annotations carry. */
  private static final Pattern PATH_SAFE = Pattern.compile("[A-Za-z0-9._-]+");

  public UnikernelImage {
    bootArguments = List.copyOf(bootArguments);
    if (!List.of("spt", "hvt").contains(target)) {
      throw new IllegalArgumentException("urunc runs Solo5 images for spt and hvt, not " + target);
    }
    if (!PATH_SAFE.matcher(name).matches() || name.startsWith("-") || name.startsWith(".")) {
      throw new IllegalArgumentException("image name " + name + " does not fit urunc's paths"
          + " (letters, digits, '.', '_', '-')");
    }
    for (String argument : bootArguments) {
      if (argument.isEmpty() || argument.chars().anyMatch(c -> c <= ' ')) {
        throw new IllegalArgumentException("boot argument '" + argument + "' is empty or holds"
            + " white space; Solo5 splits the command line at spaces");
      }
    }
    netDevice.ifPresent(UnikernelImage::checkDevice);
    blockDevice.ifPresent(block -> checkDevice(block.name()));
  }

  private static void checkDevice(String device) {
    if (!DEVICE.matcher(device).matches()) {
      throw new IllegalArgumentException("not a Solo5 device name: " + device);
    }
  }

  /** Where the unikernel lives inside the OCI image. */
  public String binaryPath() {
    return "/unikernel/" + name + "." + target;
  }

  /** Where the block device's disk image lives inside the OCI image, when there is one. */
  public Optional<String> blockPath() {
    return blockDevice.map(block -> "/unikernel/" + block.name() + ".img");
  }
}

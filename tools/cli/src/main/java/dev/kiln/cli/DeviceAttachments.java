package dev.kiln.cli;

import dev.kiln.image.Solo5Image;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The devices given on the command line, checked against the image's manifest: every declared
 * device attached, nothing attached that the image does not declare.
 *
 * @param nets network device name to host interface (a tap name, or {@code user} for QEMU's user
 *     network)
 * @param blocks block device name to file
 */
record DeviceAttachments(Map<String, String> nets, Map<String, String> blocks) {

  /** A declared device with what the command line attached to it, in manifest order. */
  record Attached(Solo5Image.Device device, String hostSide) {
    boolean isNet() {
      return device.type().equals("NET_BASIC");
    }
  }

  /** The image's devices in manifest order, each with its attachment; a mismatch is an error. */
  List<Attached> match(Path image, Solo5Image solo5) {
    List<Attached> attached = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    for (Solo5Image.Device device : solo5.devices()) {
      declared.add(device.name());
      boolean net = device.type().equals("NET_BASIC");
      String hostSide = (net ? nets : blocks).get(device.name());
      if (hostSide == null) {
        String option = net ? "--net " + device.name() + "=TAP"
            : "--block " + device.name() + "=FILE";
        throw new KilnException(image + " declares device '" + device.name()
            + "' but it is not attached; add " + option, 2);
      }
      attached.add(new Attached(device, hostSide));
    }
    for (String name : nets.keySet()) {
      if (!declared.contains(name)) {
        throw new KilnException(image + " declares no network device '" + name + "'", 2);
      }
      if (!typeOf(solo5, name).equals("NET_BASIC")) {
        throw new KilnException("'" + name + "' is a block device of " + image
            + "; attach it with --block", 2);
      }
    }
    for (String name : blocks.keySet()) {
      if (!declared.contains(name)) {
        throw new KilnException(image + " declares no block device '" + name + "'", 2);
      }
      if (!typeOf(solo5, name).equals("BLOCK_BASIC")) {
        throw new KilnException("'" + name + "' is a network device of " + image
            + "; attach it with --net", 2);
      }
    }
    return attached;
  }

  private static String typeOf(Solo5Image solo5, String name) {
    for (Solo5Image.Device device : solo5.devices()) {
      if (device.name().equals(name)) {
        return device.type();
      }
    }
    return "";
  }
}

package dev.kiln.image;

import java.util.List;

/**
 * Writes the C source of an image's Solo5 manifest note ({@code __solo5_mft1_note}) with the
 * macros of {@code kiln/manifest_abi.h}: the reserved entry, then the devices in order.
 */
public final class ManifestSource {
  private static final int MAX_DEVICES = Solo5Image.MAX_ENTRIES - 1;
  private static final int MAX_NAME = 67;

  private ManifestSource() {}

  /**
   * @throws IllegalArgumentException for a device the manifest cannot hold: a bad name, an
   *     unknown type, or more than 63 devices
   */
  public static String of(String imageName, List<Solo5Image.Device> devices) {
    if (devices.size() > MAX_DEVICES) {
      throw new IllegalArgumentException(devices.size() + " devices; a manifest holds at most "
          + MAX_DEVICES);
    }
    int entries = devices.size() + 1;
    StringBuilder c = new StringBuilder();
    c.append("/* Solo5 manifest of image ").append(imageName).append(", written by Kiln. */\n");
    c.append("#include \"kiln/manifest_abi.h\"\n\n");
    c.append("const MFT_NOTE_STRUCT(").append(entries)
        .append(") __solo5_mft1_note MFT_NOTE_ATTRIBUTES = {\n");
    c.append("    MFT_NOTE_PREAMBLE(").append(entries).append("),\n");
    c.append("    .e = {MFT_RESERVED_ENTRY");
    for (Solo5Image.Device device : devices) {
      c.append(",\n          MFT_DEVICE_ENTRY(\"").append(checkedName(device.name()))
          .append("\", ").append(typeConstant(device.type())).append(')');
    }
    c.append("},\n};\n");
    return c.toString();
  }

  private static String checkedName(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("device name \"" + name + "\" is not 1 to 67 characters");
    }
    for (char ch : name.toCharArray()) {
      boolean alphanumeric =
          (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
      if (!alphanumeric) {
        throw new IllegalArgumentException("device name \"" + name + "\" has '" + ch
            + "'; only ASCII letters and digits are allowed");
      }
    }
    return name;
  }

  private static String typeConstant(String type) {
    switch (type) {
      case "NET_BASIC":
        return "MFT_DEV_NET_BASIC";
      case "BLOCK_BASIC":
        return "MFT_DEV_BLOCK_BASIC";
      default:
        throw new IllegalArgumentException("unknown device type " + type);
    }
  }
}

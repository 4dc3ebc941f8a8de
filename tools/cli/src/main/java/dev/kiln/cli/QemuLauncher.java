package dev.kiln.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The QEMU command line that boots a virtio image: the image as a multiboot kernel, the serial
 * port on standard output, an isa-debug-exit port through which the guest reports its exit
 * status, and the declared devices as legacy virtio-pci devices in manifest order (the bindings
 * bind them in PCI order). KVM when /dev/kvm is usable, TCG otherwise.
 */
final class QemuLauncher {
  static final String QEMU = "qemu-system-x86_64";
  /** PCI slots 0 and 1 are the host and ISA bridges of QEMU's pc machine. */
  private static final int FIRST_SLOT = 2;

  private QemuLauncher() {}

  static List<String> command(Path image, List<DeviceAttachments.Attached> devices,
      List<String> forwards, int memoryMib, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(QEMU,
        "-machine", "pc", "-nodefaults", "-no-user-config", "-display", "none",
        "-serial", "stdio", "-monitor", "none", "-no-reboot",
        "-m", Integer.toString(memoryMib),
        "-device", "isa-debug-exit,iobase=0x501,iosize=2"));
    if (kvmUsable()) {
      command.addAll(List.of("-accel", "kvm", "-cpu", "host"));
    } else {
      command.addAll(List.of("-accel", "tcg"));
    }
    int slot = FIRST_SLOT;
    int index = 0;
    boolean forwarded = false;
    for (DeviceAttachments.Attached device : devices) {
      String address = "addr=0x" + Integer.toHexString(slot++);
      String id = "d" + index++;
      if (device.isNet()) {
        String netdev;
        if (device.hostSide().equals("user")) {
          StringBuilder user = new StringBuilder("user,id=" + id);
          if (!forwarded) {
            for (String forward : forwards) {
              user.append(",hostfwd=").append(hostForward(forward));
            }
            forwarded = true;
          }
          netdev = user.toString();
        } else {
          netdev = "tap,id=" + id + ",ifname=" + device.hostSide() + ",script=no,downscript=no";
        }
        command.addAll(List.of("-netdev", netdev, "-device",
            "virtio-net-pci,netdev=" + id + ",disable-modern=on,disable-legacy=off," + address));
      } else {
        command.addAll(List.of("-drive", "file=" + device.hostSide() + ",if=none,id=" + id
                + ",format=raw",
            "-device", "virtio-blk-pci,drive=" + id + ",disable-modern=on,disable-legacy=off,"
                + address));
      }
    }
    if (!forwards.isEmpty() && !forwarded) {
      throw new KilnException("--forward needs a network device attached to 'user'", 2);
    }
    command.addAll(List.of("-kernel", image.toString()));
    if (!arguments.isEmpty()) {
      command.addAll(List.of("-append", String.join(" ", arguments)));
    }
    return command;
  }

  /**
   * The guest's exit status from QEMU's. The bindings write a status s of 0 to 126 to
   * isa-debug-exit, which makes QEMU exit with {@code 2s + 1}; any other status, and an abort,
   * is written as 127, which QEMU reports as 255. An ACPI power-off makes QEMU exit 0.
   */
  static int guestStatus(int qemuStatus) {
    if (qemuStatus == 255) {
      return 255;
    }
    return (qemuStatus & 1) == 1 ? qemuStatus >> 1 : qemuStatus;
  }

  /** {@code tcp:HOSTPORT:GUESTPORT} to QEMU's {@code tcp::HOSTPORT-:GUESTPORT}. */
  static String hostForward(String forward) {
    String[] parts = forward.split(":");
    if (parts.length != 3 || !(parts[0].equals("tcp") || parts[0].equals("udp"))
        || !isPort(parts[1]) || !isPort(parts[2])) {
      throw new KilnException("--forward " + forward + ": expected tcp:HOSTPORT:GUESTPORT", 2);
    }
    return parts[0] + "::" + parts[1] + "-:" + parts[2];
  }

  private static boolean isPort(String text) {
    try {
      int port = Integer.parseInt(text);
      return port > 0 && port < 65536;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean kvmUsable() {
    Path kvm = Path.of("/dev/kvm");
    return Files.isReadable(kvm) && Files.isWritable(kvm);
  }
}

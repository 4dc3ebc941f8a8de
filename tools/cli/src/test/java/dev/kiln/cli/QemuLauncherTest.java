package dev.kiln.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.image.Solo5Image;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QemuLauncherTest {
  private static final DeviceAttachments.Attached SERVICE = new DeviceAttachments.Attached(
      new Solo5Image.Device("service", "NET_BASIC"), "user");
  private static final DeviceAttachments.Attached STORAGE = new DeviceAttachments.Attached(
      new Solo5Image.Device("storage", "BLOCK_BASIC"), "disk.img");

  @Test
  void devicesGetPciSlotsInManifestOrder() {
    String command = String.join(" ", QemuLauncher.command(Path.of("web.virtio"),
        List.of(SERVICE, STORAGE), List.of("tcp:8080:80"), 32, List.of("--ipv4=10.0.0.2/24")));
    assertThat(command).contains("-netdev user,id=d0,hostfwd=tcp::8080-:80 -device"
        + " virtio-net-pci,netdev=d0,disable-modern=on,disable-legacy=off,addr=0x2");
    assertThat(command).contains("-drive file=disk.img,if=none,id=d1,format=raw -device"
        + " virtio-blk-pci,drive=d1,disable-modern=on,disable-legacy=off,addr=0x3");
    assertThat(command).contains("-m 32");
    assertThat(command).contains("-device isa-debug-exit,iobase=0x501,iosize=2");
    assertThat(command).endsWith("-kernel web.virtio -append --ipv4=10.0.0.2/24");
  }

  @Test
  void aTapDeviceIsPassedByName() {
    DeviceAttachments.Attached tap = new DeviceAttachments.Attached(
        new Solo5Image.Device("service", "NET_BASIC"), "tap0");
    String command = String.join(" ",
        QemuLauncher.command(Path.of("x.virtio"), List.of(tap), List.of(), 64, List.of()));
    assertThat(command).contains("-netdev tap,id=d0,ifname=tap0,script=no,downscript=no");
  }

  @Test
  void forwardingNeedsAUserNetworkAndAWellFormedRule() {
    assertThrows(KilnException.class, () -> QemuLauncher.command(Path.of("x.virtio"),
        List.of(STORAGE), List.of("tcp:8080:80"), 64, List.of()));
    assertThrows(KilnException.class, () -> QemuLauncher.hostForward("tcp:80"));
    assertThrows(KilnException.class, () -> QemuLauncher.hostForward("icmp:1:2"));
    assertThrows(KilnException.class, () -> QemuLauncher.hostForward("tcp:0:80"));
  }

  @Test
  void theGuestStatusComesBackFromIsaDebugExit() {
    assertThat(QemuLauncher.guestStatus(1)).isEqualTo(0);
    assertThat(QemuLauncher.guestStatus((7 << 1) | 1)).isEqualTo(7);
    assertThat(QemuLauncher.guestStatus(255)).isEqualTo(255);
    assertThat(QemuLauncher.guestStatus(0)).isEqualTo(0);
  }
}

package dev.kiln.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.image.Solo5Image;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlLauncherTest {
  private static final DeviceAttachments.Attached SERVICE = new DeviceAttachments.Attached(
      new Solo5Image.Device("service", "NET_BASIC"), "xenbr0");
  private static final DeviceAttachments.Attached STORAGE = new DeviceAttachments.Attached(
      new Solo5Image.Device("storage", "BLOCK_BASIC"), "/srv/disk.img");
  private static final DeviceAttachments.Attached LOGS = new DeviceAttachments.Attached(
      new Solo5Image.Device("logs", "BLOCK_BASIC"), "/srv/logs.img");

  @TempDir
  Path dir;

  @Test
  void configurationIsAPvhDomainWithDevicesInManifestOrder() {
    String config = XlLauncher.configuration(Path.of("/images/web.xen"), 128,
        List.of(SERVICE, STORAGE, LOGS), List.of("--ipv4=10.0.0.2/24", "--http.port=80"));
    assertThat(config).contains("\nname = \"web\"\n");
    assertThat(config).contains("\ntype = \"pvh\"\n");
    assertThat(config).contains("\nkernel = \"/images/web.xen\"\n");
    assertThat(config).contains("\nmemory = 128\n");
    assertThat(config).contains("\ncmdline = \"--ipv4=10.0.0.2/24 --http.port=80\"\n");
    assertThat(config).contains("\nvif = [ \"bridge=xenbr0\" ]\n");
    assertThat(config).contains("\ndisk = [ \"format=raw, vdev=xvda, access=rw,"
        + " target=/srv/disk.img\", \"format=raw, vdev=xvdb, access=rw, target=/srv/logs.img\" ]");
    assertThat(config).contains("on_crash = \"destroy\"");
  }

  @Test
  void noDevicesGiveEmptyLists() {
    String config = XlLauncher.configuration(Path.of("/x/hello.xen"), 64, List.of(), List.of());
    assertThat(config).contains("vif = [  ]");
    assertThat(config).contains("disk = [  ]");
    assertThat(config).contains("cmdline = \"\"");
  }

  @Test
  void valuesAreQuotedForXl() {
    assertThat(XlLauncher.quote("a \"b\" c\\d")).isEqualTo("\"a \\\"b\\\" c\\\\d\"");
    KilnException e = assertThrows(KilnException.class, () -> XlLauncher.quote("a\nb"));
    assertThat(e).hasMessageThat().contains("line break");
  }

  @Test
  void withoutXlTheConfigurationIsWrittenAndExplained() throws Exception {
    Path image = Files.writeString(dir.resolve("hello.xen"), "not really an image");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = XlLauncher.run(image, 64, List.of(), List.of("--x=1"), null,
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(0);
    Path config = dir.resolve("hello.xl.cfg");
    assertThat(Files.readString(config)).contains("cmdline = \"--x=1\"");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("xl create -c " + config.toAbsolutePath());
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("nothing ran");
  }

  @Test
  void withXlTheStatusComesFromTheGuestsLastConsoleLine() throws Exception {
    // A stand-in for xl that checks its arguments and prints what a Kiln guest prints on exit.
    Path xl = dir.resolve("xl");
    Files.writeString(xl, "#!/bin/sh\n"
        + "[ \"$1 $2\" = \"create -c\" ] && grep -q 'type = \"pvh\"' \"$3\" || exit 9\n"
        + "echo 'Solo5: solo5_exit(3) called'\necho 'Kiln: exit status 3'\n");
    Files.setPosixFilePermissions(xl, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path image = Files.writeString(dir.resolve("app.xen"), "x");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = XlLauncher.run(image, 64, List.of(), List.of(), xl,
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(3);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Kiln: exit status 3");
  }

  @Test
  void aGuestThatDiesSilentlyIsAFailure() throws Exception {
    Path xl = dir.resolve("xl");
    Files.writeString(xl, "#!/bin/sh\necho booting\n");
    Files.setPosixFilePermissions(xl, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path image = Files.writeString(dir.resolve("app.xen"), "x");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(XlLauncher.run(image, 64, List.of(), List.of(), xl,
        new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(255);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("printed no exit status");
  }

  @Test
  void exitLineIsParsedStrictly() {
    assertThat(XlLauncher.exitStatus("Kiln: exit status 0")).isEqualTo(0);
    assertThat(XlLauncher.exitStatus("(d3) Kiln: exit status 255")).isEqualTo(255);
    assertThat(XlLauncher.exitStatus("Kiln: exit status 999")).isNull();
    assertThat(XlLauncher.exitStatus("exit status 1")).isNull();
  }
}

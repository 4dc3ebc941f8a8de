package dev.kiln.examples.hello;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * hello.xen, as `mvn package` built it, started by QEMU's PVH loader. There is no Xen here, so
 * this proves the boot path only: the image must come up in long mode, notice from CPUID that the
 * hypervisor is not Xen, say so on the debug port 0xe9 and leave through isa-debug-exit. Whether
 * it runs on real Xen is not known from these machines.
 */
class HelloXenIT {
  private static final Path IMAGE = Path.of("target/hello.xen");

  @BeforeAll
  static void imageAndQemuAreThere() {
    Tools.skipUnless(Files.isRegularFile(IMAGE), "target/hello.xen was not built");
    Tools.skipUnless(Tools.onPath("qemu-system-x86_64"),
        "qemu-system-x86_64 is not installed (sh .ci/setup installs it)");
  }

  @Test
  void theBootPathRunsUnderQemusPvhLoaderUntilTheXenCheck() throws Exception {
    Path debugPort = Files.createTempFile("hello-xen-", ".e9");
    try {
      Process qemu = new ProcessBuilder(List.of("qemu-system-x86_64", "-machine", "pc",
              "-accel", "tcg", "-m", "64", "-nodefaults", "-display", "none", "-no-reboot",
              "-kernel", IMAGE.toString(), "-append", "--solo5:info",
              "-debugcon", "file:" + debugPort,
              "-device", "isa-debug-exit,iobase=0x501,iosize=2"))
          .redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .start();
      qemu.getInputStream().transferTo(System.out);
      if (!qemu.waitFor(2, TimeUnit.MINUTES)) {
        qemu.destroyForcibly();
        throw new AssertionError("QEMU did not exit within 2 minutes");
      }
      String said = Files.readString(debugPort, StandardCharsets.UTF_8);
      System.out.println(said);
      assertThat(said).contains("not running on Xen");
      assertThat(said).doesNotContain("Hello, Kiln!");
      assertThat(qemu.exitValue()).isEqualTo(255); // isa-debug-exit: the abort status
    } finally {
      Files.deleteIfExists(debugPort);
    }
  }
}

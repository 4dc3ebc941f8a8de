package dev.kiln.xen;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PVH boot path under QEMU's PVH loader ({@code -kernel} with the PHYS32_ENTRY note, TCG):
 * 32-bit entry, page tables, long mode, C, the start info's command line and memory map, then
 * the Xen check. There is no Xen here, so the image must notice that from CPUID, say so on the
 * debug port 0xe9 and leave through isa-debug-exit. Nothing here has run on real Xen.
 */
class PvhBootTest {
  private static Path images;

  @BeforeAll
  static void buildImage() throws Exception {
    TestImages.assumeToolchain();
    boolean qemu = TestImages.onPath("qemu-system-x86_64");
    if (!qemu) {
      System.out.println("SKIPPED: needs qemu-system-x86_64 (sh .ci/setup installs it)");
    }
    assumeTrue(qemu, "needs qemu-system-x86_64");
    images = TestImages.build(TestImages.WORK.resolve("boot"));
  }

  @Test
  void noticesItIsNotOnXenAndExits() throws Exception {
    Boot boot = boot("pc", "--solo5:info boot-args");
    // isa-debug-exit: (255 << 1 | 1) & 0xff, the abort status.
    assertThat(boot.status()).isEqualTo(255);
    assertThat(boot.debugPort()).contains("Solo5: error: not running on Xen (CPUID 0x40000000"
        + " signature \"TCGTCGTCGTCG\", not \"XenVMMXenVMM\")");
    assertThat(boot.debugPort()).contains("Solo5: solo5_abort() called");
    assertThat(boot.debugPort()).doesNotContain("Hello from C");
  }

  @Test
  void readsTheStartInfoCommandLineAndMemoryMap() throws Exception {
    Boot boot = boot("pc", "--solo5:info boot-args");
    assertThat(boot.debugPort()).containsMatch(
        "Solo5: Xen PVH: start info v1 at 0x[0-9a-f]+, 6[0-9] MiB of RAM,"
            + " command line \"boot-args\"");
  }

  @Test
  void bootsOnQ35Too() throws Exception {
    Boot boot = boot("q35", "");
    assertThat(boot.status()).isEqualTo(255);
    assertThat(boot.debugPort()).contains("not running on Xen");
  }

  @Test
  void quietLevelSilencesAllButTheExit() throws Exception {
    Boot boot = boot("pc", "--solo5:quiet");
    assertThat(boot.status()).isEqualTo(255);
    assertThat(boot.debugPort()).doesNotContain("start info");
  }

  private record Boot(int status, String debugPort) {}

  private static Boot boot(String machine, String append) throws Exception {
    Path out = Files.createTempFile(TestImages.WORK, "e9-", ".out");
    List<String> command = List.of("qemu-system-x86_64", "-machine", machine, "-accel", "tcg",
        "-m", "64", "-nodefaults", "-display", "none", "-no-reboot",
        "-kernel", images.resolve("test_hello.xen").toString(), "-append", append,
        "-debugcon", "file:" + out, "-device", "isa-debug-exit,iobase=0x501,iosize=2");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
    String qemuOutput = new String(process.getInputStream().readAllBytes(),
        StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("QEMU did not exit within 120 s; port 0xe9 said:\n"
          + Files.readString(out));
    }
    String debugPort = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    System.out.println("qemu -machine " + machine + " exit " + process.exitValue() + ":\n"
        + debugPort + qemuOutput);
    return new Boot(process.exitValue(), debugPort);
  }
}

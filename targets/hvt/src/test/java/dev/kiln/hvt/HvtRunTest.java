package dev.kiln.hvt;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.kiln.hvt.TestImages.MODULE;
import static dev.kiln.hvt.TestImages.WORK;
import static dev.kiln.hvt.TestImages.onPath;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hvt images and bindings run as far as this machine allows, each level skipped with its
 * reason printed: the hypercall code under a user-space emulator, the ring-0 code booted in QEMU
 * with gdb standing in for the tender, and the images under upstream {@code solo5-hvt} where
 * {@code /dev/kvm} exists.
 */
class HvtRunTest {
  private static Path images;

  @BeforeAll
  static void build() throws Exception {
    String missing = TestImages.missingTools();
    if (!missing.isEmpty()) {
      System.out.println("HvtRunTest skipped: " + missing);
    }
    assumeTrue(missing.isEmpty(), missing);
    images = TestImages.buildImages(WORK.resolve("run-images"));
  }

  /** The hypercall side of the bindings, run as a Linux process with emulated hypercalls. */
  @Test
  void hypercallsAnswerUnderTheEmulator() throws Exception {
    boolean linuxX64 = System.getProperty("os.name").equals("Linux")
        && System.getProperty("os.arch").equals("amd64");
    if (!linuxX64) {
      System.out.println("hypercall emulator not run: it needs Linux on x86_64");
    }
    assumeTrue(linuxX64, "the hypercall emulator needs Linux on x86_64");
    Path script = MODULE.resolve("src/test/c/emulate.sh");
    Process process = new ProcessBuilder("sh", script.toString(), images.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("emulate.sh output:\n%s", output).that(process.waitFor()).isEqualTo(0);
    assertThat(output).contains("emulator: console via PUTS\n");
    assertThat(output).contains("Solo5: solo5_exit(7) called\n");
    assertThat(output).contains("emulator: SUCCESS\n");
  }


  /** One image run: its arguments, exit status, and lines its output must and must not hold. */
  private record Run(String image, List<String> arguments, int status, List<String> lines,
      List<String> absent) {
    Run(String image, int status, String line, String... arguments) {
      this(image, List.of(arguments), status, List.of(line), List.of());
    }
  }

  /**
   * The ring-0 code the emulator cannot reach (_start, the GDT/IDT/TSS, traps) booted in QEMU
   * (TCG, no KVM) from a stub that sets up solo5-hvt's vCPU state, with gdb answering the
   * hypercalls ({@code src/test/c/qemu/run.sh}).
   */
  @TestFactory
  List<DynamicTest> ringZeroCodeBootsUnderQemu() {
    List<String> missing = new ArrayList<>();
    for (String tool : List.of("qemu-system-x86_64", "gdb", "python3", "ld")) {
      if (!onPath(tool)) {
        missing.add(tool);
      }
    }
    String reason = String.join(", ", missing) + " not on the PATH";
    if (!missing.isEmpty()) {
      System.out.println("hvt images not booted in QEMU: " + reason);
    }
    assumeTrue(missing.isEmpty(), reason);
    String script = MODULE.resolve("src/test/c/qemu/run.sh").toString();
    List<Run> runs = List.of(
        new Run("hello", List.of(), 0, List.of("Solo5: Kiln hvt bindings\n", "Hello from C\n",
            "Solo5: solo5_exit(0) called\n"), List.of()),
        new Run("exit_status", List.of("--solo5:warn"), 7,
            List.of("exit_status: SUCCESS"), List.of("Solo5: Kiln hvt bindings")),
        new Run("tls", 0, "tls: SUCCESS\n"),
        new Run("ssp", 255, "Solo5: stack corruption detected"),
        new Run("trap", List.of(), 255, List.of("Solo5: trap: type=#UD vector=6 ec=0x0 rip=0x",
            "hvt-halt: status=255 cookie=set vector=6 rip=0x"), List.of()));
    List<DynamicTest> tests = new ArrayList<>();
    for (Run run : runs) {
      List<String> command = new ArrayList<>(List.of("sh", script,
          images.resolve("test_" + run.image() + ".hvt").toString()));
      command.add(String.join(" ", run.arguments()));
      tests.add(DynamicTest.dynamicTest(run.image(), () -> check(run, command, 120)));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> imagesRunUnderSolo5Hvt(@TempDir Path scratch) throws Exception {
    String missing = !Files.exists(Path.of("/dev/kvm")) ? "no /dev/kvm"
        : !onPath("solo5-hvt") ? "no solo5-hvt on the PATH (upstream Solo5's hvt tender)" : "";
    if (!missing.isEmpty()) {
      System.out.println("hvt images not run under solo5-hvt: " + missing);
    }
    assumeTrue(missing.isEmpty(), missing);
    Path disk = scratch.resolve("disk.img");
    Files.write(disk, new byte[1 << 20]);
    List<Run> runs = new ArrayList<>(List.of(
        new Run("hello", 0, "Hello from C"),
        new Run("exit_status", 7, "exit_status: SUCCESS"),
        new Run("clock", 0, "clock: SUCCESS"),
        new Run("tls", 0, "tls: SUCCESS"),
        new Run("ssp", 255, "Solo5: stack corruption detected"),
        new Run("trap", 255, "Solo5: trap: type=#UD"),
        new Run("block", 0, "block: SUCCESS", "--block:storage=" + disk),
        new Run("block", 0, "block: SUCCESS", "--block:storage=" + disk,
            "--block-sector-size:storage=4096")));
    String tap = System.getenv("KILN_HVT_TAP");
    if (tap != null && !tap.isEmpty()) {
      runs.add(new Run("net", 0, "net: SUCCESS", "--net:service=" + tap));
    } else {
      System.out.println("hvt net image not run: set KILN_HVT_TAP to an existing tap device");
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Run run : runs) {
      List<String> command = new ArrayList<>(List.of("solo5-hvt", "--mem=32"));
      command.addAll(run.arguments());
      command.add(images.resolve("test_" + run.image() + ".hvt").toString());
      tests.add(DynamicTest.dynamicTest(run.image() + " " + run.arguments(),
          () -> check(run, command, 20)));
    }
    return tests;
  }

  private static void check(Run run, List<String> command, int seconds) throws Exception {
    Path log = Files.createTempFile(WORK, run.image(), ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertWithMessage("%s finished within %s s; output:\n%s", run.image(), seconds, output)
        .that(finished).isTrue();
    assertWithMessage("%s exit status; output:\n%s", run.image(), output)
        .that(process.exitValue()).isEqualTo(run.status());
    for (String line : run.lines()) {
      assertWithMessage("%s output", run.image()).that(output).contains(line);
    }
    for (String line : run.absent()) {
      assertWithMessage("%s output", run.image()).that(output).doesNotContain(line);
    }
  }

}

package dev.kiln.spt;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.image.ElfFile;
import dev.kiln.image.Solo5Image;
import dev.kiln.image.Solo5Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.kiln.testing.ScriptResults;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The spt target against the ABI description: the tender's own suite (bad images, truncation,
 * seccomp, devices), one tiny image per binding feature run under the tender, the images' ELF
 * layout, and reproducible builds.
 */
class SptConformanceTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path TESTS = MODULE.resolve("src/test");
  private static final Path WORK = MODULE.resolve("target/spt-tests");

  @BeforeAll
  static void needsTheToolchain() {
    assumeTrue(onPath("gcc") && onPath("make") && onPath("objcopy"),
        "gcc, make and objcopy are needed (sh .ci/setup installs them)");
    assumeTrue(Files.exists(Path.of("/usr/include/seccomp.h")),
        "libseccomp-dev is needed (sh .ci/setup installs it)");
  }

  @TestFactory
  List<DynamicTest> tender() {
    return ScriptResults.run(MODULE, List.of("sh", TESTS.resolve("tender/test.sh").toString(),
        WORK.resolve("tender-suite").toString()));
  }

  @TestFactory
  List<DynamicTest> bindingImages() throws Exception {
    Path images = build(WORK.resolve("images"));
    Path tender = WORK.resolve("tender");
    exec(List.of("make", "-s", "-C", MODULE.resolve("src/main/c/tender").toString(),
        "OUT=" + tender));
    return ScriptResults.run(MODULE, List.of("sh", TESTS.resolve("c/run-tests.sh").toString(),
        tender.resolve("kiln-spt").toString(), images.toString()));
  }

  @Test
  void imagesHaveTheSolo5LayoutAndNotes() throws Exception {
    Path images = build(WORK.resolve("layout"));
    List<Path> found = new ArrayList<>();
    try (var list = Files.list(images)) {
      list.filter(p -> p.toString().endsWith(".spt")).sorted().forEach(found::add);
    }
    assertThat(found).isNotEmpty();
    for (Path image : found) {
      byte[] bytes = Files.readAllBytes(image);
      ElfFile elf = ElfFile.parse(bytes);
      assertThat(elf.type()).isEqualTo(ElfFile.ET_EXEC);
      assertThat(elf.machine()).isEqualTo(ElfFile.EM_X86_64);
      assertThat(elf.entry()).isAtLeast(0x100000L);
      long lastLoad = -1;
      for (ElfFile.Segment segment : elf.segments()) {
        if (segment.type() == ElfFile.PT_LOAD && segment.fileSize() > 0) {
          assertThat(segment.vaddr() % 4096).isEqualTo(0);
          assertThat(segment.vaddr()).isAtLeast(0x100000L);
          assertThat(segment.vaddr()).isGreaterThan(lastLoad);
          boolean writable = (segment.flags() & ElfFile.PF_W) != 0;
          boolean executable = (segment.flags() & ElfFile.PF_X) != 0;
          assertThat(writable && executable).isFalse();
          lastLoad = segment.vaddr();
        }
      }
      List<ElfFile.Note> notes = elf.notes();
      assertThat(notes.get(0).name()).isEqualTo("OpenBSD");
      Solo5Image solo5 = Solo5Image.parse(bytes);
      assertThat(solo5.target()).isEqualTo(Solo5Target.SPT);
      assertThat(solo5.abiVersion()).isEqualTo(2);
    }
  }

  @Test
  void buildsAreReproducible() throws Exception {
    Path first = build(WORK.resolve("reproducible-a"));
    Path second = build(WORK.resolve("reproducible-b"));
    List<String> names = new ArrayList<>();
    try (var list = Files.list(first)) {
      list.filter(p -> p.toString().endsWith(".spt")).forEach(p -> names.add(
          p.getFileName().toString()));
    }
    assertThat(names).isNotEmpty();
    for (String name : names) {
      assertThat(Files.readAllBytes(second.resolve(name)))
          .isEqualTo(Files.readAllBytes(first.resolve(name)));
    }
  }

  private static Path build(Path output) throws Exception {
    exec(List.of("sh", TESTS.resolve("c/build.sh").toString(), output.toString()));
    return output;
  }

  private static void exec(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError(command + " failed:\n" + output);
    }
  }

  private static boolean onPath(String tool) {
    for (String directory : System.getenv("PATH").split(":")) {
      if (Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return false;
  }
}

package dev.kiln.examples.hello;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.cli.KilnLauncher;
import dev.kiln.image.ElfFile;
import dev.kiln.image.Solo5Image;
import dev.kiln.image.Solo5Target;
import dev.kiln.tools.report.ImageReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * hello.hvt, as `mvn package` built it. No KVM on these machines: its layout and notes are
 * checked against the ABI description, and it runs only where solo5-hvt and /dev/kvm exist.
 */
class HelloHvtIT {
  private static final Path IMAGE = Path.of("target/hello.hvt");

  @BeforeAll
  static void imageWasBuilt() {
    Tools.skipUnless(Files.isRegularFile(IMAGE), "target/hello.hvt was not built");
  }

  @Test
  void notesAndLayoutFollowTheHvtAbi() throws Exception {
    byte[] bytes = Files.readAllBytes(IMAGE);
    ElfFile elf = ElfFile.parse(bytes);
    assertThat(elf.type()).isEqualTo(ElfFile.ET_EXEC);
    assertThat(elf.machine()).isEqualTo(ElfFile.EM_X86_64);
    Solo5Image solo5 = Solo5Image.parse(bytes);
    assertThat(solo5.target()).isEqualTo(Solo5Target.HVT);
    assertThat(solo5.abiVersion()).isEqualTo(2);
    assertThat(solo5.devices()).isEmpty();
    ImageReport report = ImageReport.parse(solo5.report());
    assertThat(report.targets()).hasSize(1);
    assertThat(report.target("hvt").built()).isTrue();

    List<ElfFile.Segment> loads = elf.segments().stream()
        .filter(s -> s.type() == ElfFile.PT_LOAD && s.fileSize() > 0).toList();
    // hvt's text segment is execute-only; rodata (with the notes) is a read-only segment.
    assertThat(loads.get(0).flags()).isEqualTo(ElfFile.PF_X);
    assertThat(loads.get(1).flags()).isEqualTo(ElfFile.PF_R);
    long previous = 0;
    for (ElfFile.Segment load : loads) {
      assertThat(load.vaddr()).isAtLeast(0x100000L);
      assertThat(load.vaddr() % 4096).isEqualTo(0);
      assertThat(load.vaddr()).isGreaterThan(previous);
      assertThat((load.flags() & ElfFile.PF_W) != 0 && (load.flags() & ElfFile.PF_X) != 0)
          .isFalse();
      previous = load.vaddr();
    }
    for (ElfFile.Note note : elf.notes()) {
      ElfFile.Segment noteSegment = elf.segments().get(note.segment());
      ElfFile.Segment rodata = loads.get(1);
      assertThat(noteSegment.vaddr()).isAtLeast(rodata.vaddr());
      assertThat(noteSegment.vaddr()).isLessThan(rodata.vaddr() + rodata.memorySize());
    }
  }

  @Test
  void runsUnderUpstreamSolo5HvtWhereKvmExists() throws Exception {
    Tools.skipUnless(Files.isWritable(Path.of("/dev/kvm")), "no usable /dev/kvm on this machine");
    Tools.skipUnless(Tools.onPath("solo5-hvt"), "upstream solo5-hvt is not on the PATH");
    KilnLauncher.Result result =
        KilnLauncher.run(Duration.ofMinutes(2), "run", "--mem", "32", IMAGE.toString());
    assertThat(result.output()).contains("Hello, Kiln!");
    assertThat(result.status()).isEqualTo(0);
  }
}

package dev.kiln.xen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.image.ElfFile;
import dev.kiln.image.Solo5Image;
import dev.kiln.image.Solo5Target;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A xen image checked against Xen's PVH boot protocol: what a PVH loader (Xen's libelf, QEMU's
 * {@code -kernel}) reads from the ELF file before the first instruction runs.
 */
class PvhLayoutTest {
  private static final int XEN_ELFNOTE_PHYS32_ENTRY = 18;
  private static final long ONE_MIB = 1L << 20;
  private static final long FOUR_GIB = 1L << 32;
  private static byte[] image;
  private static ElfFile elf;
  private static Path images;

  @BeforeAll
  static void buildImage() throws Exception {
    TestImages.assumeToolchain();
    images = TestImages.build(TestImages.WORK.resolve("layout"));
    image = Files.readAllBytes(images.resolve("test_hello.xen"));
    elf = ElfFile.parse(image);
  }

  @Test
  void isA64BitExecutableForX86() {
    assertThat(elf.type()).isEqualTo(ElfFile.ET_EXEC);
    assertThat(elf.machine()).isEqualTo(ElfFile.EM_X86_64);
  }

  @Test
  void carriesThePhys32EntryNoteInItsOwnNoteSegment() throws Exception {
    List<ElfFile.Note> xen = elf.notes().stream().filter(n -> n.name().equals("Xen")).toList();
    assertThat(xen).hasSize(1);
    ElfFile.Note note = xen.get(0);
    assertThat(note.type()).isEqualTo(XEN_ELFNOTE_PHYS32_ENTRY);
    // A 32-bit address; QEMU reads it as a 64-bit value on ELF64, so 8 bytes with zero high half.
    assertThat(note.descriptor().length).isEqualTo(8);
    assertThat(ElfFile.PT_NOTE).isEqualTo(elf.segments().get(note.segment()).type());
    assertThat(elf.segments().get(note.segment()).align()).isEqualTo(4);
  }

  @Test
  void entryIsA32BitAddressInsideTheExecutableLoadSegment() throws Exception {
    long entry = phys32Entry();
    assertThat(entry).isAtLeast(ONE_MIB);
    assertThat(entry).isLessThan(FOUR_GIB);
    assertThat(elf.entry()).isEqualTo(entry);
    ElfFile.Segment text = loadSegmentHolding(entry);
    assertWithMessage("PT_LOAD holding the entry").that(text).isNotNull();
    assertThat(text.flags() & ElfFile.PF_X).isEqualTo(ElfFile.PF_X);
    // The first instruction is cli (0xfa): 32-bit code that expects no IDT.
    int fileOffset = (int) (text.offset() + entry - text.vaddr());
    assertThat(image[fileOffset] & 0xff).isEqualTo(0xfa);
  }

  @Test
  void loadSegmentsArePhysicalAboveOneMibBelowFourGibAndDisjoint() {
    ByteBuffer bytes = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
    long phoff = bytes.getLong(32);
    long previousEnd = 0;
    int loads = 0;
    for (int i = 0; i < elf.segments().size(); i++) {
      ElfFile.Segment s = elf.segments().get(i);
      // Xen's loader counts every PT_LOAD with any of R, W, X into the image's extent, even
      // an empty one: none may sit below 1 MiB.
      if (s.type() != ElfFile.PT_LOAD) {
        continue;
      }
      assertWithMessage("segment %s has flags", i).that(s.flags()).isNotEqualTo(0);
      loads++;
      long paddr = bytes.getLong((int) (phoff + 56L * i + 24));
      assertWithMessage("segment %s: loaded at its physical address", i)
          .that(paddr).isEqualTo(s.vaddr());
      assertThat(s.vaddr()).isAtLeast(ONE_MIB);
      assertThat(s.vaddr() + s.memorySize()).isAtMost(FOUR_GIB);
      assertThat(s.vaddr()).isAtLeast(previousEnd);
      assertThat(s.fileSize()).isAtMost(s.memorySize());
      assertThat(s.offset() + s.fileSize()).isAtMost((long) image.length);
      assertThat(s.vaddr() % 4096).isEqualTo(s.offset() % 4096);
      previousEnd = s.vaddr() + s.memorySize();
    }
    assertThat(loads).isAtLeast(3);
  }

  @Test
  void hasNoMultibootHeaderSoLoadersTakeThePvhPath() {
    // QEMU prefers multiboot when its magic sits 4-byte aligned in the first 8 KiB.
    ByteBuffer bytes = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
    for (int at = 0; at + 4 <= Math.min(8192, image.length); at += 4) {
      assertWithMessage("multiboot magic at %s", at).that(bytes.getInt(at))
          .isNotEqualTo(0x1BADB002);
    }
  }

  @Test
  void isASolo5XenImageWithItsManifest() throws Exception {
    Solo5Image solo5 = Solo5Image.parse(image);
    assertThat(solo5.target()).isEqualTo(Solo5Target.XEN);
    assertThat(solo5.abiVersion()).isEqualTo(1);
    assertThat(solo5.devices()).isEmpty();
  }

  @Test
  void bindingsExportOnlyTheSolo5InterfaceAndItsXenExtension() throws Exception {
    Process nm = new ProcessBuilder("nm", "-g", "--defined-only",
        images.resolve("kiln_xen_bindings.o").toString()).redirectErrorStream(true).start();
    List<String> lines = new String(nm.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertThat(nm.waitFor()).isEqualTo(0);
    List<String> names = lines.stream().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    assertThat(names).contains("_start32");
    assertThat(names).contains("solo5_xen_evtchn_wait");
    for (String name : names) {
      assertWithMessage("exported %s", name).that(name.startsWith("solo5_")
          || name.startsWith("_start") || name.startsWith("__stack_chk_")).isTrue();
    }
  }

  @Test
  void buildsAreReproducible() throws Exception {
    Path again = TestImages.build(TestImages.WORK.resolve("layout-again"));
    assertThat(Files.readAllBytes(again.resolve("test_hello.xen"))).isEqualTo(image);
  }

  private static long phys32Entry() throws Exception {
    for (ElfFile.Note note : elf.notes()) {
      if (note.name().equals("Xen") && note.type() == XEN_ELFNOTE_PHYS32_ENTRY) {
        return ByteBuffer.wrap(note.descriptor()).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
      }
    }
    throw new AssertionError("no PHYS32_ENTRY note");
  }

  private static ElfFile.Segment loadSegmentHolding(long address) {
    for (ElfFile.Segment s : elf.segments()) {
      if (s.type() == ElfFile.PT_LOAD && address >= s.vaddr()
          && address < s.vaddr() + s.fileSize()) {
        return s;
      }
    }
    return null;
  }
}

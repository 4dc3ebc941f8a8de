package dev.kiln.hvt;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.kiln.hvt.TestImages.WORK;
import static dev.kiln.hvt.TestImages.buildImages;
import static dev.kiln.hvt.TestImages.images;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.image.ElfFile;
import dev.kiln.image.Solo5Image;
import dev.kiln.image.Solo5Target;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hvt images against the ABI description (§3, §4, §13), without running them: Kiln cannot run
 * hvt here, so every rule the solo5-hvt loader and the Solo5 tools apply is checked on the ELF
 * files that {@code src/test/c/build.sh} links. {@link HvtRunTest} runs them as far as the
 * machine allows.
 */
class HvtLayoutTest {
  private static final long TEXT_START = 0x100000;
  private static final long PAGE = 4096;
  private static final int NOTE_TYPE_ABI = 0x31494241;
  private static final int NOTE_TYPE_MANIFEST = 0x3154464d;
  private static final int RESERVED_FIRST = 0x40000000;
  private static final int ENTRY_SIZE = 104;

  /** The devices each image's manifest declares, in manifest order. */
  private static final Map<String, List<Solo5Image.Device>> DEVICES = Map.of(
      "hello", List.of(),
      "block", List.of(new Solo5Image.Device("storage", "BLOCK_BASIC")),
      "net", List.of(new Solo5Image.Device("service", "NET_BASIC")),
      "trap", List.of());

  /** Program headers in the order ABI §3 gives for hvt, with their exact flags. */
  private static final int[][] PHDRS = {
      {ElfFile.PT_INTERP, ElfFile.PF_R},
      {ElfFile.PT_LOAD, ElfFile.PF_X}, // text: execute-only
      {ElfFile.PT_LOAD, ElfFile.PF_R}, // rodata with the notes
      {ElfFile.PT_LOAD, ElfFile.PF_R | ElfFile.PF_W}, // data
      {ElfFile.PT_LOAD, ElfFile.PF_R}, // tdata
      {ElfFile.PT_TLS, 0},
      {ElfFile.PT_LOAD, ElfFile.PF_R | ElfFile.PF_W}, // bss
      {ElfFile.PT_NOTE, ElfFile.PF_R}, // OpenBSD
      {ElfFile.PT_NOTE, ElfFile.PF_R}, // ABI
      {ElfFile.PT_NOTE, ElfFile.PF_R}, // manifest
  };
  private static final int TEXT = 1;
  private static final int RODATA = 2;
  private static final int DATA = 3;

  private static Path images;

  @BeforeAll
  static void build() throws Exception {
    String missing = TestImages.missingTools();
    if (!missing.isEmpty()) {
      System.out.println("HvtLayoutTest skipped: " + missing);
    }
    assumeTrue(missing.isEmpty(), missing);
    images = buildImages(WORK.resolve("images"));
  }

  @Test
  void everyImageHasTheHvtLayout() throws Exception {
    List<Path> found = images(images);
    assertThat(found).isNotEmpty();
    for (Path image : found) {
      checkLayout(image.getFileName().toString(), Files.readAllBytes(image));
    }
  }

  @Test
  void manifestsDeclareTheirDevices() throws Exception {
    for (Map.Entry<String, List<Solo5Image.Device>> expected : DEVICES.entrySet()) {
      String name = "test_" + expected.getKey() + ".hvt";
      byte[] bytes = Files.readAllBytes(images.resolve(name));
      checkManifestNote(name, ElfFile.parse(bytes), bytes, expected.getValue());
      Solo5Image solo5 = Solo5Image.parse(bytes);
      assertWithMessage(name).that(solo5.target()).isEqualTo(Solo5Target.HVT);
      assertWithMessage(name).that(solo5.abiVersion()).isEqualTo(2);
      assertWithMessage(name).that(solo5.devices()).isEqualTo(expected.getValue());
    }
  }

  @Test
  void bindingsObjectExportsOnlyTheSolo5Interface() throws Exception {
    ElfFile object = ElfFile.parse(Files.readAllBytes(images.resolve("kiln_hvt_bindings.o")));
    Set<String> defined = new TreeSet<>();
    Set<String> undefined = new TreeSet<>();
    readGlobalSymbols(object, defined, undefined);
    for (String symbol : defined) {
      assertWithMessage("global symbol %s", symbol)
          .that(symbol.startsWith("solo5_") || symbol.startsWith("_start")
              || symbol.equals("__stack_chk_guard") || symbol.equals("__stack_chk_fail"))
          .isTrue();
    }
    assertThat(defined).containsAtLeast("_start", "__stack_chk_guard", "__stack_chk_fail",
        "solo5_exit", "solo5_abort", "solo5_clock_monotonic", "solo5_clock_wall", "solo5_yield",
        "solo5_console_write", "solo5_net_acquire", "solo5_net_write", "solo5_net_read",
        "solo5_block_acquire", "solo5_block_write", "solo5_block_read", "solo5_tls_size",
        "solo5_tls_tp_offset", "solo5_tls_init", "solo5_set_tls_base");
    // Only the linker script and the application may complete the object (ABI §2).
    assertThat(undefined).isEqualTo(new TreeSet<>(List.of("solo5_app_main", "_stext", "_etext",
        "_erodata", "_edata", "_end", "_stdata", "_ltdata", "_ltbss")));
  }

  @Test
  void buildsAreReproducible() throws Exception {
    Path second = buildImages(WORK.resolve("reproducible"));
    List<Path> found = images(images);
    found.add(images.resolve("kiln_hvt_bindings.o"));
    for (Path file : found) {
      assertWithMessage(file.getFileName().toString())
          .that(Arrays.equals(Files.readAllBytes(second.resolve(file.getFileName())),
              Files.readAllBytes(file)))
          .isTrue();
    }
  }

  /** ABI §3: the header, program headers, segment placement and the notes' home. */
  private static void checkLayout(String name, byte[] bytes) throws Exception {
    ElfFile elf = ElfFile.parse(bytes);
    ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertWithMessage("%s e_type", name).that(elf.type()).isEqualTo(ElfFile.ET_EXEC);
    assertWithMessage("%s e_machine", name).that(elf.machine()).isEqualTo(ElfFile.EM_X86_64);
    assertWithMessage("%s e_version", name).that(header.getInt(20)).isEqualTo(1);
    assertWithMessage("%s e_ehsize", name).that((int) header.getShort(52)).isEqualTo(64);
    assertWithMessage("%s e_phentsize", name).that((int) header.getShort(54)).isEqualTo(56);
    long headersEnd = header.getLong(32) + 56L * header.getShort(56);

    List<ElfFile.Segment> segments = elf.segments();
    assertWithMessage("%s program headers", name).that(segments).hasSize(PHDRS.length);
    for (int i = 0; i < PHDRS.length; i++) {
      ElfFile.Segment segment = segments.get(i);
      assertWithMessage("%s phdr[%s] type", name, i).that(segment.type())
          .isEqualTo(PHDRS[i][0]);
      assertWithMessage("%s phdr[%s] flags", name, i).that(segment.flags())
          .isEqualTo(PHDRS[i][1]);
    }

    ElfFile.Segment text = segments.get(TEXT);
    assertWithMessage("%s text vaddr", name).that(text.vaddr()).isEqualTo(TEXT_START);
    assertWithMessage("%s entry in text", name).that(contains(text, elf.entry())).isTrue();
    long previousEnd = TEXT_START;
    for (ElfFile.Segment segment : segments) {
      if (segment.type() != ElfFile.PT_LOAD) {
        continue;
      }
      boolean writable = (segment.flags() & ElfFile.PF_W) != 0;
      boolean executable = (segment.flags() & ElfFile.PF_X) != 0;
      assertWithMessage("%s W+X segment at 0x%s", name, Long.toHexString(segment.vaddr()))
          .that(writable && executable).isFalse();
      if (segment.fileSize() == 0) {
        continue; // the loader skips it: bss relies on zeroed guest memory
      }
      String at = name + " PT_LOAD at 0x" + Long.toHexString(segment.vaddr());
      assertWithMessage("%s vaddr alignment", at).that(segment.vaddr() % PAGE).isEqualTo(0);
      assertWithMessage("%s offset alignment", at).that(segment.offset() % PAGE).isEqualTo(0);
      assertWithMessage("%s p_align", at).that(segment.align()).isEqualTo(PAGE);
      assertWithMessage("%s ascending, not overlapping", at).that(segment.vaddr())
          .isAtLeast(previousEnd);
      assertWithMessage("%s maps the ELF headers", at).that(segment.offset())
          .isAtLeast(headersEnd);
      previousEnd = roundUp(segment.vaddr() + segment.memorySize(), segment.align());
    }
    ElfFile.Segment bss = segments.get(6);
    assertWithMessage("%s bss after the loaded segments", name).that(bss.vaddr())
        .isAtLeast(previousEnd);

    checkSection(name, elf, ".text", segments.get(TEXT));
    checkSection(name, elf, ".rodata", segments.get(RODATA));
    checkSection(name, elf, ".data", segments.get(DATA));
    for (ElfFile.Section section : elf.sections()) {
      assertWithMessage("%s section %s", name, section.name())
          .that(section.name().startsWith(".note.gnu")).isFalse();
    }
    checkInterp(name, elf);
    checkNotes(name, elf, bytes);
  }

  private static void checkSection(String name, ElfFile elf, String section,
      ElfFile.Segment segment) {
    ElfFile.Section found = elf.section(section);
    if (found == null || found.size() == 0) {
      return;
    }
    assertWithMessage("%s %s in its segment", name, section)
        .that(contains(segment, found.address())
            && found.address() + found.size() <= segment.vaddr() + segment.memorySize())
        .isTrue();
  }

  /** ABI §3: a 24-byte "/nonexistent/solo5/" at the start of the text segment. */
  private static void checkInterp(String name, ElfFile elf) throws Exception {
    ElfFile.Section interp = elf.section(".interp");
    assertWithMessage("%s .interp", name).that(interp).isNotNull();
    byte[] expected = Arrays.copyOf("/nonexistent/solo5/".getBytes(StandardCharsets.US_ASCII), 24);
    assertWithMessage("%s .interp contents", name).that(elf.contents(interp)).isEqualTo(expected);
    ElfFile.Segment phdr = elf.segments().get(0);
    assertWithMessage("%s PT_INTERP offset", name).that(phdr.offset())
        .isEqualTo(interp.offset());
    assertWithMessage("%s PT_INTERP covers the string", name).that(phdr.fileSize())
        .isAtLeast(20L);
  }

  /** ABI §4, §13.1: OpenBSD, ABI, manifest; each alone in its own PT_NOTE in the R segment. */
  private static void checkNotes(String name, ElfFile elf, byte[] bytes) throws Exception {
    ElfFile.Segment rodata = elf.segments().get(RODATA);
    List<ElfFile.Note> notes = elf.notes();
    assertWithMessage("%s notes", name).that(notes).hasSize(3);
    for (ElfFile.Note note : notes) {
      ElfFile.Segment segment = elf.segments().get(note.segment());
      assertWithMessage("%s note %s in the rodata segment", name, note.name())
          .that(contains(rodata, segment.vaddr())
              && segment.vaddr() + segment.fileSize() <= rodata.vaddr() + rodata.fileSize()
              && segment.offset() - rodata.offset() == segment.vaddr() - rodata.vaddr())
          .isTrue();
      int namePadded = (note.name().length() + 1 + 3) & ~3; // with its NUL, 4-byte aligned
      assertWithMessage("%s note %s alone in its PT_NOTE", name, note.name())
          .that(segment.fileSize()).isEqualTo(12L + namePadded + note.descriptor().length);
    }
    assertWithMessage("%s first note", name).that(notes.get(0).name()).isEqualTo("OpenBSD");
    assertWithMessage("%s OpenBSD note type", name).that(notes.get(0).type()).isEqualTo(1);
    assertWithMessage("%s OpenBSD descriptor", name).that(notes.get(0).descriptor())
        .isEqualTo(new byte[4]);

    ElfFile.Note abi = notes.get(1);
    assertWithMessage("%s second note", name).that(abi.name()).isEqualTo("Solo5");
    assertWithMessage("%s ABI note type", name).that(abi.type()).isEqualTo(NOTE_TYPE_ABI);
    ByteBuffer desc = ByteBuffer.wrap(abi.descriptor()).order(ByteOrder.LITTLE_ENDIAN);
    assertWithMessage("%s ABI descriptor size", name).that(abi.descriptor().length)
        .isEqualTo(16);
    assertWithMessage("%s ABI target", name).that(desc.getInt(0)).isEqualTo(1);
    assertWithMessage("%s ABI version", name).that(desc.getInt(4)).isEqualTo(2);
    assertWithMessage("%s ABI reserved", name).that(desc.getLong(8)).isEqualTo(0L);

    assertWithMessage("%s third note", name).that(notes.get(2).name()).isEqualTo("Solo5");
    assertWithMessage("%s manifest note type", name).that(notes.get(2).type())
        .isEqualTo(NOTE_TYPE_MANIFEST);
  }

  /** ABI §4.2: the raw MFT1 note, body at note offset 24. */
  private static void checkManifestNote(String name, ElfFile elf, byte[] bytes,
      List<Solo5Image.Device> devices) {
    ElfFile.Segment segment = elf.segments().get(9);
    ByteBuffer note = ByteBuffer.wrap(bytes, (int) segment.offset(), (int) segment.fileSize())
        .slice().order(ByteOrder.LITTLE_ENDIAN);
    int entries = devices.size() + 1;
    assertWithMessage("%s n_namesz", name).that(note.getInt(0)).isEqualTo(6);
    assertWithMessage("%s n_descsz", name).that(note.getInt(4))
        .isEqualTo(4 + 8 + ENTRY_SIZE * entries);
    assertWithMessage("%s n_type", name).that(note.getInt(8)).isEqualTo(NOTE_TYPE_MANIFEST);
    assertWithMessage("%s note name", name).that(slice(note, 12, 8))
        .isEqualTo("Solo5\0\0\0".getBytes(StandardCharsets.US_ASCII));
    assertWithMessage("%s padding before the body", name).that(note.getInt(20)).isEqualTo(0);
    assertWithMessage("%s manifest version", name).that(note.getInt(24)).isEqualTo(1);
    assertWithMessage("%s manifest entries", name).that(note.getInt(28)).isEqualTo(entries);
    for (int i = 0; i < entries; i++) {
      int at = 32 + i * ENTRY_SIZE;
      String entry = name + " entry " + i;
      byte[] nameBytes = slice(note, at, 68);
      int end = 0;
      while (end < 68 && nameBytes[end] != 0) {
        end++;
      }
      assertWithMessage("%s name terminated", entry).that(nameBytes[67]).isEqualTo(0);
      String expectedName = i == 0 ? "" : devices.get(i - 1).name();
      int expectedType = i == 0 ? RESERVED_FIRST
          : devices.get(i - 1).type().equals("BLOCK_BASIC") ? 1 : 2;
      assertWithMessage("%s name", entry)
          .that(new String(nameBytes, 0, end, StandardCharsets.US_ASCII)).isEqualTo(expectedName);
      assertWithMessage("%s type", entry).that(note.getInt(at + 68)).isEqualTo(expectedType);
      // Properties, host data and `attached` are the tender's to fill in.
      assertWithMessage("%s bytes 72..103 zero", entry).that(slice(note, at + 72, 32))
          .isEqualTo(new byte[32]);
    }
  }

  /** Fills in the names of the defined and undefined global symbols of a relocatable object. */
  private static void readGlobalSymbols(ElfFile object, Set<String> defined,
      Set<String> undefined) throws Exception {
    ElfFile.Section symtab = object.section(".symtab");
    byte[] names = object.contents(object.section(".strtab"));
    ByteBuffer table = ByteBuffer.wrap(object.contents(symtab)).order(ByteOrder.LITTLE_ENDIAN);
    for (int at = 24; at + 24 <= table.limit(); at += 24) { // entry 0 is the null symbol
      int bind = (table.get(at + 4) & 0xff) >> 4;
      if (bind != 1 && bind != 2) { // GLOBAL, WEAK
        continue;
      }
      int start = table.getInt(at);
      int end = start;
      while (names[end] != 0) {
        end++;
      }
      String symbol = new String(names, start, end - start, StandardCharsets.US_ASCII);
      (table.getShort(at + 6) == 0 ? undefined : defined).add(symbol);
    }
  }

  private static boolean contains(ElfFile.Segment segment, long address) {
    return address >= segment.vaddr() && address < segment.vaddr() + segment.memorySize();
  }

  private static long roundUp(long value, long align) {
    return align <= 1 ? value : (value + align - 1) / align * align;
  }

  private static byte[] slice(ByteBuffer buffer, int offset, int length) {
    byte[] copy = new byte[length];
    buffer.get(offset, copy);
    return copy;
  }
}


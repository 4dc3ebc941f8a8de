package dev.kiln.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A 64-bit little-endian ELF file: its header, program headers, sections and the first note of
 * each PT_NOTE segment. Every offset is checked against the file's size, so a truncated or hostile
 * file gives a {@link MalformedImageException}, never an unchecked exception.
 */
public final class ElfFile {
  public static final int PT_LOAD = 1;
  public static final int PT_INTERP = 3;
  public static final int PT_NOTE = 4;
  public static final int PT_TLS = 7;
  public static final int PF_X = 1;
  public static final int PF_W = 2;
  public static final int PF_R = 4;
  public static final int ET_EXEC = 2;
  public static final int EM_X86_64 = 62;

  private static final int HEADER_SIZE = 64;
  private static final int PHDR_SIZE = 56;
  private static final int SHDR_SIZE = 64;

  /** A program header. */
  public record Segment(int type, int flags, long offset, long vaddr, long fileSize,
      long memorySize, long align) {}

  /** A section header with its name. */
  public record Section(String name, int type, long flags, long address, long offset,
      long size) {}

  /** The first note of a PT_NOTE segment, and the index of that segment. */
  public record Note(int segment, String name, int type, byte[] descriptor) {}

  private final ByteBuffer bytes;
  private final int type;
  private final int machine;
  private final long entry;
  private final List<Segment> segments;
  private final List<Section> sections;

  private ElfFile(ByteBuffer bytes) throws MalformedImageException {
    this.bytes = bytes;
    if (bytes.limit() < 4 || bytes.get(0) != 0x7f || bytes.get(1) != 'E' || bytes.get(2) != 'L'
        || bytes.get(3) != 'F') {
      throw new MalformedImageException("not an ELF file");
    }
    if (bytes.limit() < HEADER_SIZE) {
      throw new MalformedImageException("truncated ELF header");
    }
    if (bytes.get(4) != 2 || bytes.get(5) != 1) {
      throw new MalformedImageException("not a 64-bit little-endian ELF file");
    }
    type = u16(16);
    machine = u16(18);
    entry = bytes.getLong(24);
    segments = readSegments();
    sections = readSections();
  }

  public static ElfFile parse(byte[] content) throws MalformedImageException {
    return new ElfFile(ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN));
  }

  public int type() {
    return type;
  }

  public int machine() {
    return machine;
  }

  public long entry() {
    return entry;
  }

  public List<Segment> segments() {
    return segments;
  }

  public List<Section> sections() {
    return sections;
  }

  /** The section with that name, or null. */
  public Section section(String name) {
    for (Section section : sections) {
      if (section.name().equals(name)) {
        return section;
      }
    }
    return null;
  }

  /** The file bytes of a section (empty for a section without file contents). */
  public byte[] contents(Section section) throws MalformedImageException {
    if (section.type() == 8) { // SHT_NOBITS
      return new byte[0];
    }
    return slice(section.offset(), section.size(), "section " + section.name());
  }

  /** The first note of each PT_NOTE segment, in program-header order. */
  public List<Note> notes() throws MalformedImageException {
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      if (segment.type() != PT_NOTE) {
        continue;
      }
      if (segment.fileSize() < 12) {
        throw new MalformedImageException("PT_NOTE " + i + " is smaller than a note header");
      }
      byte[] header = slice(segment.offset(), 12, "note header");
      ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
      long nameSize = Integer.toUnsignedLong(h.getInt(0));
      long descSize = Integer.toUnsignedLong(h.getInt(4));
      int noteType = h.getInt(8);
      long namePadded = (nameSize + 3) & ~3L;
      if (12 + namePadded + descSize > segment.fileSize()) {
        throw new MalformedImageException("note in PT_NOTE " + i + " overruns its segment");
      }
      byte[] name = slice(segment.offset() + 12, nameSize, "note name");
      int end = 0;
      while (end < name.length && name[end] != 0) {
        end++;
      }
      byte[] descriptor = slice(segment.offset() + 12 + namePadded, descSize, "note descriptor");
      notes.add(new Note(i, new String(name, 0, end, StandardCharsets.US_ASCII), noteType,
          descriptor));
    }
    return notes;
  }

  private List<Segment> readSegments() throws MalformedImageException {
    long offset = bytes.getLong(32);
    int size = u16(54);
    int count = u16(56);
    if (count == 0) {
      return List.of();
    }
    if (size != PHDR_SIZE) {
      throw new MalformedImageException("unexpected program header size " + size);
    }
    ByteBuffer table = ByteBuffer.wrap(slice(offset, (long) count * PHDR_SIZE, "program headers"))
        .order(ByteOrder.LITTLE_ENDIAN);
    List<Segment> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = i * PHDR_SIZE;
      list.add(new Segment(table.getInt(at), table.getInt(at + 4), table.getLong(at + 8),
          table.getLong(at + 16), table.getLong(at + 32), table.getLong(at + 40),
          table.getLong(at + 48)));
    }
    return List.copyOf(list);
  }

  private List<Section> readSections() throws MalformedImageException {
    long offset = bytes.getLong(40);
    int size = u16(58);
    int count = u16(60);
    int namesIndex = u16(62);
    if (count == 0 || offset == 0) {
      return List.of();
    }
    if (size != SHDR_SIZE) {
      throw new MalformedImageException("unexpected section header size " + size);
    }
    ByteBuffer table = ByteBuffer.wrap(slice(offset, (long) count * SHDR_SIZE, "section headers"))
        .order(ByteOrder.LITTLE_ENDIAN);
    if (namesIndex >= count) {
      throw new MalformedImageException("section name table index out of range");
    }
    int namesAt = namesIndex * SHDR_SIZE;
    byte[] names = slice(table.getLong(namesAt + 24), table.getLong(namesAt + 32),
        "section names");
    List<Section> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = i * SHDR_SIZE;
      list.add(new Section(name(names, table.getInt(at)), table.getInt(at + 4),
          table.getLong(at + 8), table.getLong(at + 16), table.getLong(at + 24),
          table.getLong(at + 32)));
    }
    return List.copyOf(list);
  }

  private static String name(byte[] names, int offset) throws MalformedImageException {
    if (offset < 0 || offset >= names.length) {
      throw new MalformedImageException("section name out of range");
    }
    int end = offset;
    while (end < names.length && names[end] != 0) {
      end++;
    }
    return new String(names, offset, end - offset, StandardCharsets.US_ASCII);
  }

  private byte[] slice(long offset, long length, String what) throws MalformedImageException {
    if (offset < 0 || length < 0 || offset > bytes.limit() || length > bytes.limit() - offset) {
      throw new MalformedImageException("truncated file: " + what + " lies outside it");
    }
    byte[] copy = new byte[(int) length];
    bytes.get((int) offset, copy);
    return copy;
  }

  private int u16(int offset) {
    return Short.toUnsignedInt(bytes.getShort(offset));
  }
}

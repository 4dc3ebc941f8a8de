package dev.kiln.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Solo5 image says about itself: its ABI target and version, its manifest's devices, and
 * (for Kiln images) the component report stored in section {@value #REPORT_SECTION}.
 */
public record Solo5Image(Solo5Target target, int abiVersion, List<Device> devices,
    String report) {

  public static final String REPORT_SECTION = ".kiln.report";
  static final int ABI_NOTE_TYPE = 0x31494241;
  static final int MANIFEST_NOTE_TYPE = 0x3154464d;
  static final int ENTRY_SIZE = 104;
  static final int MAX_ENTRIES = 64;
  static final int RESERVED_FIRST = 0x40000000;

  /** A device of the manifest: its name and Solo5 type ({@code NET_BASIC}, {@code BLOCK_BASIC}). */
  public record Device(String name, String type) {}

  public static Solo5Image read(Path file) throws IOException, MalformedImageException {
    return parse(Files.readAllBytes(file));
  }

  public static Solo5Image parse(byte[] content) throws MalformedImageException {
    ElfFile elf = ElfFile.parse(content);
    Solo5Target target = null;
    int version = -1;
    List<Device> devices = null;
    for (ElfFile.Note note : elf.notes()) {
      if (!note.name().equals("Solo5")) {
        continue;
      }
      if (note.type() == ABI_NOTE_TYPE) {
        if (note.descriptor().length < 8) {
          throw new MalformedImageException("Solo5 ABI note is too short");
        }
        ByteBuffer abi = ByteBuffer.wrap(note.descriptor()).order(ByteOrder.LITTLE_ENDIAN);
        int number = abi.getInt(0);
        target = Solo5Target.byNumber(number);
        if (target == null) {
          throw new MalformedImageException("unknown Solo5 ABI target " + number);
        }
        version = abi.getInt(4);
      } else if (note.type() == MANIFEST_NOTE_TYPE) {
        devices = manifest(note.descriptor());
      }
    }
    if (target == null) {
      throw new MalformedImageException("no Solo5 ABI note: not a Solo5 image");
    }
    if (devices == null) {
      throw new MalformedImageException("no Solo5 manifest note");
    }
    ElfFile.Section section = elf.section(REPORT_SECTION);
    String report = section == null ? null
        : new String(elf.contents(section), StandardCharsets.UTF_8);
    return new Solo5Image(target, version, devices, report);
  }

  private static List<Device> manifest(byte[] descriptor) throws MalformedImageException {
    // 4 bytes of padding put the body on an 8-byte boundary.
    if (descriptor.length < 4 + 8) {
      throw new MalformedImageException("Solo5 manifest is too short");
    }
    ByteBuffer body = ByteBuffer.wrap(descriptor, 4, descriptor.length - 4).slice()
        .order(ByteOrder.LITTLE_ENDIAN);
    int version = body.getInt(0);
    int entries = body.getInt(4);
    if (version != 1) {
      throw new MalformedImageException("unsupported Solo5 manifest version " + version);
    }
    if (entries < 1 || entries > MAX_ENTRIES
        || body.limit() != 8 + (long) ENTRY_SIZE * entries) {
      throw new MalformedImageException("Solo5 manifest has a bad entry count " + entries);
    }
    if (body.getInt(8 + 68) != RESERVED_FIRST) {
      throw new MalformedImageException("Solo5 manifest entry 0 is not the reserved entry");
    }
    List<Device> devices = new ArrayList<>();
    for (int i = 1; i < entries; i++) {
      int at = 8 + i * ENTRY_SIZE;
      if (body.get(at + 67) != 0) {
        throw new MalformedImageException("Solo5 manifest entry " + i + " name is unterminated");
      }
      int end = 0;
      while (body.get(at + end) != 0) {
        end++;
      }
      byte[] name = new byte[end];
      body.get(at, name);
      int type = body.getInt(at + 68);
      String typeName = type == 1 ? "BLOCK_BASIC" : type == 2 ? "NET_BASIC" : "UNKNOWN(" + type + ")";
      devices.add(new Device(new String(name, StandardCharsets.US_ASCII), typeName));
    }
    return List.copyOf(devices);
  }
}

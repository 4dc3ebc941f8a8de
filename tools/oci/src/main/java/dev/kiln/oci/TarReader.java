package dev.kiln.oci;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ustar archives {@link TarWriter} writes (and plain ustar in general), checking each
 * header's checksum, so that tests and tools can look inside layers and docker-archives.
 */
public final class TarReader {
  /** One entry: its header fields and, for a regular file, its content. */
  public record Entry(String name, char type, int mode, long uid, long gid, long mtime,
      String magic, byte[] content) {
    public boolean isDirectory() {
      return type == '5';
    }
  }

  private TarReader() {}

  public static List<Entry> read(Path tar) throws IOException {
    try (InputStream in = Files.newInputStream(tar)) {
      return read(in);
    }
  }

  /** Reads every entry up to the end-of-archive marker; a malformed archive is an IOException. */
  public static List<Entry> read(InputStream in) throws IOException {
    List<Entry> entries = new ArrayList<>();
    while (true) {
      byte[] header = in.readNBytes(TarWriter.BLOCK);
      if (header.length < TarWriter.BLOCK) {
        throw new IOException("tar archive ends without its end-of-archive marker");
      }
      if (isZero(header)) {
        return entries;
      }
      checkChecksum(header, entries.size());
      String name = text(header, 0, 100);
      String prefix = text(header, 345, 155);
      if (!prefix.isEmpty()) {
        name = prefix + "/" + name;
      }
      long size = octal(header, 124, 12);
      char type = (char) (header[156] == 0 ? '0' : header[156]);
      byte[] content = new byte[0];
      if (type == '0' || size > 0) {
        if (size > Integer.MAX_VALUE - 8) {
          throw new IOException(name + " is too large to read into memory: " + size + " bytes");
        }
        content = in.readNBytes((int) size);
        if (content.length != size) {
          throw new IOException("tar entry " + name + " is cut short");
        }
        long padding = (TarWriter.BLOCK - size % TarWriter.BLOCK) % TarWriter.BLOCK;
        if (in.readNBytes((int) padding).length != padding) {
          throw new IOException("tar entry " + name + " is missing its padding");
        }
      }
      entries.add(new Entry(name, type, (int) octal(header, 100, 8), octal(header, 108, 8),
          octal(header, 116, 8), octal(header, 136, 12), text(header, 257, 6), content));
    }
  }

  /** The content of the regular file named {@code name}, or null when there is none. */
  public static byte[] file(List<Entry> entries, String name) {
    for (Entry entry : entries) {
      if (entry.name().equals(name) && entry.type() == '0') {
        return entry.content();
      }
    }
    return null;
  }

  private static void checkChecksum(byte[] header, int index) throws IOException {
    long expected = octal(header, 148, 8);
    long sum = 0;
    for (int i = 0; i < header.length; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : header[i] & 0xff;
    }
    if (sum != expected) {
      throw new IOException("tar header " + index + " has a bad checksum");
    }
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] header, int offset, int width) {
    int end = offset;
    while (end < offset + width && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] header, int offset, int width) throws IOException {
    String field = text(header, offset, width).trim();
    if (field.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(field, 8);
    } catch (NumberFormatException e) {
      throw new IOException("tar header field is not octal: '" + field + "'");
    }
  }
}

package dev.kiln.oci;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes a POSIX ustar archive (POSIX.1-2001 {@code pax} interchange format without extended
 * headers) one entry at a time, reproducibly: owner and group 0 with empty names, the one
 * modification time it is given, the mode each entry is given. The caller adds entries in the
 * order they should appear (sorted, for reproducible archives). Names must fit ustar's 100-byte
 * name field; longer names are refused rather than spread over the prefix field.
 */
public final class TarWriter implements AutoCloseable {
  static final int BLOCK = 512;
  private static final int NAME_LENGTH = 100;
  /** ustar's 12-byte size field holds 11 octal digits. */
  private static final long MAX_SIZE = 077777777777L;

  private final OutputStream out;
  private final long mtimeSeconds;
  private boolean finished;

  public TarWriter(OutputStream out, Instant mtime) {
    this.out = out;
    this.mtimeSeconds = mtime.getEpochSecond();
    if (mtimeSeconds < 0 || mtimeSeconds > MAX_SIZE) {
      throw new IllegalArgumentException("a tar timestamp must lie between 1970 and 6325: " + mtime);
    }
  }

  /** Adds a directory; {@code name} ends with '/'. */
  public void directory(String name, int mode) throws IOException {
    if (!name.endsWith("/")) {
      throw new IllegalArgumentException("a directory name ends with '/': " + name);
    }
    out.write(header(name, mode, 0, '5'));
  }

  /** Adds a regular file holding {@code content}. */
  public void file(String name, int mode, byte[] content) throws IOException {
    out.write(header(name, mode, content.length, '0'));
    out.write(content);
    pad(content.length);
  }

  /** Adds a regular file copied from {@code source}, streamed rather than held in memory. */
  public void file(String name, int mode, Path source) throws IOException {
    long size = Files.size(source);
    out.write(header(name, mode, size, '0'));
    long copied;
    try (InputStream in = Files.newInputStream(source)) {
      copied = in.transferTo(out);
    }
    if (copied != size) {
      throw new IOException(source + " changed size while it was archived");
    }
    pad(size);
  }

  /** Writes the end-of-archive marker: two zero blocks. */
  public void finish() throws IOException {
    if (!finished) {
      out.write(new byte[2 * BLOCK]);
      finished = true;
    }
  }

  /** Finishes the archive and closes the stream underneath. */
  @Override
  public void close() throws IOException {
    try {
      finish();
    } finally {
      out.close();
    }
  }

  private void pad(long size) throws IOException {
    int remainder = (int) (size % BLOCK);
    if (remainder != 0) {
      out.write(new byte[BLOCK - remainder]);
    }
  }

  private byte[] header(String name, int mode, long size, char type) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    if (nameBytes.length == 0 || nameBytes.length > NAME_LENGTH || name.startsWith("/")
        || name.contains("\0") || name.equals("..") || name.startsWith("../")
        || name.contains("/../")) {
      throw new IllegalArgumentException("not a usable tar entry name (relative, at most "
          + NAME_LENGTH + " bytes, no '..'): " + name);
    }
    if ((mode & ~07777) != 0) {
      throw new IllegalArgumentException("not a file mode: " + Integer.toOctalString(mode));
    }
    if (size > MAX_SIZE) {
      throw new IllegalArgumentException(name + " is larger than a ustar entry can be (8 GiB)");
    }
    byte[] header = new byte[BLOCK];
    System.arraycopy(nameBytes, 0, header, 0, nameBytes.length);
    octal(header, 100, 8, mode);
    octal(header, 108, 8, 0);
    octal(header, 116, 8, 0);
    octal(header, 124, 12, size);
    octal(header, 136, 12, mtimeSeconds);
    header[156] = (byte) type;
    ascii(header, 257, "ustar\0");
    ascii(header, 263, "00");
    for (int i = 148; i < 156; i++) {
      header[i] = ' ';
    }
    long checksum = 0;
    for (byte b : header) {
      checksum += b & 0xff;
    }
    octal(header, 148, 7, checksum);
    header[155] = ' ';
    return header;
  }

  /** Writes {@code value} as zero-padded octal digits followed by NUL, filling {@code width}. */
  private static void octal(byte[] header, int offset, int width, long value) {
    String digits = Long.toOctalString(value);
    int length = width - 1;
    if (digits.length() > length) {
      throw new IllegalArgumentException(value + " does not fit a " + width + "-byte tar field");
    }
    String field = "0".repeat(length - digits.length()) + digits;
    ascii(header, offset, field);
    header[offset + length] = 0;
  }

  private static void ascii(byte[] header, int offset, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }
}

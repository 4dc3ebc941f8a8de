package dev.kiln.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file given to kiln is, from its first bytes. */
enum ImageKind {
  JAR,
  ELF;

  static ImageKind of(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new KilnException(file + ": no such file");
    }
    byte[] magic = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(magic, 0, 4) == 4) {
        if (magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
          return JAR;
        }
        if (magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F') {
          return ELF;
        }
      }
    } catch (IOException e) {
      throw new KilnException(file + ": " + e.getMessage());
    }
    throw new KilnException(file + ": not a Kiln image (neither a jar nor an ELF file)");
  }
}

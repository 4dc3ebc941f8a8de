package dev.kiln.cli;

import dev.kiln.image.MalformedImageException;
import dev.kiln.image.Solo5Image;
import dev.kiln.tools.report.ImageReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads what an image says about itself: a jar's report, or a Solo5 image's notes and report. */
final class ImageContents {
  private ImageContents() {}

  static Solo5Image solo5(Path file) {
    try {
      return Solo5Image.read(file);
    } catch (MalformedImageException e) {
      throw new KilnException(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new KilnException(file + ": " + e.getMessage());
    }
  }

  /** The component report inside a jar built by Kiln. */
  static ImageReport jarReport(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        String name = entry.getName();
        if (name.startsWith("META-INF/kiln/") && name.endsWith("/components.json")) {
          try (InputStream in = zip.getInputStream(entry)) {
            return ImageReport.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new KilnException(file + ": " + e.getMessage());
    }
    throw new KilnException(file + ": a jar without a Kiln component report");
  }
}

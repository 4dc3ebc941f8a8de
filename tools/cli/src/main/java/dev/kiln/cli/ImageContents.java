package dev.kiln.cli;

import dev.kiln.image.MalformedImageException;
import dev.kiln.image.Solo5Image;
import dev.kiln.tools.report.ImageReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

  /**
   * The component report inside a jar built by Kiln: the one named after the jar ({@code
   * echo.jar} holds {@code META-INF/kiln/echo/}), else the only one.
   */
  static ImageReport jarReport(Path file) {
    String fileName = file.getFileName().toString();
    String own = "META-INF/kiln/" + fileName.replaceFirst("\\.jar$", "") + "/components.json";
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<ZipEntry> reports = new ArrayList<>();
      for (ZipEntry entry : Collections.list(zip.entries())) {
        String name = entry.getName();
        if (name.startsWith("META-INF/kiln/") && name.endsWith("/components.json")) {
          reports.add(entry);
        }
      }
      ZipEntry chosen = zip.getEntry(own);
      if (chosen == null && reports.size() == 1) {
        chosen = reports.get(0);
      }
      if (chosen == null && reports.size() > 1) {
        throw new KilnException(file + ": the jar holds the reports of several images and none"
            + " is named after the jar (" + own + ")");
      }
      if (chosen != null) {
        try (InputStream in = zip.getInputStream(chosen)) {
          return ImageReport.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new KilnException(file + ": " + e.getMessage());
    }
    throw new KilnException(file + ": a jar without a Kiln component report");
  }
}

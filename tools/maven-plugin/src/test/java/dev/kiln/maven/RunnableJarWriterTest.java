package dev.kiln.maven;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnableJarWriterTest {
  private static final FileTime TIME = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void writesTheSameBytesEveryTimeWithTheMainClassAndMergedServices(@TempDir Path directory)
      throws IOException {
    Path classes = directory.resolve("classes");
    Files.createDirectories(classes.resolve("app"));
    Files.writeString(classes.resolve("app/Main.class"), "main");
    Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(classes.resolve("META-INF/services/x.Service"), "app.Impl\n");
    Path library = directory.resolve("lib.jar");
    try (OutputStream file = Files.newOutputStream(library);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      put(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
      put(zip, "META-INF/LIB.SF", "signature");
      put(zip, "META-INF/services/x.Service", "# comment\nlib.Impl\napp.Impl\n");
      put(zip, "app/Main.class", "shadowed");
      put(zip, "lib/Util.class", "util");
    }

    Path first = directory.resolve("first.jar");
    Path second = directory.resolve("second.jar");
    new RunnableJarWriter(TIME).write(first, "app.Main", classes, List.of(library));
    new RunnableJarWriter(TIME).write(second, "app.Main", classes, List.of(library));

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    try (JarFile jar = new JarFile(first.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("app.Main");
      assertThat(read(jar, "app/Main.class")).isEqualTo("main");
      assertThat(read(jar, "lib/Util.class")).isEqualTo("util");
      assertThat(read(jar, "META-INF/services/x.Service")).isEqualTo("app.Impl\nlib.Impl\n");
      assertThat(jar.getEntry("META-INF/LIB.SF")).isNull();
      assertThat(jar.getEntry("lib/Util.class").getLastModifiedTime()).isEqualTo(TIME);
    }
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String read(JarFile jar, String name) throws IOException {
    return new String(jar.getInputStream(jar.getEntry(name)).readAllBytes(),
        StandardCharsets.UTF_8);
  }
}

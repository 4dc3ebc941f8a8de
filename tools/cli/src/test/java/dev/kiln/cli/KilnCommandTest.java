package dev.kiln.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KilnCommandTest {
  private static final String REPORT = "{\"format\": \"kiln.components/1\", \"image\": \"demo\","
      + " \"application\": \"x.Demo\", \"devices\": [{\"name\": \"disk\", \"type\": \"BLOCK_BASIC\"}],"
      + " \"targets\": [{\"target\": \"jvm\", \"status\": \"built\", \"main\": \"x.DemoJvmMain\","
      + " \"component\": \"x.C\", \"modules\": [{\"module\": \"m.ConsoleModule\", \"doc\": \"d\","
      + " \"provides\": [\"Console\"], \"requires\": [], \"pulledInBy\": {\"capability\":"
      + " \"Console\", \"chain\": [\"Console (constructor parameter 'console' of Demo)\"]}}],"
      + " \"config\": [{\"key\": \"token\", \"type\": \"STRING\", \"phase\": \"boot\", \"value\":"
      + " null, \"source\": \"none\", \"secret\": true, \"declaredBy\": \"x.Demo\", \"doc\": \"t\"}]},"
      + " {\"target\": \"spt\", \"status\": \"skipped\", \"reason\": \"no platform\"}]}";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int kiln(String... args) {
    CommandLine command = Kiln.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void inspectOfAJarShowsItsReport(@TempDir Path directory) throws IOException {
    Path jar = directory.resolve("demo.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("META-INF/kiln/demo/components.json"));
      zip.write(REPORT.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(kiln("inspect", jar.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("image:    demo");
    assertThat(out.toString()).contains("  disk (BLOCK_BASIC)");
    assertThat(out.toString()).contains(
        "  m.ConsoleModule\n      for Console (constructor parameter 'console' of Demo)");
    assertThat(out.toString()).contains("token = (secret, given at boot)   [boot, from none]");
  }

  @Test
  void inspectGraphPrintsTheCompositionAsDot(@TempDir Path directory) throws IOException {
    Path jar = jarWithReport(directory, "demo.jar", "demo");
    assertThat(kiln("inspect", "--graph", jar.toString())).isEqualTo(0);
    assertThat(out.toString()).startsWith("digraph \"demo.jvm\" {\n");
    assertThat(out.toString()).contains(
        "\"x.Demo\" -> \"m.ConsoleModule\" [label=\"Console\"];");
  }

  @Test
  void inspectJsonPrintsTheReportItself(@TempDir Path directory) throws IOException {
    Path jar = jarWithReport(directory, "demo.jar", "demo");
    assertThat(kiln("inspect", "--json", jar.toString())).isEqualTo(0);
    assertThat(out.toString()).isEqualTo(REPORT);
  }

  @Test
  void inspectPicksTheReportNamedAfterTheJar(@TempDir Path directory) throws IOException {
    Path jar = directory.resolve("demo.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("META-INF/kiln/ademo/components.json"));
      zip.write(REPORT.replace("\"demo\"", "\"ademo\"").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/kiln/demo/components.json"));
      zip.write(REPORT.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(kiln("inspect", jar.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("image:    demo\n");
  }

  @Test
  void inspectShowsTheBlueprintsAndWhereAValueCameFrom(@TempDir Path directory)
      throws IOException {
    Path jar = directory.resolve("demo.jar");
    String withBlueprint = REPORT
        .replace("\"devices\":", "\"blueprints\": [\"base@1.0\"], \"devices\":")
        .replace("\"source\": \"none\"", "\"source\": \"blueprint\", \"blueprint\": \"base@1.0\"");
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("META-INF/kiln/demo/components.json"));
      zip.write(withBlueprint.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(kiln("inspect", jar.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("blueprints: base@1.0");
    assertThat(out.toString()).contains("[boot, from blueprint base@1.0]");
  }

  @Test
  void inspectGraphAndJsonTogetherIsAUsageError(@TempDir Path directory) throws IOException {
    Path jar = jarWithReport(directory, "demo.jar", "demo");
    assertThat(kiln("inspect", "--graph", "--json", jar.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--json and --graph cannot be combined");
  }

  private static Path jarWithReport(Path directory, String name, String image)
      throws IOException {
    Path jar = directory.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("META-INF/kiln/" + image + "/components.json"));
      zip.write(REPORT.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return jar;
  }

  @Test
  void aMissingFileIsAOneLineError(@TempDir Path directory) {
    assertThat(kiln("run", directory.resolve("nope.spt").toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("kiln: " + directory.resolve("nope.spt")
        + ": no such file\n");
  }

  @Test
  void aFileThatIsNoImageIsAOneLineError(@TempDir Path directory) throws IOException {
    Path text = directory.resolve("notes.txt");
    Files.writeString(text, "hello");
    assertThat(kiln("inspect", text.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("not a Kiln image (neither a jar nor an ELF file)");
  }

  @Test
  void aTruncatedElfIsAOneLineError(@TempDir Path directory) throws IOException {
    Path elf = directory.resolve("broken.spt");
    Files.write(elf, new byte[] {0x7f, 'E', 'L', 'F', 2, 1});
    assertThat(kiln("run", elf.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("broken.spt: truncated ELF header");
  }

  @Test
  void nonPositiveMemoryIsAUsageError(@TempDir Path directory) throws IOException {
    Path elf = directory.resolve("x.spt");
    Files.write(elf, new byte[] {0x7f, 'E', 'L', 'F'});
    assertThat(kiln("run", "--mem", "0", elf.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--mem must be a positive number of MiB");
  }
}

package dev.kiln.maven.assets;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the Java sources that carry the assets into the application's compilation: {@value
 * #TABLE}, an {@code AssetTable} holding every file as {@code EmbeddedFile} constants, and {@value
 * #MODULE}, the Dagger and Kiln module that provides it. Because {@value #MODULE} is compiled with
 * the application, the Kiln processor finds it among the modules of that compilation and wires it
 * wherever {@code KvRo} is needed; nothing is looked up at run time.
 *
 * <p>The output depends only on the assets and the package: keys sorted, no timestamps, no
 * machine paths. The sources are streamed rather than built in memory (JavaPoet would hold
 * megabytes of literals), and a file is replaced only when its bytes change, so an unchanged
 * folder does not make the compiler rebuild the project.
 */
public final class AssetTableWriter {
  public static final String TABLE = "KilnAssets";
  public static final String MODULE = "KilnAssetsModule";
  private static final String GENERATOR = "dev.kiln.maven.AssetsMojo";
  /** Estimated bytecode per file; a fill method stays far below the JVM's 64 KiB per method. */
  private static final int FILE_COST = 48;
  private static final int CHUNK_COST = 8;
  private static final int METHOD_BUDGET = 16_384;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private AssetTableWriter() {}

  /**
   * Writes both sources under {@code sourceRoot} and returns their paths. The files are sorted
   * by key whatever their order in {@code unsorted}.
   *
   * @param origin how the sources name the asset folder (relative to the project)
   */
  public static List<Path> write(Path sourceRoot, String packageName, String origin,
      List<Asset> unsorted) throws IOException {
    List<Asset> assets = new ArrayList<>(unsorted);
    assets.sort(Comparator.comparing(Asset::key));
    for (int i = 1; i < assets.size(); i++) {
      if (assets.get(i).key().equals(assets.get(i - 1).key())) {
        throw new IllegalArgumentException("two assets have the key " + assets.get(i).key());
      }
    }
    Path directory = sourceRoot;
    for (String part : packageName.split("\\.")) {
      directory = directory.resolve(part);
    }
    Files.createDirectories(directory);
    Path table = directory.resolve(TABLE + ".java");
    Path module = directory.resolve(MODULE + ".java");
    replaceIfChanged(table, writer -> writeTable(writer, packageName, origin, assets));
    replaceIfChanged(module, writer -> writeModule(writer, packageName, origin, assets));
    return List.of(table, module);
  }

  private interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  private static void replaceIfChanged(Path file, Content content) throws IOException {
    Path fresh = file.resolveSibling(file.getFileName() + ".new");
    try (Writer writer = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
      content.writeTo(writer);
    }
    if (Files.isRegularFile(file) && Files.mismatch(file, fresh) == -1) {
      Files.delete(fresh);
    } else {
      Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void writeModule(Writer out, String packageName, String origin, List<Asset> assets)
      throws IOException {
    long bytes = 0;
    for (Asset asset : assets) {
      bytes += asset.content().length;
    }
    out.write(header(packageName, origin));
    out.write("import dagger.Module;\n"
        + "import dagger.Provides;\n"
        + "import dev.kiln.annotations.KilnModule;\n"
        + "import dev.kiln.kvro.AssetTable;\n"
        + "import jakarta.inject.Singleton;\n"
        + "import javax.annotation.processing.Generated;\n\n");
    out.write("/** Provides the files of {@code " + javadocSafe(origin) + "} as the {@link AssetTable}. */\n");
    out.write("@Generated(" + literal(GENERATOR) + ")\n");
    out.write("@KilnModule(\n    provides = AssetTable.class,\n    doc = "
        + literal(assets.size() + (assets.size() == 1 ? " file" : " files") + " (" + bytes
            + " bytes) of " + origin + ", embedded at build time.")
        + ")\n");
    out.write("@Module\npublic abstract class " + MODULE + " {\n");
    out.write("  private " + MODULE + "() {}\n\n");
    out.write("  @Provides\n  @Singleton\n  static AssetTable assetTable() {\n");
    out.write("    return new " + TABLE + "();\n  }\n}\n");
  }

  static void writeTable(Writer out, String packageName, String origin, List<Asset> assets)
      throws IOException {
    out.write(header(packageName, origin));
    out.write("import dev.kiln.kvro.AssetTable;\n"
        + "import dev.kiln.kvro.EmbeddedFile;\n"
        + "import javax.annotation.processing.Generated;\n\n");
    out.write("/**\n * The files of {@code " + javadocSafe(origin) + "}, sorted by key. Each file's"
        + " bytes are string\n * constants in the encoding of {@link dev.kiln.kvro.AssetEncoding}.\n */\n");
    out.write("@Generated(" + literal(GENERATOR) + ")\n");
    out.write("final class " + TABLE + " implements AssetTable {\n");
    out.write("  static final int COUNT = " + assets.size() + ";\n\n");
    List<List<Integer>> groups = groups(assets);
    out.write("  @Override\n  public EmbeddedFile[] files() {\n");
    out.write("    EmbeddedFile[] files = new EmbeddedFile[COUNT];\n");
    for (int g = 0; g < groups.size(); g++) {
      out.write("    fill" + g + "(files);\n");
    }
    out.write("    return files;\n  }\n");
    for (int g = 0; g < groups.size(); g++) {
      out.write("\n  private static void fill" + g + "(EmbeddedFile[] files) {\n");
      for (int index : groups.get(g)) {
        writeFile(out, index, assets.get(index));
      }
      out.write("  }\n");
    }
    out.write("}\n");
  }

  /** Splits the files into fill methods of bounded bytecode size. */
  private static List<List<Integer>> groups(List<Asset> assets) {
    List<List<Integer>> groups = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    int cost = 0;
    for (int i = 0; i < assets.size(); i++) {
      int fileCost = FILE_COST + CHUNK_COST * chunkCount(assets.get(i));
      if (!current.isEmpty() && cost + fileCost > METHOD_BUDGET) {
        groups.add(current);
        current = new ArrayList<>();
        cost = 0;
      }
      current.add(i);
      cost += fileCost;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  private static int chunkCount(Asset asset) {
    return (asset.content().length + ChunkEncoder.CHUNK_BYTES - 1) / ChunkEncoder.CHUNK_BYTES;
  }

  private static void writeFile(Writer out, int index, Asset asset) throws IOException {
    out.write("    files[" + index + "] = new EmbeddedFile(" + literal(asset.key()) + ", "
        + literal(asset.mimeType()) + ", " + literal(asset.etag()) + ", "
        + asset.content().length + ", new String[] {");
    List<String> chunks = ChunkEncoder.encode(asset.content());
    for (int c = 0; c < chunks.size(); c++) {
      out.write(c == 0 ? "\n        \"" : ",\n        \"");
      String chunk = chunks.get(c);
      for (int i = 0; i < chunk.length(); i++) {
        unicodeEscape(out, chunk.charAt(i));
      }
      out.write('"');
    }
    out.write("});\n");
  }

  private static String header(String packageName, String origin) {
    return "// Generated by kiln-maven-plugin (goal assets) from " + origin.replace('\n', ' ')
        + ". Do not edit.\npackage " + packageName + ";\n\n";
  }

  /** A Java string literal; anything but printable ASCII is escaped. */
  static String literal(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c >= ' ' && c < 0x7f) {
        literal.append(c);
      } else {
        literal.append(String.format("\\u%04x", (int) c));
      }
    }
    return literal.append('"').toString();
  }

  private static String javadocSafe(String text) {
    return text.replace("*/", "*&#47;").replace("@", "{@literal @}").replace('\n', ' ');
  }

  private static void unicodeEscape(Writer out, char c) throws IOException {
    out.write('\\');
    out.write('u');
    out.write(HEX[(c >> 12) & 0xf]);
    out.write(HEX[(c >> 8) & 0xf]);
    out.write(HEX[(c >> 4) & 0xf]);
    out.write(HEX[c & 0xf]);
  }
}

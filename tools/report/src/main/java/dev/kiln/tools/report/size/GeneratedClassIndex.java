package dev.kiln.tools.report.size;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which Java class each C symbol came from. TeaVM's C backend writes one file per class under
 * {@code classes/} (the path is the class name, {@code @d} standing for {@code $}); every symbol
 * defined at the top level of that file (methods, the class structure, static fields) belongs to
 * that class. Synthetic classes ({@code Outer$lambda...}) are counted for their outer class.
 */
public final class GeneratedClassIndex {
  private static final Pattern DEFINITION = Pattern.compile(
      "^(?:alignas\\(\\d+\\)\\s*)?[A-Za-z_][^(=\\[;]*?\\b([A-Za-z_]\\w*)\\s*[(=\\[;{]");

  private final Map<String, String> classOfSymbol;

  private GeneratedClassIndex(Map<String, String> classOfSymbol) {
    this.classOfSymbol = classOfSymbol;
  }

  /** Indexes {@code <teavmOutput>/classes}; an absent folder gives an empty index. */
  public static GeneratedClassIndex of(Path teavmOutput) throws IOException {
    Path classes = teavmOutput.resolve("classes");
    Map<String, String> index = new TreeMap<>();
    if (!Files.isDirectory(classes)) {
      return new GeneratedClassIndex(index);
    }
    try (Stream<Path> walk = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".c")) {
          continue;
        }
        String relative = classes.relativize(file).toString().replace('\\', '/');
        String className = topLevelClass(relative.substring(0, relative.length() - 2));
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.startsWith("extern") || line.startsWith("typedef")
              || line.startsWith("#")) {
            continue;
          }
          Matcher matcher = DEFINITION.matcher(line);
          if (matcher.find()) {
            index.putIfAbsent(matcher.group(1), className);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new GeneratedClassIndex(index);
  }

  /** The qualified name of the top-level class that defines the symbol, or null. */
  public String classOf(String symbol) {
    return classOfSymbol.get(symbol);
  }

  public int size() {
    return classOfSymbol.size();
  }

  /** {@code dev/kiln/net/tcp/TcpSocket@d1} -> {@code dev.kiln.net.tcp.TcpSocket}. */
  static String topLevelClass(String path) {
    int nested = path.indexOf("@d");
    String outer = nested < 0 ? path : path.substring(0, nested);
    return outer.replace('/', '.');
  }
}

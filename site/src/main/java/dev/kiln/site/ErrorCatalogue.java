package dev.kiln.site;

import dev.kiln.processor.KilnProcessor;
import dev.kiln.processor.diagnostic.ErrorId;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Every processor error id with an example: the example's sources (in {@code
 * src/errors/<Id>/}) are compiled with Kiln's processor, and the message it really gives, with its
 * file, line and {@code Fix:} line, goes on the site. An example that no longer gives its error
 * fails the site build, so the documentation cannot drift from the processor.
 */
public final class ErrorCatalogue {
  /** One error id and what its example gave; {@code example} is empty when none is written. */
  public record Entry(String id, String summary, Map<String, String> example, String file,
      long line, String message, String fix) {
    public boolean hasExample() {
      return !example.isEmpty();
    }
  }

  private ErrorCatalogue() {}

  /** Compiles each id's example from {@code examples/<Id>/} and collects the messages. */
  public static List<Entry> read(Path examples) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (ErrorId id : ErrorId.values()) {
      Path folder = examples.resolve(id.id());
      if (!Files.isDirectory(folder)) {
        entries.add(new Entry(id.id(), id.summary(), Map.of(), null, 0, null, null));
        continue;
      }
      entries.add(compile(id, folder));
    }
    return entries;
  }

  private static Entry compile(ErrorId id, Path folder) throws IOException {
    Map<String, String> sources = new LinkedHashMap<>();
    List<File> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : (Iterable<Path>) list.sorted()::iterator) {
        if (file.toString().endsWith(".java")) {
          sources.put(file.getFileName().toString(),
              Files.readString(file, StandardCharsets.UTF_8));
          files.add(file.toFile());
        }
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path output = Files.createTempDirectory("kiln-site-error");
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics,
          List.of("-classpath", System.getProperty("java.class.path"), "-d", output.toString(),
              "-Xlint:-processing"),
          null, fileManager.getJavaFileObjectsFromFiles(files));
      task.setProcessors(List.of(new KilnProcessor()));
      task.call();
    } finally {
      try (Stream<Path> walk = Files.walk(output)) {
        walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR && message.startsWith(id.tag())) {
        String file = diagnostic.getSource() == null ? null
            : Path.of(diagnostic.getSource().toUri()).getFileName().toString();
        return new Entry(id.id(), id.summary(), sources, file, diagnostic.getLineNumber(),
            message, fixOf(message));
      }
    }
    throw new IllegalStateException("the example in " + folder + " no longer gives "
        + id.tag() + "; it gave: " + diagnostics.getDiagnostics());
  }

  /** The text after {@code Fix:} in a message, or null. */
  static String fixOf(String message) {
    int fix = message.lastIndexOf("Fix:");
    return fix < 0 ? null : message.substring(fix + 4).trim();
  }
}

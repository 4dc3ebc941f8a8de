package dev.kiln.maven.assets;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a folder of sources with the test's class path, as javac in a user's build would. */
final class Javac {
  /** What one compilation did: whether it succeeded and what javac said. */
  record Result(boolean success, String diagnostics) {}

  private Javac() {}

  static Result compile(Path sources, Path classes, List<Processor> processors)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Files.createDirectories(classes);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(path -> path.toString().endsWith(".java")).sorted().forEach(files::add);
    }
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
      List<String> options = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
          "-s", classes.toString(), "-encoding", "UTF-8", "-Xlint:-options"));
      if (processors.isEmpty()) {
        options.add("-proc:none");
      }
      JavaCompiler.CompilationTask task =
          javac.getTask(diagnostics, manager, null, options, null, units);
      task.setProcessors(processors);
      boolean success = task.call();
      return new Result(success, diagnostics.toString());
    }
  }
}

package dev.kiln.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dagger.internal.codegen.ComponentProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Inline sources shared by the processor tests: capabilities, modules, blueprints and
 * applications.
 */
final class TestSources {
  private TestSources() {}

  /** Compiles with the Kiln processor and Dagger's, as a user's build does. */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new KilnProcessor(), new ComponentProcessor())
        .withOptions("-Xlint:-processing")
        .compile(sources);
  }

  static Compilation compile(List<JavaFileObject> sources) {
    return compile(sources.toArray(new JavaFileObject[0]));
  }

  static List<JavaFileObject> with(List<JavaFileObject> base, JavaFileObject... more) {
    List<JavaFileObject> all = new ArrayList<>(base);
    all.addAll(Arrays.asList(more));
    return all;
  }

  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  /** A capability interface {@code test.<name>}. */
  static JavaFileObject capability(String name) {
    return source("test." + name,
        "package test;",
        "@dev.kiln.annotations.Capability",
        "public interface " + name + " {}");
  }

  /**
   * A module {@code test.<name>} that provides one capability with a trivial implementation,
   * optionally requiring others, on the given targets ("" for all).
   */
  static JavaFileObject module(String name, String provides, String targets, String... requires) {
    StringBuilder requireList = new StringBuilder();
    StringBuilder parameters = new StringBuilder();
    for (String required : requires) {
      requireList.append(requireList.length() == 0 ? "" : ", ").append(required).append(".class");
      parameters.append(parameters.length() == 0 ? "" : ", ").append(required).append(" ")
          .append(required.toLowerCase()).append("Dependency");
    }
    return source("test." + name,
        "package test;",
        "@dev.kiln.annotations.KilnModule(provides = " + provides + ".class,",
        "    requires = {" + requireList + "},",
        "    targets = {" + targets + "},",
        "    doc = \"Test module " + name + ".\")",
        "@dagger.Module",
        "public final class " + name + " {",
        "  @dagger.Provides static " + provides + " provide(" + parameters + ") {",
        "    return new " + provides + "() {};",
        "  }",
        "}");
  }

  /**
   * A blueprint interface {@code test.<name>} called {@code <blueprintName>} at version 1.0,
   * carrying the given annotation lines.
   */
  static JavaFileObject blueprint(String name, String blueprintName, String... annotations) {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        "import dev.kiln.annotations.*;",
        "@Blueprint(name = \"" + blueprintName + "\", version = \"1.0\", doc = \"Test blueprint "
            + name + ".\")"));
    lines.addAll(Arrays.asList(annotations));
    lines.add("public interface " + name + " {}");
    return source("test." + name, lines.toArray(new String[0]));
  }

  /**
   * Writes the classes a compilation generated into {@code library}, as a jar would hold them, and
   * returns a classpath of that folder followed by the test's own classpath.
   */
  static List<File> libraryClasspath(Compilation compilation, Path library) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = library.resolve(file.toUri().getPath().replaceFirst(".*/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    List<File> classpath = new ArrayList<>();
    classpath.add(library.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return classpath;
  }

  /** The platform basics every image needs: an event loop, a console and a shutdown. */
  static List<JavaFileObject> platform() {
    return List.of(
        source("test.PlatformModule",
            "package test;",
            "import dev.kiln.api.*;",
            "@dev.kiln.annotations.KilnModule(provides = {EventLoop.class, Console.class,",
            "    Shutdown.class, Platform.class},",
            "    doc = \"Test platform.\")",
            "@dagger.Module",
            "public final class PlatformModule {",
            "  @dagger.Provides static EventLoop loop() { return null; }",
            "  @dagger.Provides static Console console() { return null; }",
            "  @dagger.Provides static Shutdown shutdown() { return null; }",
            "  @dagger.Provides static Platform platform() { return null; }",
            "}"));
  }
}

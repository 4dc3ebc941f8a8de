package dev.kiln.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dagger.internal.codegen.ComponentProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Inline sources shared by the processor tests: capabilities, modules and applications. */
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

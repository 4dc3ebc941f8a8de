package dev.kiln.tools.report.check;

import dev.kiln.tools.report.size.ClassContainer;
import dev.kiln.tools.report.size.GeneratedClassIndex;
import dev.kiln.tools.report.size.ModuleIndex;
import dev.kiln.tools.report.size.ModuleOwnership;
import dev.kiln.tools.report.size.SizeShares;
import dev.kiln.tools.report.size.SymbolTable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Kiln modules are really in a built output, found from the output itself rather than from
 * the report, so that tests can hold the two against each other.
 *
 * <p>Native image: the linked symbols ({@code nm} of the unstripped link the plugin keeps beside
 * the build) mapped to their Java classes and those classes to modules, as for the size report.
 * Jar: the modules the generated Dagger component is built from ({@code @Component(modules)}).
 */
public final class LinkedModules {
  private LinkedModules() {}

  /**
   * @param buildFolder {@code target/kiln/<image>/build-<target>}
   * @param symbols the unstripped ELF in it, {@code <image>.<target>.symbols}
   */
  public static Set<String> inNativeImage(Path buildFolder, Path symbols,
      List<ClassContainer> classPath) throws IOException, InterruptedException {
    Process nm = new ProcessBuilder("nm", "-S", symbols.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output;
    try (InputStream in = nm.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (nm.waitFor() != 0) {
      throw new IOException("nm failed on " + symbols);
    }
    Set<String> modules = ModuleIndex.modules(classPath);
    SizeShares shares = SizeShares.of(SymbolTable.parseNm(output),
        GeneratedClassIndex.of(buildFolder.resolve("build").resolve("teavm")),
        ModuleOwnership.of(classPath, modules));
    Set<String> linked = new TreeSet<>();
    for (SizeShares.Share share : shares.shares()) {
      if (modules.contains(share.owner()) && share.bytes() > 0) {
        linked.add(share.owner());
      }
    }
    return linked;
  }

  /** This JVM's class path as containers (a test's class path: the image's and more). */
  public static List<ClassContainer> currentClassPath() throws IOException {
    List<ClassContainer> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path) || (Files.isRegularFile(path) && entry.endsWith(".jar"))) {
        classPath.add(ClassContainer.open(path.getFileName().toString(), path));
      }
    }
    return classPath;
  }

  /** The Kiln modules among the modules of the jar's Dagger component. */
  public static Set<String> inJar(Path jar, String component, List<ClassContainer> classPath)
      throws IOException, ReflectiveOperationException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException(jar + " does not exist");
    }
    Set<String> modules = ModuleIndex.modules(classPath);
    Set<String> found = new TreeSet<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Class<?> type = loader.loadClass(component);
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> annotation =
          (Class<? extends Annotation>) loader.loadClass("dagger.Component");
      Annotation declared = type.getAnnotation(annotation);
      if (declared == null) {
        throw new IOException(component + " in " + jar + " is not a Dagger @Component");
      }
      Method members = annotation.getMethod("modules");
      List<String> names = new ArrayList<>();
      for (Class<?> module : (Class<?>[]) members.invoke(declared)) {
        names.add(module.getName());
      }
      for (String name : names) {
        if (modules.contains(name)) {
          found.add(name);
        }
      }
    }
    return found;
  }
}

package dev.kiln.tools.report.size;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The classes of one artifact: a jar or a folder of class files, named by an id such as {@code
 * dev.kiln:kiln-net-tcp:0.1.0} for people to read.
 */
public final class ClassContainer {
  private final String id;
  private final Path location;
  private final Set<String> classes;

  private ClassContainer(String id, Path location, Set<String> classes) {
    this.id = id;
    this.location = location;
    this.classes = Collections.unmodifiableSet(classes);
  }

  /** Lists the classes in a jar or a folder. */
  public static ClassContainer open(String id, Path location) throws IOException {
    Set<String> classes = new TreeSet<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> walk = Files.walk(location)) {
        walk.filter(path -> path.toString().endsWith(".class")).forEach(path ->
            classes.add(className(location.relativize(path).toString().replace('\\', '/'))));
      }
    } else {
      try (ZipFile zip = new ZipFile(location.toFile())) {
        for (ZipEntry entry : Collections.list(zip.entries())) {
          if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
            classes.add(className(entry.getName()));
          }
        }
      }
    }
    return new ClassContainer(id, location, classes);
  }

  public String id() {
    return id;
  }

  /** Binary names ({@code a.b.Outer$Inner}) of every class inside. */
  public Set<String> classes() {
    return classes;
  }

  /** The bytes of a class inside, by binary name. */
  public byte[] read(String className) throws IOException {
    String entry = className.replace('.', '/') + ".class";
    if (Files.isDirectory(location)) {
      return Files.readAllBytes(location.resolve(entry));
    }
    try (ZipFile zip = new ZipFile(location.toFile())) {
      ZipEntry found = zip.getEntry(entry);
      if (found == null) {
        throw new IOException(location + " has no " + entry);
      }
      try (InputStream in = zip.getInputStream(found)) {
        return in.readAllBytes();
      }
    }
  }

  private static String className(String entry) {
    return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
  }
}

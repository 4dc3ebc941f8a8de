package dev.kiln.maven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes a runnable jar: the application's classes and every runtime dependency in one file, with
 * a Main-Class. Reproducible: entries sorted by name, one fixed timestamp, no build-machine
 * details. The first copy of a class wins (the application's own come first); service files are
 * merged.
 */
public final class RunnableJarWriter {
  private static final String SERVICES = "META-INF/services/";

  private final FileTime timestamp;

  public RunnableJarWriter(FileTime timestamp) {
    this.timestamp = timestamp;
  }

  public void write(Path jar, String mainClass, Path classes, List<Path> dependencies)
      throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    Map<String, Set<String>> services = new TreeMap<>();
    addDirectory(classes, entries, services);
    for (Path dependency : dependencies) {
      if (Files.isDirectory(dependency)) {
        addDirectory(dependency, entries, services);
      } else {
        addJar(dependency, entries, services);
      }
    }
    for (Map.Entry<String, Set<String>> service : services.entrySet()) {
      entries.put(service.getKey(),
          (String.join("\n", service.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
    Files.createDirectories(jar.toAbsolutePath().getParent());
    try (OutputStream file = Files.newOutputStream(partial);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      put(zip, JarFile.MANIFEST_NAME, manifest(mainClass));
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        put(zip, entry.getKey(), entry.getValue());
      }
    }
    Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setLastModifiedTime(timestamp);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  private static byte[] manifest(String mainClass) throws IOException {
    Manifest manifest = new Manifest();
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.put(Attributes.Name.MAIN_CLASS, mainClass);
    attributes.put(new Attributes.Name("Created-By"), "Kiln");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    manifest.write(bytes);
    return bytes.toByteArray();
  }

  private static void addDirectory(Path root, Map<String, byte[]> entries,
      Map<String, Set<String>> services) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      add(name, Files.readAllBytes(file), entries, services);
    }
  }

  private static void addJar(Path jar, Map<String, byte[]> entries,
      Map<String, Set<String>> services) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (entry.isDirectory()) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          add(entry.getName(), in.readAllBytes(), entries, services);
        }
      }
    }
  }

  private static void add(String name, byte[] content, Map<String, byte[]> entries,
      Map<String, Set<String>> services) {
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    if (upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA")
        || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.equals("MODULE-INFO.CLASS")
        || upper.startsWith("META-INF/VERSIONS/") && upper.endsWith("MODULE-INFO.CLASS")) {
      return;
    }
    if (name.startsWith(SERVICES) && name.length() > SERVICES.length()) {
      Set<String> lines = services.computeIfAbsent(name, key -> new LinkedHashSet<>());
      for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.trim();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
      return;
    }
    entries.putIfAbsent(name, content);
  }
}

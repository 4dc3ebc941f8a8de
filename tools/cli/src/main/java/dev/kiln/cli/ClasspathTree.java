package dev.kiln.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Reads a folder of resources from the classpath, whether it is in a jar or a directory. */
final class ClasspathTree {
  private ClasspathTree() {}

  /**
   * Every file below {@code folder} (a resource path ending in '/'), by path relative to it, in
   * name order.
   */
  static Map<String, byte[]> read(String folder) throws IOException {
    URL url = ClasspathTree.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IOException("resource folder " + folder + " is not on the classpath");
    }
    Map<String, byte[]> files = new TreeMap<>();
    if (url.getProtocol().equals("jar")) {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          if (!entry.isDirectory() && entry.getName().startsWith(folder)) {
            try (InputStream in = jar.getInputStream(entry)) {
              files.put(entry.getName().substring(folder.length()), in.readAllBytes());
            }
          }
        }
      }
      return files;
    }
    Path root;
    try {
      root = Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }
}

package dev.kiln.oci;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What goes into one single-layer image: the platform, the creation time (also every tar
 * entry's modification time), the default command ({@code Cmd}), the config's labels, the
 * manifest's annotations, the files of the layer, and the reference name ({@code
 * org.opencontainers.image.ref.name}, the tag) under which the layout's index lists it.
 */
public record ImageSpec(String architecture, String os, Instant created, List<String> cmd,
    Map<String, String> labels, Map<String, String> annotations, List<LayerFile> files,
    String refName) {

  /** The tag grammar of the OCI distribution spec. */
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");

  public ImageSpec {
    cmd = List.copyOf(cmd);
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("an image needs at least one file in its layer");
    }
    Set<String> paths = new HashSet<>();
    for (LayerFile file : files) {
      if (!paths.add(file.path())) {
        throw new IllegalArgumentException("two layer files share the path " + file.path());
      }
    }
    for (LayerFile file : files) {
      String parent = file.path();
      while (parent.contains("/")) {
        parent = parent.substring(0, parent.lastIndexOf('/'));
        if (paths.contains(parent)) {
          throw new IllegalArgumentException(parent + " is a file and a directory at once");
        }
      }
    }
    if (refName == null || !TAG.matcher(refName).matches()) {
      throw new IllegalArgumentException("not a valid tag (letters, digits, '_', '.', '-';"
          + " at most 128; not starting with '.' or '-'): " + refName);
    }
  }

  /** The layer's directories, each implied by a file beneath it, sorted, ending in '/'. */
  List<String> directories() {
    Set<String> directories = new java.util.TreeSet<>();
    for (LayerFile file : files) {
      String path = file.path();
      int slash = path.indexOf('/');
      while (slash >= 0) {
        directories.add(path.substring(0, slash + 1));
        slash = path.indexOf('/', slash + 1);
      }
    }
    return new ArrayList<>(directories);
  }
}

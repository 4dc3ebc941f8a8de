package dev.kiln.tools.report.size;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who owns each class of an image's class path. A class in an artifact that holds exactly one
 * module belongs to that module. In an artifact with several modules (a target's drivers), a
 * class belongs to the module whose bytecode reaches it (following class references inside that
 * artifact, starting from the module class); a class reached by several modules or by none is the
 * artifact's shared part. Classes of artifacts without modules belong to the artifact.
 */
public final class ModuleOwnership {
  private final Map<String, String> ownerOfClass;
  private final Map<String, String> artifactOfOwner;

  private ModuleOwnership(Map<String, String> ownerOfClass, Map<String, String> artifactOfOwner) {
    this.ownerOfClass = ownerOfClass;
    this.artifactOfOwner = artifactOfOwner;
  }

  /**
   * @param containers the class path, in order: a class is taken from the first that has it
   * @param modules qualified names of every Kiln module that may be on that class path
   */
  public static ModuleOwnership of(List<ClassContainer> containers, Collection<String> modules)
      throws IOException {
    Map<String, String> owner = new HashMap<>();
    Map<String, String> artifactOfOwner = new TreeMap<>();
    Set<String> moduleSet = new TreeSet<>(modules);
    Map<String, ClassContainer> containerOfClass = new HashMap<>();
    for (ClassContainer container : containers) {
      for (String name : container.classes()) {
        containerOfClass.putIfAbsent(topLevel(name), container);
      }
    }
    for (ClassContainer container : containers) {
      List<String> here = new ArrayList<>();
      for (String name : container.classes()) {
        if (moduleSet.contains(name) && containerOfClass.get(name) == container) {
          here.add(name);
        }
      }
      String shared = here.size() == 1 ? here.get(0) : container.id();
      artifactOfOwner.put(shared, container.id());
      Map<String, Set<String>> reachedBy = new LinkedHashMap<>();
      if (here.size() > 1) {
        for (String module : here) {
          artifactOfOwner.put(module, container.id());
          for (String reached : reach(container, module, moduleSet)) {
            reachedBy.computeIfAbsent(reached, k -> new TreeSet<>()).add(module);
          }
        }
      }
      for (String name : container.classes()) {
        String top = topLevel(name);
        if (containerOfClass.get(top) != container || owner.containsKey(top)) {
          continue;
        }
        Set<String> by = reachedBy.get(top);
        owner.put(top, moduleSet.contains(top) && here.size() > 1 ? top
            : by != null && by.size() == 1 ? by.iterator().next() : shared);
      }
    }
    return new ModuleOwnership(owner, artifactOfOwner);
  }

  /** The owner (a module's qualified name or an artifact id) of a top-level class, or null. */
  public String ownerOf(String className) {
    return ownerOfClass.get(topLevel(className));
  }

  /** The artifact an owner's classes come from. */
  public String artifactOf(String owner) {
    return artifactOfOwner.get(owner);
  }

  /** Top-level classes of the container reachable from the module class, not crossing modules. */
  private static Set<String> reach(ClassContainer container, String module, Set<String> modules)
      throws IOException {
    Set<String> tops = new TreeSet<>();
    for (String name : container.classes()) {
      tops.add(topLevel(name));
    }
    Set<String> seen = new TreeSet<>();
    Deque<String> work = new ArrayDeque<>(List.of(module));
    while (!work.isEmpty()) {
      String top = work.pop();
      if (!seen.add(top)) {
        continue;
      }
      for (String name : container.classes()) {
        if (!topLevel(name).equals(top)) {
          continue;
        }
        for (String reference : ClassReferences.of(container.read(name))) {
          String target = topLevel(reference);
          if (tops.contains(target) && !seen.contains(target) && !modules.contains(target)) {
            work.push(target);
          }
        }
      }
    }
    return seen;
  }

  static String topLevel(String className) {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }
}

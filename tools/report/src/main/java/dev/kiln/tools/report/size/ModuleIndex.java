package dev.kiln.tools.report.size;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kiln modules indexed on a class path: each module's jar holds one marker class in {@value
 * #PACKAGE} named after the module ({@code dev_kiln_net_tcp_TcpModule}) that refers to it.
 */
public final class ModuleIndex {
  public static final String PACKAGE = "dev.kiln.aggregated.modules";

  private ModuleIndex() {}

  /** Qualified names of every indexed module, sorted. */
  public static Set<String> modules(List<ClassContainer> classPath) throws IOException {
    Set<String> modules = new TreeSet<>();
    for (ClassContainer container : classPath) {
      for (String name : container.classes()) {
        if (!name.startsWith(PACKAGE + ".")) {
          continue;
        }
        String marker = name.substring(PACKAGE.length() + 1);
        for (String reference : ClassReferences.of(container.read(name))) {
          if (reference.replace('.', '_').replace('$', '_').equals(marker)) {
            modules.add(reference);
          }
        }
      }
    }
    return modules;
  }
}

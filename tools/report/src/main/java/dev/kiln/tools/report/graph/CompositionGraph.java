package dev.kiln.tools.report.graph;

import dev.kiln.tools.report.ImageReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The composition of one built target as a graph: the application and each module are nodes; an
 * edge {@code A -> B} labelled with a capability says that A needs that capability and B provides
 * it. Derived from the component report alone, so it can be drawn from the report an image
 * carries.
 */
public record CompositionGraph(String title, List<Node> nodes, List<Edge> edges) {

  /** A node: the application or a module, with its qualified name and a short label. */
  public record Node(String id, String label, boolean application) {}

  /** A need of {@code from}, satisfied by {@code to}, for {@code capability} (simple name). */
  public record Edge(String from, String to, String capability) {}

  /**
   * The graph of a built target. A module pulled in directly (a chain of one need) hangs off the
   * application; the others hang off the module that requires what they provide.
   */
  public static CompositionGraph of(ImageReport report, ImageReport.TargetEntry target) {
    if (!target.built()) {
      throw new IllegalArgumentException(
          report.image() + " is not built for " + target.target() + ": nothing to draw");
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    String app = report.application();
    nodes.put(app, new Node(app, simpleName(app), true));
    Map<String, String> providerOf = new TreeMap<>();
    Map<String, String> providerBySimpleName = new TreeMap<>();
    for (ImageReport.ModuleEntry module : target.modules()) {
      nodes.put(module.module(), new Node(module.module(), simpleName(module.module()), false));
      List<String> provided = new ArrayList<>(module.provides());
      if (provided.isEmpty()) {
        provided.add(module.capability());
      }
      for (String capability : provided) {
        providerOf.putIfAbsent(capability, module.module());
        providerBySimpleName.putIfAbsent(simpleName(capability), module.module());
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (ImageReport.ModuleEntry module : target.modules()) {
      if (module.chain().size() <= 1) {
        edges.add(new Edge(app, module.module(), simpleName(module.capability())));
      }
      for (String required : module.requires()) {
        String provider = providerOf.get(required);
        if (provider != null) {
          edges.add(new Edge(module.module(), provider, simpleName(required)));
        }
      }
      if (module.requires().isEmpty() && module.provides().isEmpty() && module.chain().size() > 1) {
        // A report without provides/requires: the last step of the chain names the requirer.
        String last = module.chain().get(module.chain().size() - 1);
        int requires = last.indexOf(" requires ");
        if (requires > 0) {
          String requirer = last.substring(0, requires);
          for (ImageReport.ModuleEntry other : target.modules()) {
            if (simpleName(other.module()).equals(requirer)) {
              edges.add(new Edge(other.module(), module.module(),
                  simpleName(module.capability())));
            }
          }
        }
      }
    }
    return new CompositionGraph(report.image() + "." + target.target(),
        List.copyOf(nodes.values()), List.copyOf(edges));
  }

  /** The node with that id, or null. */
  public Node node(String id) {
    for (Node node : nodes) {
      if (node.id().equals(id)) {
        return node;
      }
    }
    return null;
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}

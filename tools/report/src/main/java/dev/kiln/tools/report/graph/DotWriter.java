package dev.kiln.tools.report.graph;

/** Writes a composition graph in Graphviz's DOT language, for {@code kiln inspect --graph}. */
public final class DotWriter {
  private DotWriter() {}

  public static String write(CompositionGraph graph) {
    StringBuilder dot = new StringBuilder();
    dot.append("digraph ").append(quote(graph.title())).append(" {\n");
    dot.append("  rankdir=TB;\n");
    dot.append("  node [shape=box, fontname=\"Helvetica\"];\n");
    for (CompositionGraph.Node node : graph.nodes()) {
      dot.append("  ").append(quote(node.id())).append(" [label=").append(quote(node.label()));
      if (node.application()) {
        dot.append(", style=bold");
      }
      dot.append("];\n");
    }
    for (CompositionGraph.Edge edge : graph.edges()) {
      dot.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()))
          .append(" [label=").append(quote(edge.capability())).append("];\n");
    }
    return dot.append("}\n").toString();
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}

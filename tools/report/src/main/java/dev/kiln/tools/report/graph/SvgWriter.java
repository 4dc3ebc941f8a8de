package dev.kiln.tools.report.graph;

import java.util.Locale;

/**
 * Draws a composition graph as a standalone SVG document at build time: boxes in layers (see
 * {@link LayeredLayout}), an arrow for each need labelled with its capability. No external
 * renderer, no network.
 */
public final class SvgWriter {
  private SvgWriter() {}

  public static String write(CompositionGraph graph) {
    LayeredLayout layout = LayeredLayout.of(graph);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(layout.width())
        .append("\" height=\"").append(layout.height()).append("\" viewBox=\"0 0 ")
        .append(layout.width()).append(' ').append(layout.height())
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
    svg.append("  <title>").append(escape(graph.title())).append("</title>\n");
    svg.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
        + " markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">"
        + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>\n");
    for (CompositionGraph.Edge edge : graph.edges()) {
      LayeredLayout.Box from = layout.box(edge.from());
      LayeredLayout.Box to = layout.box(edge.to());
      int x1 = from.centreX();
      int y1 = from.y() + from.height();
      int x2 = to.centreX();
      int y2 = to.y();
      if (to.y() <= from.y()) {
        // Same or higher layer: leave from the side instead of crossing the box.
        y1 = from.y() + from.height() / 2;
        y2 = to.y() + to.height() / 2;
        x1 = x2 > x1 ? from.x() + from.width() : from.x();
        x2 = x2 > from.centreX() ? to.x() : to.x() + to.width();
      }
      int middle = (y1 + y2) / 2;
      svg.append("  <g class=\"edge\"><path d=\"M ").append(x1).append(' ').append(y1)
          .append(" C ").append(x1).append(' ').append(middle).append(", ").append(x2)
          .append(' ').append(middle).append(", ").append(x2).append(' ').append(y2)
          .append("\" fill=\"none\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>")
          .append("<text x=\"").append((x1 + x2) / 2 + 4).append("\" y=\"").append(middle)
          .append("\" fill=\"#036\" font-size=\"10\">").append(escape(edge.capability()))
          .append("</text></g>\n");
    }
    for (CompositionGraph.Node node : graph.nodes()) {
      LayeredLayout.Box box = layout.box(node.id());
      svg.append("  <g class=\"node\"><title>").append(escape(node.id())).append("</title>")
          .append(String.format(Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\""
                  + " stroke=\"#333\" stroke-width=\"%s\"/>",
              box.x(), box.y(), box.width(), box.height(), node.application() ? "#fde8c8" : "#eef",
              node.application() ? "2" : "1"))
          .append("<text x=\"").append(box.centreX()).append("\" y=\"")
          .append(box.y() + box.height() / 2 + 4).append("\" text-anchor=\"middle\">")
          .append(escape(node.label())).append("</text></g>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

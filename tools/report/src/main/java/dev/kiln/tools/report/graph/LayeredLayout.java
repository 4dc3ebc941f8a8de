package dev.kiln.tools.report.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the nodes of a composition graph in layers: each node one layer below the deepest node
 * that needs it (longest path from the application), then orders each layer by the mean position
 * of its parents (a few barycentre sweeps) so that edges cross less. Deterministic: ties keep the
 * report's order.
 */
public final class LayeredLayout {
  static final int NODE_HEIGHT = 30;
  static final int LAYER_GAP = 70;
  static final int NODE_GAP = 24;
  static final int MARGIN = 20;
  static final int CHAR_WIDTH = 7;

  /** A node's box: top-left corner and size. */
  public record Box(int x, int y, int width, int height) {
    int centreX() {
      return x + width / 2;
    }
  }

  private final Map<String, Box> boxes;
  private final int width;
  private final int height;

  private LayeredLayout(Map<String, Box> boxes, int width, int height) {
    this.boxes = boxes;
    this.width = width;
    this.height = height;
  }

  public static LayeredLayout of(CompositionGraph graph) {
    Map<String, Integer> layer = layers(graph);
    int depth = 0;
    for (int value : layer.values()) {
      depth = Math.max(depth, value);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i <= depth; i++) {
      rows.add(new ArrayList<>());
    }
    for (CompositionGraph.Node node : graph.nodes()) {
      rows.get(layer.get(node.id())).add(node.id());
    }
    for (int sweep = 0; sweep < 4; sweep++) {
      for (int i = 1; i < rows.size(); i++) {
        orderByParents(rows.get(i), rows.get(i - 1), graph);
      }
    }
    Map<String, Integer> widths = new HashMap<>();
    int widest = 0;
    for (List<String> row : rows) {
      int rowWidth = 0;
      for (String id : row) {
        int boxWidth = graph.node(id).label().length() * CHAR_WIDTH + 20;
        widths.put(id, boxWidth);
        rowWidth += boxWidth + NODE_GAP;
      }
      widest = Math.max(widest, rowWidth - NODE_GAP);
    }
    Map<String, Box> boxes = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      int rowWidth = -NODE_GAP;
      for (String id : rows.get(i)) {
        rowWidth += widths.get(id) + NODE_GAP;
      }
      int x = MARGIN + (widest - rowWidth) / 2;
      int y = MARGIN + i * (NODE_HEIGHT + LAYER_GAP);
      for (String id : rows.get(i)) {
        boxes.put(id, new Box(x, y, widths.get(id), NODE_HEIGHT));
        x += widths.get(id) + NODE_GAP;
      }
    }
    return new LayeredLayout(boxes, widest + 2 * MARGIN,
        2 * MARGIN + rows.size() * NODE_HEIGHT + (rows.size() - 1) * LAYER_GAP);
  }

  public Box box(String id) {
    return boxes.get(id);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Longest path from the roots; a node on a cycle (never in a valid report) stays put. */
  private static Map<String, Integer> layers(CompositionGraph graph) {
    Map<String, Integer> layer = new LinkedHashMap<>();
    for (CompositionGraph.Node node : graph.nodes()) {
      layer.put(node.id(), 0);
    }
    // Bellman-Ford style relaxation, bounded by the node count so a cycle cannot loop forever.
    for (int round = 0; round < graph.nodes().size(); round++) {
      boolean changed = false;
      for (CompositionGraph.Edge edge : graph.edges()) {
        int candidate = layer.get(edge.from()) + 1;
        if (candidate > layer.get(edge.to()) && candidate < graph.nodes().size()) {
          layer.put(edge.to(), candidate);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    // Close the gaps a bounded cycle may leave, so every layer holds a node.
    List<Integer> used = new ArrayList<>(new java.util.TreeSet<>(layer.values()));
    layer.replaceAll((id, value) -> used.indexOf(value));
    return layer;
  }

  private static void orderByParents(List<String> row, List<String> above,
      CompositionGraph graph) {
    Map<String, Double> centre = new HashMap<>();
    for (int i = 0; i < row.size(); i++) {
      String id = row.get(i);
      double sum = 0;
      int count = 0;
      for (CompositionGraph.Edge edge : graph.edges()) {
        int parent = above.indexOf(edge.from());
        if (edge.to().equals(id) && parent >= 0) {
          sum += parent;
          count++;
        }
      }
      centre.put(id, count == 0 ? i : sum / count);
    }
    List<String> ordered = new ArrayList<>(row);
    ordered.sort((a, b) -> Double.compare(centre.get(a), centre.get(b)));
    row.clear();
    row.addAll(ordered);
  }
}

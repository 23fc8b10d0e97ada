package org.sstlib.report;

import com.google.common.collect.ImmutableList;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.EdgeLabelSideSelection;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The Eclipse Layout Kernel's layered algorithm, set up once: graphs are made, laid out top down with partitions,
 * and read back as points. The layout is deterministic (a fixed random seed, nodes and edges in a fixed order).
 */
final class Layouts {
  private Layouts() {}

  static {
    // The layered algorithm registers itself only under Eclipse; as a plain library it is registered here, once.
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  /** An empty graph laid out in {@code direction}, with room between boxes for the labels of lines. */
  static ElkNode graph(Direction direction, boolean partitioned) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, direction);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.PARTITIONING_ACTIVATE, partitioned);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 40.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 50.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
    root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    return root;
  }

  /**
   * An empty graph laid out left to right for a sequence read in its order, such as the paths of a chain: each
   * line's label sits in a layer of its own between the boxes it joins, above the line, with room for it.
   */
  static ElkNode sequence() {
    ElkNode root = graph(Direction.RIGHT, false);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 24.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
    root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
    root.setProperty(CoreOptions.SPACING_EDGE_NODE, 12.0);
    root.setProperty(LayeredOptions.EDGE_LABELS_SIDE_SELECTION, EdgeLabelSideSelection.ALWAYS_UP);
    root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
    // A loop is broken by turning round the lines that go against the order in which the nodes were made.
    root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
    return root;
  }

  /** Puts the node in the first layer, where nothing leads into it. */
  static void first(ElkNode node) {
    node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
  }

  /** Puts the node in the last layer, where nothing leads out of it. */
  static void last(ElkNode node) {
    node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
  }

  /** A node of the given size. */
  static ElkNode node(ElkNode root, String id, double width, double height) {
    ElkNode node = ElkGraphUtil.createNode(root);
    node.setIdentifier(id);
    node.setDimensions(width, height);
    return node;
  }

  /** An edge with a label of the given lines (none for no label). */
  static ElkEdge edge(ElkNode from, ElkNode to, ImmutableList<String> text) {
    ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
    if (!text.isEmpty()) {
      ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", text), edge);
      label.setDimensions(TextMetrics.widest(text, Figure.LABEL_SIZE) + 4, text.size() * Figure.LINE_HEIGHT + 2);
      label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
    }
    return edge;
  }

  /** Lays the graph out. */
  static void layout(ElkNode root) {
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
  }

  /** The route of a laid-out edge, start to end. */
  static ImmutableList<Figure.Point> points(ElkEdge edge) {
    ImmutableList.Builder<Figure.Point> points = ImmutableList.builder();
    ElkEdgeSection section = edge.getSections().get(0);
    points.add(new Figure.Point(section.getStartX(), section.getStartY()));
    section.getBendPoints().forEach(b -> points.add(new Figure.Point(b.getX(), b.getY())));
    points.add(new Figure.Point(section.getEndX(), section.getEndY()));
    return points.build();
  }
}

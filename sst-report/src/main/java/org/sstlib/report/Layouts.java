package org.sstlib.report;

import com.google.common.collect.ImmutableList;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.EdgeLabelSideSelection;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The Eclipse Layout Kernel's layered algorithm, set up once: graphs are made, laid out top down with partitions (or
 * from given places, {@link #interactive(Flow)}), and read back as points. The layout is deterministic (a
 * fixed random seed, nodes and edges in a fixed order).
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
   * An empty graph laid out left to right (or top to bottom, {@link Flow#DOWN}) for a sequence read in its order,
   * such as the paths of a chain: each line's label sits in a layer of its own between the boxes it joins, beside the
   * line, with room for it.
   */
  static ElkNode sequence(Flow flow) {
    ElkNode root = graph(flow.direction(), false);
    // Down a journal's column the boxes and lines side by side are drawn closer, so that it is narrow enough for
    // its text to print at 7 points (FigureFiles) where the reference case's chain needs it.
    boolean down = flow == Flow.DOWN;
    root.setProperty(CoreOptions.SPACING_NODE_NODE, down ? 16.0 : 24.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 24.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
    root.setProperty(CoreOptions.SPACING_EDGE_EDGE, down ? 6.0 : 8.0);
    root.setProperty(CoreOptions.SPACING_EDGE_NODE, down ? 6.0 : 12.0);
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
    label(edge, text);
    return edge;
  }

  /**
   * A line from a node back to itself with a label of the given lines. Laid out {@link Flow#DOWN}, it leaves and
   * reaches the node's right side, so that it and its label do not stand between the node and the lines that pass
   * it on its left (ELK would put it on the left, its north before the graph is turned).
   */
  static ElkEdge loop(ElkNode node, ImmutableList<String> text, Flow flow) {
    if (flow == Flow.ACROSS) {
      return edge(node, node, text);
    }
    node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
    ElkPort out = ElkGraphUtil.createPort(node);
    out.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
    ElkPort in = ElkGraphUtil.createPort(node);
    in.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
    ElkEdge edge = ElkGraphUtil.createSimpleEdge(out, in);
    label(edge, text);
    return edge;
  }

  private static void label(ElkEdge edge, ImmutableList<String> text) {
    if (!text.isEmpty()) {
      ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", text), edge);
      label.setDimensions(TextMetrics.widest(text, Figure.LABEL_SIZE) + 4, text.size() * Figure.LINE_HEIGHT + 2);
      label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
    }
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

  /**
   * An empty graph laid out left to right ({@link Flow#ACROSS}) or top to bottom ({@link Flow#DOWN}) from the places
   * its nodes are given (ELK's interactive strategies): nodes whose given spans along the flow overlap share a
   * layer, layers in the order of those spans (an edge between nodes of one layer moves its target to the next);
   * within a layer the nodes keep the order of their given places across the flow, and each keeps its given place
   * unless a node or a line before it would overlap it, when it moves on just enough. A line that points against
   * the flow is routed as one pointing with it and drawn back. The connected components are laid out together, so
   * the given places hold across the whole graph.
   */
  static ElkNode interactive(Flow flow) {
    ElkNode root = graph(flow.direction(), false);
    root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
    root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
    root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.INTERACTIVE);
    root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.INTERACTIVE);
    root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    // The given places already keep boxes apart; ELK only needs to keep them from touching.
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 12.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 24.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
    root.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
    root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 10.0);
    root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);
    root.setProperty(CoreOptions.SPACING_LABEL_LABEL, 4.0);
    return root;
  }

  /** A node of the given size at the given place (for {@link #interactive(Flow)}). */
  static ElkNode node(ElkNode root, String id, double x, double y, double width, double height) {
    ElkNode node = node(root, id, width, height);
    node.setLocation(x, y);
    return node;
  }

  /**
   * A node that carries the label of a line, at the given place. Laid out {@link Flow#ACROSS}, the line enters it at
   * one bottom corner and leaves it at the other (left to right, or right to left for a line drawn {@code back}), so
   * that it runs under the label; laid out {@link Flow#DOWN}, it enters at one left corner and leaves at the other
   * (top to bottom, or bottom to top when drawn back), so that it runs along the label's left side. The label is
   * the space the line takes in its layer (no other box or label overlaps it). Returns the node; {@link #into} and
   * {@link #outOf} give its ends.
   */
  static ElkNode labelNode(ElkNode root, String id, double x, double y, double width, double height, boolean back,
      Flow flow) {
    ElkNode node = node(root, id, x, y, width, height);
    node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
    ElkPort in = ElkGraphUtil.createPort(node);
    ElkPort out = ElkGraphUtil.createPort(node);
    if (flow == Flow.ACROSS) {
      in.setProperty(CoreOptions.PORT_SIDE, back ? PortSide.EAST : PortSide.WEST);
      in.setLocation(back ? width : 0, height);
      out.setProperty(CoreOptions.PORT_SIDE, back ? PortSide.WEST : PortSide.EAST);
      out.setLocation(back ? 0 : width, height);
    } else {
      in.setProperty(CoreOptions.PORT_SIDE, back ? PortSide.SOUTH : PortSide.NORTH);
      in.setLocation(0, back ? height : 0);
      out.setProperty(CoreOptions.PORT_SIDE, back ? PortSide.NORTH : PortSide.SOUTH);
      out.setLocation(0, back ? 0 : height);
    }
    return node;
  }

  /** Where a line enters a {@link #labelNode}. */
  static ElkPort into(ElkNode labelNode) {
    return labelNode.getPorts().get(0);
  }

  /** Where a line leaves a {@link #labelNode}. */
  static ElkPort outOf(ElkNode labelNode) {
    return labelNode.getPorts().get(1);
  }

  /** An edge with no label between two nodes or ports. */
  static ElkEdge edge(ElkConnectableShape from, ElkConnectableShape to) {
    return ElkGraphUtil.createSimpleEdge(from, to);
  }
}

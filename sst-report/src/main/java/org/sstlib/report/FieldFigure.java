package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.CycleOrder;
import org.sstlib.core.Element;
import org.sstlib.core.Scale;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.Field;
import org.sstlib.rdf.query.FieldCycle;
import org.sstlib.rdf.query.FieldLink;

/**
 * The field of practices of one case as a figure: every cycle a box, in bands by scale (macro at the top, then meso,
 * micro, and last the cycles of no scale), and left to right in the order of time and {@code follows}: a cycle lies
 * to the right of every cycle it follows or is later than, and of every cycle whose outcome is one of its entries
 * unless that link runs back in time. The field's links are lines labelled with the elements that pass from one
 * cycle to the next, each label just right of the cycle the line leaves, the line running under it. A link through
 * an entry unavailable at the moment of action is dashed, a link on a feedback loop dotted, the rest solid; a cycle
 * that follows another is joined to it by a thin dash-dot line when no link joins them already; a loop within one
 * cycle is a dotted line from its box back to it. The bands' names are boxes (style {@code sst-band}) at the left,
 * each as tall as its band.
 *
 * <p>The Eclipse Layout Kernel's layered algorithm, left to right, lays it out with its interactive strategies: each
 * box and label is given a column (its place in time) and a top (its band, and its place in the band's column);
 * ELK makes a layer of each column, keeps the given order within it, moves a box down only as far as the lines and
 * labels above it need, and routes the lines. Should a box of one band be pushed into the next, the bands are laid
 * out again further apart, so that every box of a band lies above every box of the bands below it.
 *
 * <p>For a journal's column the same is laid out turned a quarter ({@link Flow#DOWN}): time runs from top to bottom
 * and the bands are columns from macro at the left, their names at their tops; ELK lays it out top to bottom.
 */
final class FieldFigure {
  private FieldFigure() {}

  /** How many elements a line's label names before it says how many more there are. */
  private static final int LABEL_ITEMS = 3;

  /** One line of the field: the links between two cycles drawn the same way. */
  record Edge(String from, String to, Figure.LineKind kind, ImmutableList<String> elements) {}

  /** The space between two boxes of one band in one column, and between two bands. */
  private static final double BOX_GAP = 30;

  private static final double BAND_GAP = 60;

  /** The space between two labels of lines that leave one cycle. */
  private static final double LABEL_GAP = 12;

  /** Down the page, the space between a line and the text of its label, beside it. */
  private static final double LABEL_INSET = 4;

  /** How many times the bands are moved apart when a line pushed a box of one into the next. */
  private static final int BAND_TRIES = 8;

  /** The scale names of the bands, from the top. */
  private static final List<String> BANDS = List.of("macro", "meso", "micro", "no scale");

  /**
   * The figure of {@code study}'s field, left to right ({@link Flow#ACROSS}), as the page shows it.
   *
   * @param field the field query's answer; only the cycles and links of {@code study} are drawn
   * @param loops the feedback loops of the case
   */
  static Figure of(Case study, Field field, List<FeedbackLoop> loops) {
    return of(study, field, loops, Flow.ACROSS);
  }

  /**
   * The figure of {@code study}'s field in {@code flow}: {@link Flow#ACROSS} as the class says; {@link Flow#DOWN}
   * turned a quarter, for a journal's column: time from top to bottom, the bands columns from the left (macro, meso,
   * micro, no scale), each named at its top, each line's label just below the cycle it leaves, the line running down
   * its left side.
   *
   * @param field the field query's answer; only the cycles and links of {@code study} are drawn
   * @param loops the feedback loops of the case
   */
  static Figure of(Case study, Field field, List<FeedbackLoop> loops, Flow flow) {
    checkNotNull(study, "study");
    checkNotNull(flow, "flow");
    List<FieldCycle> cycles = field.cycles().stream().filter(c -> c.caseId().equals(study.id())).toList();
    List<Edge> edges = edges(study, field, loops);
    Map<String, Integer> columns = columns(cycles, edges);
    Map<String, Figure.Box> unplaced = new LinkedHashMap<>();
    for (FieldCycle cycle : cycles) {
      ImmutableList<String> text = withUnrealised(study, cycle.cycle(),
          Markup.wrap(cycle.label(), Figure.BOX_CHARS, Figure.BOX_LINES));
      String note = cycle.scale().map(Scale::code).orElse("no scale");
      unplaced.put(cycle.cycle(), new Figure.Box(cycle.cycle(), Markup.anchor(study.id(), "field", cycle.cycle()),
          Markup.anchor(study.id(), "cycle", cycle.cycle()), cycle.label(), text, note,
          "sst-scale-" + note.replace(' ', '-'), 0, 0, Figure.boxWidth(text, note), Figure.boxHeight(text, note)));
    }
    // Each cycle's given place across the flow within its band: the cycles of one band and one column one under
    // (or, down the page, beside) another.
    Map<String, Double> within = new LinkedHashMap<>();
    double[] bandHeights = new double[BANDS.size()];
    Map<List<Integer>, Double> stacks = new LinkedHashMap<>();
    for (FieldCycle cycle : cycles) {
      int band = partition(cycle.scale());
      List<Integer> stack = List.of(band, columns.get(cycle.cycle()));
      double top = stacks.getOrDefault(stack, 0.0);
      within.put(cycle.cycle(), top);
      Figure.Box b = unplaced.get(cycle.cycle());
      double bottom = top + flow.across(b.width(), b.height());
      stacks.put(stack, bottom + BOX_GAP);
      bandHeights[band] = Math.max(bandHeights[band], bottom);
    }
    double[] gaps = new double[BANDS.size()];
    Arrays.fill(gaps, BAND_GAP);
    for (int tries = 0; ; tries++) {
      Figure figure = lay(study, cycles, edges, columns, unplaced, within, bandHeights, gaps, flow);
      int[] pushed = bandsPushed(figure, cycles, flow);
      if (pushed == null || tries == BAND_TRIES) {
        return figure;
      }
      for (int band = 0; band < gaps.length; band++) {
        gaps[band] += pushed[band];
      }
    }
  }

  /**
   * One layout of the field, the bands {@code gaps} apart (the gap before each band). Places are given along the flow
   * (time) and across it (the bands), and {@link Flow} turns them into x and y.
   */
  private static Figure lay(Case study, List<FieldCycle> cycles, List<Edge> edges, Map<String, Integer> columns,
      Map<String, Figure.Box> unplaced, Map<String, Double> within, double[] bandHeights, double[] gaps, Flow flow) {
    double[] bandTops = new double[BANDS.size()];
    double y = 0;
    for (int band = 0; band < BANDS.size(); band++) {
      if (bandHeights[band] > 0) {
        y += gaps[band];
        bandTops[band] = y;
        y += bandHeights[band];
      }
    }
    // Down the page the line runs along the label's left side, a little apart from its text.
    double inset = flow == Flow.DOWN ? LABEL_INSET : 0;
    Map<Edge, double[]> labelSizes = new LinkedHashMap<>();
    for (Edge edge : edges) {
      ImmutableList<String> text = labelText(edge);
      labelSizes.put(edge, new double[] {TextMetrics.widest(text, Figure.LABEL_SIZE) + 4 + inset,
          text.size() * Figure.LINE_HEIGHT + 4});
    }
    // The given places along: slot 0 the bands' names, slot 2k + 1 the cycles of column k, slot 2k + 2 the labels of
    // the lines that leave them; a slot longer than anything in it, so that ELK makes one layer of each.
    double step = Math.max(unplaced.values().stream().mapToDouble(b -> flow.along(b.width(), b.height())).max()
        .orElse(0), labelSizes.values().stream().mapToDouble(d -> flow.along(d[0], d[1])).max().orElse(0))
        + 2 * BAND_GAP;
    ElkNode root = Layouts.interactive(flow);
    // The band's names, each in a box as long across as the band, in a slot before the first.
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    Map<String, Figure.Box> bandBoxes = new LinkedHashMap<>();
    for (int band = 0; band < BANDS.size(); band++) {
      if (bandHeights[band] > 0) {
        String name = BANDS.get(band);
        ImmutableList<String> text = ImmutableList.of(name);
        double along = flow.along(Figure.boxWidth(text, ""), Figure.boxHeight(text, ""));
        double w = flow.x(along, bandHeights[band]);
        double h = flow.y(along, bandHeights[band]);
        String id = "band " + name;
        nodes.put(id, Layouts.node(root, id, flow.x(0, bandTops[band]), flow.y(0, bandTops[band]), w, h));
        bandBoxes.put(id, new Figure.Box(id, Markup.anchor(study.id(), "band", name.replace(' ', '-')),
            Markup.anchor(study.id(), "list", "field"), "The " + name + " band of the field"
                + (name.equals("no scale") ? ": cycles whose scale the case does not give" : ""),
            text, "", flow == Flow.ACROSS ? Svg.BAND : Svg.BAND_COLUMN, 0, 0, w, h));
      }
    }
    Map<String, Double> tops = new LinkedHashMap<>();
    for (FieldCycle cycle : cycles) {
      Figure.Box b = unplaced.get(cycle.cycle());
      double top = bandTops[partition(cycle.scale())] + within.get(cycle.cycle());
      double along = (2 * columns.get(cycle.cycle()) + 1) * step;
      tops.put(cycle.cycle(), top);
      nodes.put(cycle.cycle(), Layouts.node(root, cycle.cycle(), flow.x(along, top), flow.y(along, top), b.width(),
          b.height()));
    }
    // Each line's label a node of its own just after the cycle the line leaves, the labels of one cycle's lines one
    // under another from the middle of its box (down the page, side by side from near its left side), those to
    // cycles higher (further left) first; the label of a line drawn back, against the flow, just after the cycle it
    // reaches, after that cycle's own labels.
    Map<Edge, ElkNode> labels = new LinkedHashMap<>();
    Map<Edge, ElkEdge[]> drawn = new LinkedHashMap<>();
    Map<String, Double> nextLabel = new LinkedHashMap<>();
    List<Edge> between = edges.stream().filter(e -> nodes.containsKey(e.from()) && nodes.containsKey(e.to())
        && !e.from().equals(e.to())).toList();
    List<Edge> ordered = new ArrayList<>();
    between.stream().filter(e -> !leftward(e, columns)).sorted(Comparator.comparingDouble(e -> tops.get(e.to())))
        .forEach(ordered::add);
    between.stream().filter(e -> leftward(e, columns)).sorted(Comparator.comparingDouble(e -> tops.get(e.from())))
        .forEach(ordered::add);
    for (Edge edge : ordered) {
      boolean leftward = leftward(edge, columns);
      String beside = leftward ? edge.to() : edge.from();
      double[] size = labelSizes.get(edge);
      Figure.Box b = unplaced.get(beside);
      double top = nextLabel.computeIfAbsent(beside, f -> flow == Flow.ACROSS
          ? tops.get(f) + b.height() / 2 - size[1] : tops.get(f) + 2 * Figure.PADDING);
      nextLabel.put(beside, top + flow.across(size[0], size[1]) + LABEL_GAP);
      double along = (2 * columns.get(beside) + 2) * step;
      labels.put(edge, Layouts.labelNode(root, "label " + labels.size(), flow.x(along, top), flow.y(along, top),
          size[0], size[1], leftward, flow));
    }
    for (Edge edge : edges) {
      if (!nodes.containsKey(edge.from()) || !nodes.containsKey(edge.to())) {
        continue;
      }
      ElkNode label = labels.get(edge);
      if (label == null) {
        // Only a loop within one cycle has no label node.
        drawn.put(edge, new ElkEdge[] {Layouts.loop(nodes.get(edge.from()), labelText(edge), flow)});
      } else {
        drawn.put(edge, new ElkEdge[] {Layouts.edge(nodes.get(edge.from()), Layouts.into(label)),
            Layouts.edge(Layouts.outOf(label), nodes.get(edge.to()))});
      }
    }
    Layouts.layout(root);
    // A band's name spans the band as laid out: from its first cycle's start across the flow to its last one's end.
    double[] highest = new double[BANDS.size()];
    double[] lowest = new double[BANDS.size()];
    Arrays.fill(highest, Double.MAX_VALUE);
    for (FieldCycle cycle : cycles) {
      ElkNode node = nodes.get(cycle.cycle());
      int band = partition(cycle.scale());
      highest[band] = Math.min(highest[band], flow.across(node.getX(), node.getY()));
      lowest[band] = Math.max(lowest[band], flow.across(node.getX(), node.getY())
          + flow.across(node.getWidth(), node.getHeight()));
    }
    ImmutableList.Builder<Figure.Box> boxes = ImmutableList.builder();
    nodes.forEach((id, node) -> {
      Figure.Box b = unplaced.get(id);
      if (b == null) {
        b = bandBoxes.get(id);
        int band = BANDS.indexOf(id.substring("band ".length()));
        double along = flow.along(node.getX(), node.getY());
        double length = flow.along(b.width(), b.height());
        double span = lowest[band] - highest[band];
        boxes.add(new Figure.Box(b.id(), b.domId(), b.href(), b.label(), b.text(), b.note(), b.style(),
            flow.x(along, highest[band]), flow.y(along, highest[band]), flow.x(length, span), flow.y(length, span)));
      } else {
        boxes.add(new Figure.Box(b.id(), b.domId(), b.href(), b.label(), b.text(), b.note(), b.style(), node.getX(),
            node.getY(), b.width(), b.height()));
      }
    });
    ImmutableList.Builder<Figure.Line> lines = ImmutableList.builder();
    drawn.forEach((edge, elk) -> {
      ElkNode label = labels.get(edge);
      Optional<Figure.Point> at = label != null ? Optional.of(new Figure.Point(label.getX() + inset, label.getY()))
          : elk[0].getLabels().stream().findFirst().map((ElkLabel l) -> new Figure.Point(l.getX(), l.getY()));
      ImmutableList.Builder<Figure.Point> points = ImmutableList.builder();
      for (ElkEdge e : elk) {
        points.addAll(Layouts.points(e));
      }
      lines.add(new Figure.Line(edge.from(), edge.to(), edge.kind(), fullLabel(edge), labelText(edge),
          points.build(), at));
    });
    return new Figure("The field of practices of " + study.title(), flow == Flow.ACROSS
        ? "Each box is a cycle of structuration, in bands by scale, macro at the top and micro at the bottom, and"
            + " left to right in the order of time and of the cycles they follow; each line an outcome of one cycle"
            + " that is an entry of another, labelled with what passes. Dashed: an entry unavailable at the moment"
            + " of action. Dotted: a feedback loop. Dash-dot: one cycle follows another."
        : "Each box is a cycle of structuration, in columns by scale, macro at the left and micro at the right, and"
            + " top to bottom in the order of time and of the cycles they follow; each line an outcome of one cycle"
            + " that is an entry of another, labelled with what passes. Dashed: an entry unavailable at the moment"
            + " of action. Dotted: a feedback loop. Dash-dot: one cycle follows another.",
        root.getWidth(), root.getHeight(), boxes.build(), lines.build());
  }

  /** Whether a line is drawn back, right to left: it reaches a cycle in a column left of the one it leaves. */
  private static boolean leftward(Edge edge, Map<String, Integer> columns) {
    return columns.get(edge.to()) < columns.get(edge.from());
  }

  /**
   * How far each band's top cycle box was pushed into the band above (or the band above into it): for each band,
   * the most a box of a band above reaches below the top of one of its boxes; null when the bands are in order. Down
   * the page, left and right stand for above and below.
   */
  private static int[] bandsPushed(Figure figure, List<FieldCycle> cycles, Flow flow) {
    Map<String, Integer> bands = new LinkedHashMap<>();
    cycles.forEach(c -> bands.put(c.cycle(), partition(c.scale())));
    double[] tops = new double[BANDS.size()];
    double[] bottoms = new double[BANDS.size()];
    Arrays.fill(tops, Double.MAX_VALUE);
    for (Figure.Box box : figure.boxes()) {
      Integer band = bands.get(box.id());
      if (band != null) {
        tops[band] = Math.min(tops[band], flow.across(box.x(), box.y()));
        bottoms[band] = Math.max(bottoms[band],
            flow.across(box.x(), box.y()) + flow.across(box.width(), box.height()));
      }
    }
    int[] pushed = new int[BANDS.size()];
    boolean any = false;
    for (int band = 1; band < BANDS.size(); band++) {
      for (int above = 0; above < band; above++) {
        if (tops[band] != Double.MAX_VALUE && bottoms[above] > tops[band]) {
          pushed[band] = Math.max(pushed[band], (int) Math.ceil(bottoms[above] - tops[band]) + (int) BOX_GAP);
          any = true;
        }
      }
    }
    return any ? pushed : null;
  }

  /**
   * A box's lines and, under them, a line for each outcome the cycle's agents intended and that did not come about
   * (an unrealised outcome, a failed intention), so the field shows where intentions failed as well as what passed.
   */
  static ImmutableList<String> withUnrealised(Case study, String cycleId, ImmutableList<String> text) {
    ImmutableList.Builder<String> lines = ImmutableList.<String>builder().addAll(text);
    study.element(cycleId, Cycle.class).ifPresent(cycle -> cycle.outcomes().stream().filter(o -> !o.realised())
        .forEach(o -> lines.add(Markup.wrap(UNREALISED + study.element(o.ref()).map(Element::label).orElse(o.ref()),
            Figure.BOX_CHARS, 1).get(0))));
    return lines.build();
  }

  /** The words before an unrealised outcome's label in a cycle's box. */
  static final String UNREALISED = "not realised: ";

  /**
   * The scale's band, from the top: macro, meso, micro, and last the cycles of no scale (the case does not say where
   * they sit in the field, so they are put in a band of their own rather than with the meso ones).
   */
  static int partition(Optional<Scale> scale) {
    return scale.map(s -> switch (s) {
      case MACRO -> 0;
      case MESO -> 1;
      case MICRO -> 2;
    }).orElse(3);
  }

  /**
   * Each cycle's column, from 0: to the right of every cycle it is later than (by {@code follows} and {@code time},
   * {@link CycleOrder}) and of every cycle whose outcome is one of its entries, unless that link runs against time
   * or closes a loop of links (it is then drawn back, right to left). Two cycles each later than the other (a case
   * whose order contradicts itself) are not ordered.
   */
  static Map<String, Integer> columns(List<FieldCycle> cycles, List<Edge> edges) {
    Map<String, Optional<String>> times = new LinkedHashMap<>();
    Map<String, List<String>> follows = new LinkedHashMap<>();
    for (FieldCycle c : cycles) {
      times.put(c.cycle(), c.time());
      follows.put(c.cycle(), c.follows());
    }
    CycleOrder order = CycleOrder.of(times, follows);
    List<String> ids = List.copyOf(times.keySet());
    Map<String, Set<String>> before = new LinkedHashMap<>();
    for (String id : ids) {
      Set<String> earlier = new LinkedHashSet<>();
      for (String other : ids) {
        if (order.isLater(id, other) && !order.isLater(other, id)) {
          earlier.add(other);
        }
      }
      before.put(id, earlier);
    }
    for (Edge edge : edges) {
      if (before.containsKey(edge.from()) && before.containsKey(edge.to()) && !edge.from().equals(edge.to())
          && !reaches(before, edge.from(), edge.to())) {
        before.get(edge.to()).add(edge.from());
      }
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (String id : ids) {
      column(id, before, columns);
    }
    return columns;
  }

  /** Whether {@code earlier} is before {@code cycle} already, directly or through others. */
  private static boolean reaches(Map<String, Set<String>> before, String cycle, String earlier) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(cycle));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (next.equals(earlier)) {
        return true;
      }
      if (seen.add(next)) {
        todo.addAll(before.get(next));
      }
    }
    return false;
  }

  private static int column(String id, Map<String, Set<String>> before, Map<String, Integer> columns) {
    Integer known = columns.get(id);
    if (known != null) {
      return known;
    }
    int column = 0;
    for (String earlier : before.get(id)) {
      column = Math.max(column, column(earlier, before, columns) + 1);
    }
    columns.put(id, column);
    return column;
  }

  /**
   * The lines of the field: links grouped by the two cycles and how they are drawn, in the order of the field's
   * links; then a follows line for each pair of cycles no link joins.
   */
  static ImmutableList<Edge> edges(Case study, Field field, List<FeedbackLoop> loops) {
    Map<List<Object>, Set<String>> grouped = new LinkedHashMap<>();
    Set<List<String>> joined = new LinkedHashSet<>();
    for (FieldLink link : field.links()) {
      if (!link.caseId().equals(study.id())) {
        continue;
      }
      Figure.LineKind kind = !link.available() ? Figure.LineKind.ABSENT
          : onLoop(link, loops) ? Figure.LineKind.FEEDBACK : Figure.LineKind.PLAIN;
      grouped.computeIfAbsent(List.of(link.fromCycle(), link.toCycle(), kind), k -> new LinkedHashSet<>())
          .add(link.element());
      joined.add(List.of(link.fromCycle(), link.toCycle()));
    }
    // A loop within one cycle (its outcome conditions its own agency again) is no link between cycles: it is
    // drawn as a dotted line from the cycle's box back to itself.
    for (FeedbackLoop loop : loops) {
      if (loop.caseId().equals(study.id()) && loop.cycles().size() == 1) {
        String cycle = loop.cycles().get(0);
        grouped.computeIfAbsent(List.of(cycle, cycle, Figure.LineKind.FEEDBACK), k -> new LinkedHashSet<>())
            .add(loop.structure());
      }
    }
    List<Edge> edges = new ArrayList<>();
    grouped.forEach((key, elements) -> edges.add(new Edge((String) key.get(0), (String) key.get(1),
        (Figure.LineKind) key.get(2), labels(study, elements))));
    for (Cycle cycle : study.cycles()) {
      for (String before : cycle.follows()) {
        if (!joined.contains(List.of(before, cycle.id())) && !before.equals(cycle.id())) {
          edges.add(new Edge(before, cycle.id(), Figure.LineKind.FOLLOWS, ImmutableList.of()));
        }
      }
    }
    return ImmutableList.copyOf(edges);
  }

  /** Whether the link's element is the structure of a feedback loop through both its cycles. */
  private static boolean onLoop(FieldLink link, List<FeedbackLoop> loops) {
    if (link.fromCycle().equals(link.toCycle())) {
      return true;
    }
    return loops.stream().anyMatch(l -> l.caseId().equals(link.caseId()) && l.structure().equals(link.element())
        && l.cycles().contains(link.fromCycle()) && l.cycles().contains(link.toCycle()));
  }

  private static ImmutableList<String> labels(Case study, Set<String> ids) {
    return ids.stream().map(id -> study.element(id).map(Element::label).orElse(id))
        .collect(ImmutableList.toImmutableList());
  }

  /** The whole label of a line: every element it carries, or what it says. */
  static String fullLabel(Edge edge) {
    return edge.kind() == Figure.LineKind.FOLLOWS ? "follows" : String.join("; ", edge.elements());
  }

  /** The label as written on the figure: the first elements, each on a line of its own, cut short. */
  private static ImmutableList<String> labelText(Edge edge) {
    if (edge.kind() == Figure.LineKind.FOLLOWS) {
      return ImmutableList.of("follows");
    }
    ImmutableList.Builder<String> text = ImmutableList.builder();
    edge.elements().stream().limit(LABEL_ITEMS).forEach(e -> text.add(Markup.wrap(e, Figure.BOX_CHARS, 1).get(0)));
    if (edge.elements().size() > LABEL_ITEMS) {
      text.add("and " + (edge.elements().size() - LABEL_ITEMS) + " more");
    }
    return text.build();
  }
}

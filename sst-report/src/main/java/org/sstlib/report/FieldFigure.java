package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Element;
import org.sstlib.core.Scale;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.Field;
import org.sstlib.rdf.query.FieldCycle;
import org.sstlib.rdf.query.FieldLink;

/**
 * The field of practices of one case as a figure: every cycle a box, macro at the top and micro at the bottom
 * (the Eclipse Layout Kernel's layered algorithm, top down, one partition per scale), the field's links as lines
 * labelled with the elements that pass from one cycle to the next. A link through an entry unavailable at the moment
 * of action is dashed, a link on a feedback loop dotted, the rest solid; a cycle that follows another is joined to
 * it by a thin dash-dot line when no link joins them already.
 */
final class FieldFigure {
  private FieldFigure() {}

  /** How many elements a line's label names before it says how many more there are. */
  private static final int LABEL_ITEMS = 3;

  /** One line of the field: the links between two cycles drawn the same way. */
  record Edge(String from, String to, Figure.LineKind kind, ImmutableList<String> elements) {}

  /**
   * The figure of {@code study}'s field.
   *
   * @param field the field query's answer; only the cycles and links of {@code study} are drawn
   * @param loops the feedback loops of the case
   */
  static Figure of(Case study, Field field, List<FeedbackLoop> loops) {
    checkNotNull(study, "study");
    List<FieldCycle> cycles = field.cycles().stream().filter(c -> c.caseId().equals(study.id())).toList();
    List<Edge> edges = edges(study, field, loops);
    ElkNode root = Layouts.graph(Direction.DOWN, true);
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    Map<String, Figure.Box> unplaced = new LinkedHashMap<>();
    for (FieldCycle cycle : cycles) {
      ImmutableList<String> text = Markup.wrap(cycle.label(), Figure.BOX_CHARS, Figure.BOX_LINES);
      String note = cycle.scale().map(Scale::code).orElse("no scale");
      double w = Figure.boxWidth(text, note);
      double h = Figure.boxHeight(text, note);
      ElkNode node = Layouts.node(root, cycle.cycle(), w, h);
      node.setProperty(CoreOptions.PARTITIONING_PARTITION, partition(cycle.scale()));
      nodes.put(cycle.cycle(), node);
      unplaced.put(cycle.cycle(), new Figure.Box(cycle.cycle(), Markup.anchor(study.id(), "field", cycle.cycle()),
          Markup.anchor(study.id(), "cycle", cycle.cycle()), cycle.label(), text, note,
          "sst-scale-" + note.replace(' ', '-'), 0, 0, w, h));
    }
    Map<ElkEdge, Edge> drawn = new LinkedHashMap<>();
    for (Edge edge : edges) {
      if (nodes.containsKey(edge.from()) && nodes.containsKey(edge.to())) {
        drawn.put(Layouts.edge(nodes.get(edge.from()), nodes.get(edge.to()), labelText(edge)), edge);
      }
    }
    Layouts.layout(root);
    ImmutableList.Builder<Figure.Box> boxes = ImmutableList.builder();
    nodes.forEach((id, node) -> {
      Figure.Box b = unplaced.get(id);
      boxes.add(new Figure.Box(b.id(), b.domId(), b.href(), b.label(), b.text(), b.note(), b.style(), node.getX(),
          node.getY(), b.width(), b.height()));
    });
    ImmutableList.Builder<Figure.Line> lines = ImmutableList.builder();
    drawn.forEach((elk, edge) -> {
      Optional<Figure.Point> at = elk.getLabels().stream().findFirst()
          .map((ElkLabel l) -> new Figure.Point(l.getX(), l.getY()));
      lines.add(new Figure.Line(edge.from(), edge.to(), edge.kind(), fullLabel(edge), labelText(edge),
          Layouts.points(elk), at));
    });
    return new Figure("The field of practices of " + study.title(),
        "Each box is a cycle of structuration, macro at the top and micro at the bottom; each line an outcome of"
            + " one cycle that is an entry of another, labelled with what passes. Dashed: an entry unavailable at"
            + " the moment of action. Dotted: a feedback loop. Dash-dot: one cycle follows another.",
        root.getWidth(), root.getHeight(), boxes.build(), lines.build());
  }

  /** The scale's partition: macro first, micro last, a cycle of no scale with the meso ones. */
  static int partition(Optional<Scale> scale) {
    return scale.map(s -> switch (s) {
      case MACRO -> 0;
      case MESO -> 1;
      case MICRO -> 2;
    }).orElse(1);
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

package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.sstlib.core.Case;
import org.sstlib.core.Scale;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.Field;
import org.sstlib.rdf.query.FieldCycle;

/**
 * The field of a case too large to draw a box per cycle: one box per scale (macro, meso, micro, no scale) saying how
 * many cycles it holds, and one line per pair of scales and kind of line (solid, dashed through an absent entry,
 * dotted on a feedback loop, dash-dot for follows) counting the links the full figure would draw there. Laid out by
 * the Eclipse Layout Kernel like {@link FieldFigure}, macro at the top and micro at the bottom; its text alternative
 * ({@link #list}) says the same in words. The counts come from {@link FieldFigure#edges}, so they are those of the
 * full figure: a link is an element passing from one cycle to an entry of another, a follows line a pair of cycles
 * joined by {@code follows} and by no link.
 */
final class FieldSummary {
  private FieldSummary() {}

  /**
   * The most cycles the field figure draws one box each; above it the page shows the summary. The field figure is
   * laid out in three layers (macro, meso, micro): at 200 cycles a layer holds dozens of boxes about 220 pixels wide,
   * so the figure is several metres wide, and scaled to a page or a journal column (170 mm) its text would be well
   * under a point high. The layout also grows faster than the number of boxes (about 20 s for the 1,176 cycles of
   * the bench's 100,000-triple field). Below the threshold every cycle is drawn; the cases of the papers have at
   * most a few dozen.
   */
  static final int MAX_DRAWN_CYCLES = 200;

  /** The scales in the order of their boxes, and the word each box shows. */
  private static final ImmutableList<String> GROUPS = ImmutableList.of("macro", "meso", "micro", "no scale");

  /**
   * One line of the summary: the lines of the full figure from cycles of one scale to cycles of another, of one kind.
   *
   * @param from the scale the lines leave ({@code macro}, {@code meso}, {@code micro} or {@code no scale})
   * @param to the scale they reach
   * @param count the links they carry (for follows, the pairs of cycles)
   */
  record Flow(String from, String to, Figure.LineKind kind, int count) {
    Flow {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(kind, "kind");
    }
  }

  /**
   * What the summary shows.
   *
   * @param total the number of cycles of the field
   * @param cycles the number of cycles of each scale that has any, in the order macro, meso, micro, no scale
   * @param flows the lines, in the order of the scales they leave, then reach, then their kind
   */
  record Summary(int total, ImmutableList<Map.Entry<String, Integer>> cycles, ImmutableList<Flow> flows) {
    Summary {
      cycles = ImmutableList.copyOf(cycles);
      flows = ImmutableList.copyOf(flows);
    }
  }

  /** Whether the case's field has too many cycles to draw one box each. */
  static boolean needed(Case study, Field field) {
    return field.cycles().stream().filter(c -> c.caseId().equals(study.id())).count() > MAX_DRAWN_CYCLES;
  }

  /** The counts of {@code study}'s field, by scale. */
  static Summary of(Case study, Field field, List<FeedbackLoop> loops) {
    checkNotNull(study, "study");
    Map<String, String> scaleOf = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    GROUPS.forEach(g -> counts.put(g, 0));
    int total = 0;
    for (FieldCycle cycle : field.cycles()) {
      if (cycle.caseId().equals(study.id())) {
        String group = group(cycle.scale());
        scaleOf.put(cycle.cycle(), group);
        counts.merge(group, 1, Integer::sum);
        total++;
      }
    }
    Map<List<Object>, Integer> flows = new LinkedHashMap<>();
    for (FieldFigure.Edge edge : FieldFigure.edges(study, field, loops)) {
      String from = scaleOf.get(edge.from());
      String to = scaleOf.get(edge.to());
      if (from != null && to != null) {
        int n = edge.kind() == Figure.LineKind.FOLLOWS ? 1 : edge.elements().size();
        flows.merge(List.of(from, to, edge.kind()), n, Integer::sum);
      }
    }
    List<Flow> sorted = new ArrayList<>();
    flows.forEach((k, n) -> sorted.add(new Flow((String) k.get(0), (String) k.get(1), (Figure.LineKind) k.get(2),
        n)));
    sorted.sort((a, b) -> a.from().equals(b.from())
        ? a.to().equals(b.to()) ? a.kind().compareTo(b.kind())
            : Integer.compare(GROUPS.indexOf(a.to()), GROUPS.indexOf(b.to()))
        : Integer.compare(GROUPS.indexOf(a.from()), GROUPS.indexOf(b.from())));
    ImmutableList<Map.Entry<String, Integer>> present = counts.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> Map.entry(e.getKey(), e.getValue())).collect(ImmutableList.toImmutableList());
    return new Summary(total, present, ImmutableList.copyOf(sorted));
  }

  /** The summary as a figure: a box per scale, a line per flow, laid out top down by scale. */
  static Figure figure(Case study, Summary summary) {
    String c = study.id();
    ElkNode root = Layouts.graph(Direction.DOWN, true);
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    Map<String, Figure.Box> unplaced = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> group : summary.cycles()) {
      String g = group.getKey();
      ImmutableList<String> text = ImmutableList.of(cycles(group.getValue()));
      double w = Figure.boxWidth(text, g);
      double h = Figure.boxHeight(text, g);
      ElkNode node = Layouts.node(root, g, w, h);
      node.setProperty(CoreOptions.PARTITIONING_PARTITION, partition(g));
      nodes.put(g, node);
      unplaced.put(g, new Figure.Box(g, Markup.anchor(c, "field-scale", key(g)), Markup.anchor(c, "scale", key(g)),
          capital(g) + ": " + cycles(group.getValue()), text, g, "sst-scale-" + key(g), 0, 0, w, h));
    }
    Map<ElkEdge, Flow> drawn = new LinkedHashMap<>();
    for (Flow flow : summary.flows()) {
      drawn.put(Layouts.edge(nodes.get(flow.from()), nodes.get(flow.to()), label(flow)), flow);
    }
    Layouts.layout(root);
    ImmutableList.Builder<Figure.Box> boxes = ImmutableList.builder();
    nodes.forEach((g, node) -> {
      Figure.Box b = unplaced.get(g);
      boxes.add(new Figure.Box(b.id(), b.domId(), b.href(), b.label(), b.text(), b.note(), b.style(), node.getX(),
          node.getY(), b.width(), b.height()));
    });
    ImmutableList.Builder<Figure.Line> lines = ImmutableList.builder();
    drawn.forEach((elk, flow) -> {
      Optional<Figure.Point> at = elk.getLabels().stream().findFirst()
          .map((ElkLabel l) -> new Figure.Point(l.getX(), l.getY()));
      lines.add(new Figure.Line(flow.from(), flow.to(), flow.kind(), words(flow), label(flow), Layouts.points(elk),
          at));
    });
    return new Figure("A summary of the field of practices of " + study.title(),
        "The field has " + summary.total() + " cycles, too many to draw one box each. Each box is one scale, macro at"
            + " the top and micro at the bottom, with the number of its cycles; each line the links from cycles of"
            + " one scale to cycles of another, with their number. Solid: an outcome that is an entry of another"
            + " cycle. Dashed: through an entry unavailable at the moment of action. Dotted: on a feedback loop."
            + " Dash-dot: one cycle follows another.",
        root.getWidth(), root.getHeight(), boxes.build(), lines.build());
  }

  /** The note that says why the summary is shown instead of the field figure, and where the whole field is. */
  static void note(Html html, Case study, Summary summary, String listId) {
    html.raw("<p class=\"sst-note\"><strong>A summary, not every cycle.</strong> ")
        .text("This field has " + String.format(Locale.ROOT, "%,d", summary.total()) + " cycles, more than the "
            + MAX_DRAWN_CYCLES + " a figure can draw legibly at the width of a page or a journal column. The figure"
            + " below therefore shows one box per scale with the number of its cycles, and one line per kind of"
            + " link between scales with the number of links it stands for. Every cycle and every link is in ")
        .link(listId, "the field as a list").raw(".</p>\n");
  }

  /** The summary figure's text alternative: each scale with its cycles and the lines that leave it. */
  static void list(Html html, Case study, Summary summary, String id) {
    String c = study.id();
    html.raw("<ul id=\"" + id + "\" class=\"sst-alt\">\n");
    for (Map.Entry<String, Integer> group : summary.cycles()) {
      String g = group.getKey();
      html.raw("<li id=\"" + Markup.anchor(c, "scale", key(g)) + "\">").text(capital(g) + ": "
          + cycles(group.getValue()));
      List<Flow> out = summary.flows().stream().filter(f -> f.from().equals(g)).toList();
      if (!out.isEmpty()) {
        html.raw("<ul>");
        for (Flow flow : out) {
          html.raw("<li>").text(words(flow)).raw("</li>");
        }
        html.raw("</ul>");
      }
      html.raw("</li>\n");
    }
    html.raw("</ul>\n");
  }

  /** A flow in words, for its title and the list. */
  static String words(Flow flow) {
    String to = flow.to().equals("no scale") ? "cycles of no scale" : flow.to() + " cycles";
    String from = flow.from().equals("no scale") ? "cycles of no scale" : flow.from() + " cycles";
    String n = String.format(Locale.ROOT, "%,d", flow.count());
    String links = flow.count() == 1 ? " link" : " links";
    return switch (flow.kind()) {
      case PLAIN -> n + links + " to " + to + ": an outcome that is an entry of the other cycle (solid line)";
      case ABSENT -> n + links + " to " + to + " through an entry unavailable at the moment of action (dashed line)";
      case FEEDBACK -> n + links + " to " + to + " on a feedback loop (dotted line)";
      case FOLLOWS -> n + (flow.count() == 1 ? " of the " + to + " follows" : " of the " + to + " follow")
          + " one of the " + from + " (dash-dot line)";
    };
  }

  /** The label written beside a flow's line: short, its count first. */
  static ImmutableList<String> label(Flow flow) {
    String n = String.format(Locale.ROOT, "%,d", flow.count());
    String links = flow.count() == 1 ? " link" : " links";
    return switch (flow.kind()) {
      case PLAIN -> ImmutableList.of(n + links);
      case ABSENT -> ImmutableList.of(n + links + " through", "an absent entry");
      case FEEDBACK -> ImmutableList.of(n + links + " on", "a feedback loop");
      case FOLLOWS -> ImmutableList.of(n + " follows");
    };
  }

  private static String group(Optional<Scale> scale) {
    return scale.map(Scale::code).orElse("no scale");
  }

  /** The layer of a scale's box: macro first, micro last, no scale beside meso (as {@link FieldFigure} places it). */
  private static int partition(String group) {
    return switch (group) {
      case "macro" -> 0;
      case "micro" -> 2;
      default -> 1;
    };
  }

  private static String key(String group) {
    return group.replace(' ', '-');
  }

  private static String capital(String group) {
    return Character.toUpperCase(group.charAt(0)) + group.substring(1);
  }

  private static String cycles(int n) {
    return String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " cycle" : " cycles");
  }
}

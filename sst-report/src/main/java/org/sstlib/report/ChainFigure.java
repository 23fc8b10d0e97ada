package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Cycle;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.RouteStep;

/**
 * The chain from one element to another as a figure: the paths the chain query gives drawn together as one graph, laid
 * out left to right by the Eclipse Layout Kernel's layered algorithm, so that each path reads in its order from the
 * start on the left to the target on the right (or, turned for a journal's column, from the top to the bottom). An
 * element that several paths pass through is one box; each arrow is labelled with what its step says (conditions,
 * informs, absent for, creates, reproduces, changes, erodes, enacted in), and a step through an absence is dashed
 * besides, so the kinds are told apart without colour.
 *
 * <p>Every step of the chain leaves or reaches an agency, and the step's cycle is that agency's cycle: so the cycle is
 * named once, in the agency's box ("in: the cycle's label"), rather than on every arrow into and out of it, and a
 * structure, which passes from one cycle to the next, names none.
 */
final class ChainFigure {
  private ChainFigure() {}

  /** How many lines of a box hold an agency's own label. */
  private static final int AGENCY_LINES = 3;

  /** How many lines of an agency's box name the cycle it acts in. */
  private static final int CYCLE_LINES = 3;

  /** The words written on a step's arrow. */
  static String words(ChainStep step) {
    return switch (step.kind()) {
      case CONDITIONS -> "conditions";
      case INFORMS -> "informs";
      case ABSENT_FOR -> "absent for";
      case ENACTED_IN -> "enacted in";
      case PRODUCES -> step.change().map(ChainFigure::verb).orElse("produces");
    };
  }

  private static String verb(Change change) {
    return switch (change) {
      case CREATED -> "creates";
      case REPRODUCED -> "reproduces";
      case CHANGED -> "changes";
      case ERODED -> "erodes";
      case EVENT -> "produces";
    };
  }

  /** One arrow of the figure: the steps of the paths from one element to another that say the same. */
  record Arrow(String from, String to, String words, String cycle, Figure.LineKind kind) {}

  /**
   * The figure of the paths, naming each agency's cycle by the cycle's label.
   *
   * @param study the case, for the boxes' ids and links and the cycles' labels
   * @param title the figure's title
   * @param routes the paths, in their order
   */
  static Figure of(Case study, String title, List<ChainRoute> routes) {
    return of(study, title, routes, Flow.ACROSS);
  }

  /**
   * The figure of the paths read in {@code flow}: left to right as the page shows it ({@link Flow#ACROSS}), or top
   * to bottom for a journal's column ({@link Flow#DOWN}), the start at the top and the target at the bottom.
   */
  static Figure of(Case study, String title, List<ChainRoute> routes, Flow flow) {
    checkNotNull(study, "study");
    return of(study.id(), title, routes, id -> study.element(id, Cycle.class).map(Cycle::label).orElse(id), flow);
  }

  private static Figure of(String caseId, String title, List<ChainRoute> routes,
      Function<String, String> cycleLabel, Flow flow) {
    checkNotNull(caseId, "caseId");
    checkNotNull(title, "title");
    checkNotNull(flow, "flow");
    // The boxes and arrows in the order the paths first reach them, so the same paths give the same figure.
    Map<String, Figure.Box> unplaced = new LinkedHashMap<>();
    Map<List<String>, Arrow> arrows = new LinkedHashMap<>();
    for (ChainRoute route : routes) {
      RouteStep previous = null;
      for (RouteStep step : route.steps()) {
        unplaced.computeIfAbsent(step.id(), id -> box(caseId, step, cycleLabel));
        if (previous != null && step.via().isPresent()) {
          ChainStep via = step.via().get();
          String words = words(via);
          arrows.putIfAbsent(List.of(previous.id(), step.id(), words), new Arrow(previous.id(), step.id(), words,
              via.cycle(), via.kind() == StepKind.ABSENT_FOR ? Figure.LineKind.ABSENT : Figure.LineKind.PLAIN));
        }
        previous = step;
      }
    }
    // The paths drawn together may form loops (an outcome that conditions the agency that produced it, an ICM model
    // reproduced and drawn on again): the layout turns round the arrows that go against the order of the boxes, and
    // the boxes are in the order of their farthest place from the start on any path, so that an element comes after
    // the elements that lead to it and each path without a loop reads from left to right; on a loop, the arrow that
    // goes back is the one that returns to an element placed before.
    Map<String, Integer> farthest = new LinkedHashMap<>();
    for (ChainRoute route : routes) {
      for (RouteStep step : route.steps()) {
        farthest.merge(step.id(), step.position(), Math::max);
      }
    }
    List<String> order = new ArrayList<>(unplaced.keySet());
    order.sort(Comparator.comparing(farthest::get));
    ElkNode root = Layouts.sequence(flow);
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    for (String id : order) {
      Figure.Box b = unplaced.get(id);
      nodes.put(id, Layouts.node(root, id, b.width(), b.height()));
    }
    if (!routes.isEmpty()) {
      List<RouteStep> first = routes.get(0).steps();
      Layouts.first(nodes.get(first.get(0).id()));
      Layouts.last(nodes.get(first.get(first.size() - 1).id()));
    }
    Map<ElkEdge, Arrow> drawn = new LinkedHashMap<>();
    for (Arrow arrow : arrows.values()) {
      drawn.put(Layouts.edge(nodes.get(arrow.from()), nodes.get(arrow.to()), ImmutableList.of(arrow.words())),
          arrow);
    }
    Layouts.layout(root);
    ImmutableList.Builder<Figure.Box> boxes = ImmutableList.builder();
    nodes.forEach((id, node) -> {
      Figure.Box b = unplaced.get(id);
      boxes.add(new Figure.Box(b.id(), b.domId(), b.href(), b.label(), b.text(), b.note(), b.style(), node.getX(),
          node.getY(), b.width(), b.height()));
    });
    ImmutableList.Builder<Figure.Line> lines = ImmutableList.builder();
    drawn.forEach((elk, arrow) -> {
      Optional<Figure.Point> at = elk.getLabels().stream().findFirst()
          .map((ElkLabel l) -> new Figure.Point(l.getX(), l.getY()));
      lines.add(new Figure.Line(arrow.from(), arrow.to(), arrow.kind(),
          arrow.words() + " (in " + cycleLabel.apply(arrow.cycle()) + ")", ImmutableList.of(arrow.words()),
          Layouts.points(elk), at));
    });
    return new Figure(title, "The paths of the chain of structuration drawn together, read from "
        + (flow == Flow.ACROSS ? "left to right" : "top to bottom") + ";"
        + " an element that several paths pass through is one box, and each agency names the cycle it acts in. Each"
        + " arrow says what the step does: conditions, informs, produces (creates, reproduces, changes, erodes),"
        + " enacted in, or absent for (dashed).", routes.isEmpty() ? 0 : root.getWidth(),
        routes.isEmpty() ? 0 : root.getHeight(), boxes.build(), lines.build());
  }

  /** A box not yet placed: an element's label, and for an agency the cycle it acts in, after its kind. */
  private static Figure.Box box(String caseId, RouteStep step, Function<String, String> cycleLabel) {
    ImmutableList<String> text;
    String label = step.label();
    if (step.kind().equals("agency")) {
      // The steps that reach and leave an agency are its cycle's, so the step's cycle is the agency's.
      String in = cycleLabel.apply(step.cycle());
      text = ImmutableList.<String>builder()
          .addAll(Markup.wrap(step.label(), Figure.BOX_CHARS, AGENCY_LINES))
          .addAll(Markup.wrap("(in: " + in + ")", Figure.BOX_CHARS, CYCLE_LINES))
          .build();
      label = step.label() + " (agency in " + in + ")";
    } else {
      text = Markup.wrap(step.label(), Figure.BOX_CHARS, Figure.BOX_LINES);
    }
    return new Figure.Box(step.id(), Markup.anchor(caseId, "chain", step.id()),
        Markup.anchor(caseId, "element", step.id()), label, text, step.kind(),
        "sst-kind-" + Markup.fragment(step.kind()), 0, 0, Figure.boxWidth(text, step.kind()),
        Figure.boxHeight(text, step.kind()));
  }
}

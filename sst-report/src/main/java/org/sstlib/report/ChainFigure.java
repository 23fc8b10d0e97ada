package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.sstlib.core.Change;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.RouteStep;

/**
 * The chain from one element to another as a figure: each path a row of boxes read left to right, in the order the
 * chain query gives them (shortest first), each arrow labelled with what the step says. A step through an absence is
 * dashed; every arrow carries its words, so the kinds are told apart without colour. A row is a sequence, so its
 * boxes are placed in order rather than by the layout engine.
 */
final class ChainFigure {
  private ChainFigure() {}

  private static final double MARGIN = 24;
  private static final double ROW_GAP = 36;
  private static final double MIN_GAP = 70;

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

  /**
   * The figure of the paths.
   *
   * @param caseId the case, for the boxes' ids and links
   * @param title the figure's title
   * @param routes the paths, in their order
   */
  static Figure of(String caseId, String title, List<ChainRoute> routes) {
    checkNotNull(caseId, "caseId");
    ImmutableList.Builder<Figure.Box> boxes = ImmutableList.builder();
    ImmutableList.Builder<Figure.Line> lines = ImmutableList.builder();
    double y = MARGIN;
    double width = 0;
    for (int r = 0; r < routes.size(); r++) {
      ChainRoute route = routes.get(r);
      List<RouteStep> steps = route.steps();
      double rowHeight = 0;
      for (RouteStep step : steps) {
        ImmutableList<String> text = Markup.wrap(step.label(), Figure.BOX_CHARS, Figure.BOX_LINES);
        rowHeight = Math.max(rowHeight, Figure.boxHeight(text, step.kind()));
      }
      double x = MARGIN;
      Figure.Box previous = null;
      for (int p = 0; p < steps.size(); p++) {
        RouteStep step = steps.get(p);
        ImmutableList<String> text = Markup.wrap(step.label(), Figure.BOX_CHARS, Figure.BOX_LINES);
        Optional<ChainStep> via = step.via();
        String words = via.map(ChainFigure::words).orElse("");
        if (previous != null) {
          x += Math.max(MIN_GAP, words.length() * Figure.CHAR_WIDTH + 24);
        }
        Figure.Box box = new Figure.Box(step.id(), Markup.anchor(caseId, "chain", (r + 1) + "-" + p),
            Markup.anchor(caseId, "element", step.id()), step.label(), text, step.kind(),
            "sst-kind-" + Markup.fragment(step.kind()), x, y, Figure.boxWidth(text, step.kind()), rowHeight);
        if (previous != null && via.isPresent()) {
          double mid = y + rowHeight / 2;
          Figure.Point start = new Figure.Point(previous.x() + previous.width(), mid);
          Figure.Point end = new Figure.Point(box.x(), mid);
          Figure.LineKind kind = via.get().kind() == StepKind.ABSENT_FOR ? Figure.LineKind.ABSENT
              : Figure.LineKind.PLAIN;
          lines.add(new Figure.Line(previous.id(), box.id(), kind, words + " (in " + via.get().cycle() + ")",
              ImmutableList.of(words), ImmutableList.of(start, end),
              Optional.of(new Figure.Point(start.x() + 6, mid - Figure.LINE_HEIGHT - 4))));
        }
        boxes.add(box);
        previous = box;
        x += box.width();
      }
      width = Math.max(width, x + MARGIN);
      y += rowHeight + ROW_GAP;
    }
    return new Figure(title, "Each row is one path of the chain of structuration, read from left to right; each"
        + " arrow says what the step does: conditions, informs, produces (creates, reproduces, changes, erodes),"
        + " enacted in, or absent for (dashed).", width, routes.isEmpty() ? 0 : y - ROW_GAP + MARGIN,
        boxes.build(), lines.build());
  }
}

package org.sstlib.report;

import java.util.List;
import java.util.Optional;
import org.sstlib.core.Case;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Structure;
import org.sstlib.rdf.query.ChainPaths;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.Field;
import org.sstlib.rdf.query.FieldCycle;
import org.sstlib.rdf.query.QueryParameterException;
import org.sstlib.rdf.query.RouteStep;
import org.sstlib.rdf.query.SstQueries;

/**
 * The chain section of a case: the paths of the chain of structuration from one element to another as one figure
 * (the paths drawn together, read from left to right) and the same paths as a list, one item a path, each element
 * with the role it plays on that path and the cycle it plays it in. By default the chain runs from a structure in the
 * first cycle's external role to the last cycle's position-practice (first and last in the order of the field).
 */
final class ChainSection {
  private ChainSection() {}

  /** How many paths are written out one by one below the figure, shortest first. */
  static final int LISTED_PATHS = 10;

  /** The default ends of the chain of a case, if it has them. */
  static Optional<String[]> defaults(Case study, Field field) {
    List<Cycle> cycles = CaseReport.ordered(study, field);
    Optional<String> from = cycles.stream().flatMap(c -> c.external().stream()).map(Condition::ref)
        .filter(id -> study.element(id, Structure.class).isPresent()).findFirst();
    Optional<String> to = Optional.empty();
    for (int i = cycles.size() - 1; i >= 0 && to.isEmpty(); i--) {
      to = cycles.get(i).positionPractice();
    }
    return from.isPresent() && to.isPresent() ? Optional.of(new String[] {from.get(), to.get()})
        : Optional.empty();
  }

  static void write(Html html, Case study, Field field, SstQueries queries, ReportOptions options, int level) {
    String c = study.id();
    Optional<String[]> ends = options.from().isPresent() && options.to().isPresent()
        ? Optional.of(new String[] {options.from().get(), options.to().get()}) : defaults(study, field);
    if (options.from().isPresent() != options.to().isPresent()) {
      Optional<String[]> d = defaults(study, field);
      ends = d.map(e -> new String[] {options.from().orElse(e[0]), options.to().orElse(e[1])});
    }
    if (ends.isEmpty()) {
      html.raw("<p>No chain is drawn: the case has no structure in a cycle's external role or no cycle with a"
          + " position-practice.</p>\n");
      return;
    }
    String from = ends.get()[0];
    String to = ends.get()[1];
    html.raw("<p>From ");
    Findings.elementLink(html, study, from);
    html.raw(" to ");
    Findings.elementLink(html, study, to);
    html.raw(".</p>\n");
    ChainPaths paths;
    try {
      paths = queries.chainPaths(from, to, CaseReport.CHAIN_PATHS, 12);
    } catch (QueryParameterException e) {
      html.raw("<p>No chain is drawn: ").text(e.getMessage()).raw("</p>\n");
      return;
    }
    List<ChainRoute> routes = paths.routes().stream().filter(r -> r.caseId().equals(c)).toList();
    if (routes.isEmpty()) {
      html.raw("<p>No path of the chain of structuration leads from the one to the other.</p>\n");
      return;
    }
    if (!paths.complete()) {
      html.raw("<p>The figure draws the first " + paths.shown() + " paths, shortest first, of "
          + paths.found() + (paths.countStopped() ? " or more" : "") + " found.</p>\n");
    }
    Figure figure = ChainFigure.of(study, "The chain from " + label(study, from) + " to " + label(study, to),
        routes);
    CaseReport.figure(html, Svg.write(figure, Markup.anchor(c, "figure", "chain"), "element", false),
        Markup.anchor(c, "list", "chain"), "The chain: every path drawn, read from left to right, an element that"
            + " several paths pass through drawn once; each agency names the cycle it acts in; each arrow says what"
            + " the step does; dashed: absent for.");
    // The figure's text alternative: every arrow it draws, in its order, which is the same content; then the
    // shortest paths one by one, each step with its role, for a reader who follows a path rather than a picture.
    html.heading(level, "", "The chain as a list");
    html.raw("<ol id=\"" + Markup.anchor(c, "list", "chain") + "\" class=\"sst-alt\">\n");
    for (Figure.Line line : figure.lines()) {
      html.raw("<li>");
      Findings.elementLink(html, study, line.from());
      html.raw(" <span class=\"sst-step\">&#8594; ").text(String.join(" ", line.text())).raw(" &#8594;</span> ");
      Findings.elementLink(html, study, line.to());
      html.raw(" <span class=\"sst-q\">(").text(line.label().substring(line.label().indexOf('(') + 1));
      html.raw(line.kind() == Figure.LineKind.ABSENT ? " <span class=\"sst-mark\">absent</span></span></li>\n"
          : "</span></li>\n");
    }
    html.raw("</ol>\n");
    int shown = Math.min(LISTED_PATHS, routes.size());
    html.heading(level, "", shown == routes.size() ? "The paths one by one"
        : "The " + shown + " shortest paths one by one");
    html.raw("<ol class=\"sst-alt\">\n");
    for (ChainRoute route : routes.subList(0, shown)) {
      html.raw("<li>");
      for (RouteStep step : route.steps()) {
        step.via().ifPresent(v -> html.raw(" <span class=\"sst-step\">&#8594; ").text(ChainFigure.words(v))
            .raw(" &#8594;</span> "));
        Findings.elementLink(html, study, step.id());
        html.raw(" <span class=\"sst-q\">(");
        role(html, study, step.role());
        html.raw(")</span>");
      }
      html.raw("</li>\n");
    }
    html.raw("</ol>\n");
  }

  /**
   * A step's role with each cycle named by its label and linked to its section: the chain query writes a role as
   * parts such as "outcome of partnership-strategy, external in bcf-planning", each ending with a cycle's id. A part
   * that ends with no cycle of the case is written as it is.
   */
  static void role(Html html, Case study, String role) {
    String[] parts = role.split(", ");
    for (int i = 0; i < parts.length; i++) {
      html.raw(i == 0 ? "" : ", ");
      String part = parts[i];
      int space = part.lastIndexOf(' ');
      Optional<Cycle> cycle = space < 0 ? Optional.empty()
          : study.element(part.substring(space + 1), Cycle.class);
      if (cycle.isPresent()) {
        html.text(part.substring(0, space + 1)).link(Markup.anchor(study.id(), "cycle", cycle.get().id()),
            cycle.get().label());
      } else {
        html.text(part);
      }
    }
  }

  private static String label(Case study, String id) {
    return study.element(id).map(e -> e.label()).orElse(id);
  }
}

package org.sstlib.report;

import com.google.common.collect.ImmutableListMultimap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.Case;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Cycle;
import org.sstlib.core.Element;
import org.sstlib.core.Evidence;
import org.sstlib.core.Event;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Source;
import org.sstlib.core.Structure;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.Field;
import org.sstlib.rdf.query.FieldCycle;
import org.sstlib.rdf.query.FieldLink;
import org.sstlib.rdf.query.SstQueries;

/**
 * The report of one case, as a part of the page: its contents, the field figure, the chain figure, each cycle's
 * quadripartite figure, the findings, the elements and the evidence, every figure followed by its text alternative.
 */
final class CaseReport {
  private CaseReport() {}

  /** A DOI as the DOI handbook writes one; only such a DOI becomes a link, to doi.org. */
  private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+");

  /** How many paths the chain figure draws at most. */
  static final int CHAIN_PATHS = 200;

  static void write(Html html, Case study, SstQueries queries, ReportOptions options, int level) {
    String c = study.id();
    Field field = queries.field();
    html.raw("<article class=\"sst-case\" id=\"" + Markup.anchor(c, "case", "report") + "\">\n");
    html.heading(level, Markup.anchor(c, "case", "title"), study.title());
    html.raw("<p class=\"sst-meta\">Case <code>").text(c).raw("</code>");
    study.citation().ifPresent(t -> html.raw(". ").label(t));
    study.doi().ifPresent(d -> {
      html.raw(" DOI: ");
      if (DOI.matcher(d).matches()) {
        html.raw("<a href=\"https://doi.org/").text(d).raw("\">").text(d).raw("</a>");
      } else {
        html.text(d);
      }
    });
    html.raw("</p>\n");
    contents(html, study);
    html.raw("<section class=\"sst-figure-block\">\n");
    html.heading(level + 1, Markup.anchor(c, "section", "field"), "The field of practices");
    List<FeedbackLoop> loops = queries.feedback();
    if (FieldSummary.needed(study, field)) {
      FieldSummary.Summary summary = FieldSummary.of(study, field, loops);
      FieldSummary.note(html, study, summary, Markup.anchor(c, "list", "field"));
      figure(html, Svg.write(FieldSummary.figure(study, summary), Markup.anchor(c, "figure", "field"), "scale",
          false), Markup.anchor(c, "list", "field-summary"), "A summary of the field: one box per scale, macro at"
              + " the top and micro at the bottom, with the number of its cycles; each line counts the links from"
              + " cycles of one scale to cycles of another. Solid: an outcome that is an entry of another cycle;"
              + " dashed: through an entry unavailable at the moment of action; dotted: on a feedback loop;"
              + " dash-dot: one cycle follows another. Each box links to its scale in the list.");
      html.heading(level + 2, "", "The summary as a list");
      FieldSummary.list(html, study, summary, Markup.anchor(c, "list", "field-summary"));
    } else {
      figure(html, Svg.write(FieldFigure.of(study, field, loops), Markup.anchor(c, "figure", "field"), "cycle",
          false), Markup.anchor(c, "list", "field"), "The field: a band for each scale, macro at the top and micro"
              + " at the bottom; time from left to right. Solid: an outcome that is an entry of another cycle;"
              + " dashed: through an entry unavailable at the moment of action; dotted: a feedback loop; dash-dot:"
              + " one cycle follows another. A box names each intended outcome of its cycle that was not realised."
              + " Each box links to its cycle.");
    }
    fieldList(html, study, field, level + 2);
    html.raw("</section>\n");
    html.raw("<section class=\"sst-figure-block\">\n");
    html.heading(level + 1, Markup.anchor(c, "section", "chain"), "The chain");
    ChainSection.write(html, study, field, queries, options, level + 2);
    html.raw("</section>\n");
    html.raw("<section>\n");
    html.heading(level + 1, Markup.anchor(c, "section", "cycles"), "The cycles");
    ImmutableListMultimap.Builder<String, Evidence> supports = ImmutableListMultimap.builder();
    study.evidence().forEach(e -> e.supports().forEach(s -> supports.put(s, e)));
    ImmutableListMultimap<String, Evidence> bySupport = supports.build();
    List<Cycle> cycles = ordered(study, field);
    if (cycles.size() > CycleIndex.MAX_PANELS) {
      CycleIndex.note(html, study, cycles.size());
    }
    for (Cycle cycle : cycles.subList(0, Math.min(cycles.size(), CycleIndex.MAX_PANELS))) {
      CycleSection.write(html, study, cycle, queries.quadripartite(cycle.id()).stream()
          .filter(e -> e.caseId().equals(c)).toList(), bySupport, level + 2);
    }
    if (cycles.size() > CycleIndex.MAX_PANELS) {
      CycleIndex.list(html, study, cycles.subList(CycleIndex.MAX_PANELS, cycles.size()), level + 2);
    }
    html.raw("</section>\n");
    html.raw("<section>\n");
    html.heading(level + 1, Markup.anchor(c, "section", "findings"), "Findings");
    for (String[] s : Findings.SECTIONS) {
      html.heading(level + 2, Markup.anchor(c, "section", s[0]), s[1]);
      switch (s[0]) {
        case "feedback" -> Findings.feedback(html, study, queries.feedback());
        case "absences" -> Findings.absences(html, study, queries.unavailable());
        case "unrealised" -> Findings.unrealised(html, study, queries.unrealised());
        case "interpretations" -> Findings.interpretations(html, study, queries.interpretations());
        default -> Findings.forces(html, study, queries.forces());
      }
    }
    html.raw("</section>\n");
    elements(html, study, level + 1);
    evidence(html, study, level + 1);
    html.raw("</article>\n");
  }

  /** The cycles in the order of the field (macro to micro, then by follows and time), then any the field lacks. */
  static List<Cycle> ordered(Case study, Field field) {
    Map<String, Integer> order = new HashMap<>();
    field.cycles().stream().filter(f -> f.caseId().equals(study.id()))
        .forEach(f -> order.putIfAbsent(f.cycle(), order.size()));
    return study.cycles().stream().sorted((a, b) -> Integer.compare(order.getOrDefault(a.id(), Integer.MAX_VALUE),
        order.getOrDefault(b.id(), Integer.MAX_VALUE))).toList();
  }

  private static void contents(Html html, Case study) {
    String c = study.id();
    html.raw("<nav class=\"sst-contents\" aria-label=\"").text("Contents of " + study.title()).raw("\"><ul>\n");
    item(html, c, "field", "The field of practices");
    item(html, c, "chain", "The chain");
    html.raw("<li>").link(Markup.anchor(c, "section", "cycles"), "The cycles").raw("<ul>");
    if (study.cycles().size() > CycleIndex.MAX_PANELS) {
      // Thousands of links would bury the rest of the contents; the field's list links every cycle.
      html.raw("<li>").link(Markup.anchor(c, "list", "field"), String.format(Locale.ROOT, "All %,d cycles, in the"
          + " field as a list", study.cycles().size())).raw("</li>");
      html.raw("<li>").link(Markup.anchor(c, "section", "more-cycles"), "The cycles without panels").raw("</li>");
    } else {
      for (Cycle cycle : study.cycles()) {
        html.raw("<li>").link(Markup.anchor(c, "cycle", cycle.id()), cycle.label()).raw("</li>");
      }
    }
    html.raw("</ul></li>\n<li>").link(Markup.anchor(c, "section", "findings"), "Findings").raw("<ul>");
    for (String[] s : Findings.SECTIONS) {
      item(html, c, s[0], s[1]);
    }
    html.raw("</ul></li>\n");
    item(html, c, "elements", "Elements");
    item(html, c, "evidence", "Evidence");
    html.raw("</ul></nav>\n");
  }

  private static void item(Html html, String c, String section, String title) {
    html.raw("<li>").link(Markup.anchor(c, "section", section), title).raw("</li>\n");
  }

  /** A figure with its caption, described by the list that follows it. */
  static void figure(Html html, String svg, String listId, String caption) {
    html.raw("<figure class=\"sst-figure-frame\" aria-describedby=\"" + listId + "\">\n<div class=\"sst-scroll\">")
        .raw(svg).raw("</div>\n<figcaption>").text(caption).raw(" The same content follows as a list.")
        .raw("</figcaption>\n</figure>\n");
  }

  /** The field figure's text alternative: each cycle with its scale and the links out of it. */
  private static void fieldList(Html html, Case study, Field field, int level) {
    String c = study.id();
    html.heading(level, "", "The field as a list");
    html.raw("<ol id=\"" + Markup.anchor(c, "list", "field") + "\" class=\"sst-alt\">\n");
    // The links grouped once: asking the field for each cycle's links would cost cycles times links.
    ImmutableListMultimap<String, FieldLink> from = field.links().stream().filter(l -> l.caseId().equals(c))
        .collect(ImmutableListMultimap.toImmutableListMultimap(FieldLink::fromCycle, l -> l));
    for (FieldCycle f : field.cycles().stream().filter(x -> x.caseId().equals(c)).toList()) {
      html.raw("<li>").link(Markup.anchor(c, "cycle", f.cycle()), f.label())
          .raw(" (" + f.scale().map(CodeListValue::code).orElse("no scale"));
      f.time().ifPresent(t -> html.raw(", ").label(t));
      html.raw(")");
      if (!f.follows().isEmpty()) {
        html.raw("; follows ");
        Findings.elements(html, study, f.follows());
      }
      study.element(f.cycle(), Cycle.class).ifPresent(cycle -> cycle.outcomes().stream().filter(o -> !o.realised())
          .forEach(o -> {
            html.raw("; intended, <strong class=\"sst-mark\">not realised</strong>: ");
            Findings.elementLink(html, study, o.ref());
          }));
      List<FieldLink> out = from.get(f.cycle());
      if (!out.isEmpty()) {
        html.raw("<ul>");
        for (FieldLink l : out) {
          html.raw("<li>");
          Findings.elementLink(html, study, l.element());
          html.raw(" &#8594; " + l.role() + " entry of ");
          Findings.elementLink(html, study, l.toCycle());
          l.effect().ifPresent(e -> html.raw(", " + e.code()));
          if (!l.available()) {
            html.raw(" <strong class=\"sst-mark\">absent</strong> (unavailable at the moment of action)");
          }
          html.raw("</li>");
        }
        html.raw("</ul>");
      }
      html.raw("</li>\n");
    }
    html.raw("</ol>\n");
  }

  /** Every element of the case but its cycles, with its anchor, label, id and description. */
  private static void elements(Html html, Case study, int level) {
    String c = study.id();
    html.raw("<section>\n");
    html.heading(level, Markup.anchor(c, "section", "elements"), "Elements");
    html.raw("<dl class=\"sst-elements\">\n");
    for (Element e : study.elements().values().stream().filter(e -> !(e instanceof Cycle))
        .sorted((a, b) -> a.id().compareTo(b.id())).toList()) {
      html.raw("<dt id=\"" + Markup.anchor(c, "element", e.id()) + "\">").label(e.label()).raw(" <code>")
          .text(e.id()).raw("</code></dt>\n<dd>").text(kind(e));
      e.scale().ifPresent(s -> html.raw(", " + s.code()));
      if (e instanceof Structure s && !s.internalTo().isEmpty()) {
        html.raw("; internal to ");
        Findings.elements(html, study, s.internalTo());
      }
      if (e instanceof Structure s && !s.about().isEmpty()) {
        html.raw("; about ");
        Findings.elements(html, study, s.about());
      }
      html.raw(".");
      e.description().ifPresent(d -> html.raw(" ").label(d));
      List<String> items = study.evidence().stream()
          .filter(ev -> ev.supports().stream().anyMatch(s -> s.equals(e.id()) || s.endsWith("/" + e.id())))
          .map(Evidence::id).toList();
      if (!items.isEmpty()) {
        html.raw(" Evidence");
        Findings.evidence(html, study, items);
      }
      html.raw("</dd>\n");
    }
    html.raw("</dl>\n</section>\n");
  }

  private static String kind(Element e) {
    if (e instanceof Structure s) {
      return "structure" + s.form().map(f -> " (" + f.code() + ")").orElse("");
    } else if (e instanceof Agent a) {
      return "agent (" + a.type().code() + ")";
    }
    return e instanceof PositionPractice ? "position-practice" : e instanceof Event ? "event"
        : e instanceof ActiveAgency ? "active agency" : e.typeName();
  }

  /** Every evidence item, with its id as anchor, quote, source, kind, locator and note. */
  private static void evidence(Html html, Case study, int level) {
    String c = study.id();
    Map<String, Source> sources = study.sources().stream().collect(Collectors.toMap(Source::id, s -> s,
        (a, b) -> a));
    html.raw("<section>\n");
    html.heading(level, Markup.anchor(c, "section", "evidence"), "Evidence");
    html.raw("<ol class=\"sst-evidence\">\n");
    for (Evidence e : study.evidence()) {
      html.raw("<li id=\"" + Markup.anchor(c, "evidence", e.id()) + "\"><p><code>").text(e.id()).raw("</code>");
      e.kind().ifPresent(k -> html.raw(" (" + k.code() + ")"));
      html.raw("; source <code>").text(e.source()).raw("</code>");
      Optional.ofNullable(sources.get(e.source())).flatMap(Source::title).ifPresent(t -> html.raw(", ").label(t));
      e.locator().ifPresent(l -> html.raw(", ").label(l));
      e.speakerRole().ifPresent(r -> html.raw("; speaker: ").label(r));
      html.raw("</p>");
      e.quote().ifPresent(q -> html.raw("<blockquote>").label(q).raw("</blockquote>"));
      e.note().ifPresent(n -> html.raw("<p class=\"sst-note\">Note: ").label(n).raw("</p>"));
      html.raw("<p>Supports: ");
      for (int i = 0; i < e.supports().size(); i++) {
        String s = e.supports().get(i);
        html.raw(i == 0 ? "" : ", ");
        int slash = s.indexOf('/');
        if (slash > 0) {
          Findings.elementLink(html, study, s.substring(slash + 1));
          html.raw(" in ");
          Findings.elementLink(html, study, s.substring(0, slash));
        } else {
          Findings.elementLink(html, study, s);
        }
      }
      html.raw("</p></li>\n");
    }
    html.raw("</ol>\n</section>\n");
  }
}

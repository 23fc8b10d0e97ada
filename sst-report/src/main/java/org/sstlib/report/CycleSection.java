package org.sstlib.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sstlib.core.Case;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Cycle;
import org.sstlib.core.Element;
import org.sstlib.core.Evidence;
import org.sstlib.rdf.query.QuadripartiteEntry;

/**
 * One cycle's section: what the cycle is, and its quadripartite figure as four panels in the arrangement Stones
 * (2005) and Hughes et al. (2022) use: external structures (with the material conditions at the moment of action),
 * internal structures, active agency, outcomes. Each entry shows its effect, force and availability in words (an
 * unavailable entry struck through and marked "absent"), and links to the element and to its evidence. The panels are
 * HTML, so the figure is its own text.
 */
final class CycleSection {
  private CycleSection() {}

  /**
   * Writes the section.
   *
   * @param evidence the case's evidence by what it supports: element ids and {@code cycle/element} claims
   */
  static void write(Html html, Case study, Cycle cycle, List<QuadripartiteEntry> entries,
      ImmutableListMultimap<String, Evidence> evidence, int level) {
    String c = study.id();
    html.raw("<section class=\"sst-cycle\" aria-labelledby=\"" + Markup.anchor(c, "cycle", cycle.id()) + "\">\n");
    html.heading(level, Markup.anchor(c, "cycle", cycle.id()), "Cycle: " + cycle.label());
    html.raw("<p class=\"sst-meta\">Cycle <code>").text(cycle.id()).raw("</code>; scale: ")
        .text(cycle.scale().map(CodeListValue::code).orElse("not given"));
    cycle.time().ifPresent(t -> html.raw("; time: ").label(t));
    html.raw("; site: ").label(cycle.site()).raw(". Agent-in-focus: ");
    element(html, study, cycle.agentInFocus());
    if (!cycle.agentsInContext().isEmpty()) {
      html.raw("; agents-in-context: ");
      join(html, study, cycle.agentsInContext());
    }
    cycle.positionPractice().ifPresent(pp -> {
      html.raw("; position-practice: ");
      element(html, study, pp);
    });
    if (!cycle.follows().isEmpty()) {
      html.raw("; follows: ");
      for (int i = 0; i < cycle.follows().size(); i++) {
        String f = cycle.follows().get(i);
        html.raw(i == 0 ? "" : ", ");
        if (study.element(f).isPresent()) {
          html.link(Markup.anchor(c, "cycle", f), study.element(f).get().label());
        } else {
          html.text(f);
        }
      }
    }
    html.raw(".</p>\n");
    cycle.description().ifPresent(d -> html.raw("<p>").label(d).raw("</p>\n"));
    html.raw("<div class=\"sst-quad\" role=\"group\" aria-label=\"")
        .text("The quadripartite cycle of " + cycle.label()).raw("\">\n");
    panel(html, study, cycle, entries, evidence, level + 1, "external", "1. External structures",
        ImmutableList.of("external"));
    panel(html, study, cycle, entries, evidence, level + 1, "internal", "2. Internal structures",
        ImmutableList.of("internal"));
    panel(html, study, cycle, entries, evidence, level + 1, "agency", "3. Active agency",
        ImmutableList.of("agency"));
    panel(html, study, cycle, entries, evidence, level + 1, "outcomes", "4. Outcomes", ImmutableList.of("outcome"));
    html.raw("</div>\n");
    List<QuadripartiteEntry> material = entries.stream().filter(e -> e.role().equals("material")).toList();
    if (!material.isEmpty()) {
      html.raw("<div class=\"sst-material\">");
      html.heading(level + 1, "", "Material and embodied conditions at the moment of action");
      list(html, study, cycle, material, evidence);
      html.raw("</div>\n");
    }
    html.raw("</section>\n");
  }

  private static void panel(Html html, Case study, Cycle cycle, List<QuadripartiteEntry> entries,
      ImmutableListMultimap<String, Evidence> evidence, int level, String style, String title, List<String> roles) {
    html.raw("<div class=\"sst-panel sst-panel-" + style + "\">");
    html.heading(level, "", title);
    List<QuadripartiteEntry> in = entries.stream().filter(e -> roles.contains(e.role())).toList();
    if (in.isEmpty()) {
      html.raw("<p>None recorded.</p>");
    } else {
      list(html, study, cycle, in, evidence);
    }
    html.raw("</div>\n");
  }

  private static void list(Html html, Case study, Cycle cycle, List<QuadripartiteEntry> entries,
      ImmutableListMultimap<String, Evidence> evidence) {
    html.raw("<ul>");
    for (QuadripartiteEntry e : entries) {
      boolean absent = e.available().equals(Optional.of(false)) || e.realised().equals(Optional.of(false));
      html.raw(absent ? "<li class=\"sst-unavailable\">" : "<li>");
      html.raw("<a href=\"#" + Markup.anchor(study.id(), "element", e.element()) + "\">");
      html.raw(absent ? "<s>" : "").label(e.label()).raw(absent ? "</s>" : "").raw("</a>");
      if (e.available().equals(Optional.of(false))) {
        html.raw(" <strong class=\"sst-mark\">absent</strong>");
      }
      if (e.realised().equals(Optional.of(false))) {
        html.raw(" <strong class=\"sst-mark\">not realised</strong>");
      }
      String qualities = qualities(e);
      if (!qualities.isEmpty()) {
        html.raw(" <span class=\"sst-q\">(").text(qualities).raw(")</span>");
      }
      List<Evidence> items = ImmutableList.<Evidence>builder().addAll(evidence.get(e.element()))
          .addAll(evidence.get(cycle.id() + "/" + e.element())).build().stream().distinct().toList();
      if (!items.isEmpty()) {
        html.raw(" <span class=\"sst-ev\">evidence: ");
        for (int i = 0; i < items.size(); i++) {
          html.raw(i == 0 ? "" : ", ");
          html.raw("<a href=\"#" + Markup.anchor(study.id(), "evidence", items.get(i).id()) + "\">")
              .text(items.get(i).id()).raw("</a>");
        }
        html.raw("</span>");
      }
      html.raw("</li>");
    }
    html.raw("</ul>");
  }

  /** Effect, force, change, term, intention and reflexivity, in words. */
  static String qualities(QuadripartiteEntry e) {
    return java.util.stream.Stream.of(e.effect(), e.force(), e.change(), e.term(), e.reflexivity())
        .flatMap(Optional::stream).map(v -> ((CodeListValue) v).code().replace('-', ' '))
        .collect(Collectors.collectingAndThen(Collectors.toList(), words -> {
          e.intended().ifPresent(i -> words.add("intended: " + i.code()));
          return String.join(", ", words);
        }));
  }

  private static void element(Html html, Case study, String id) {
    Optional<Element> e = study.element(id);
    if (e.isPresent()) {
      html.link(Markup.anchor(study.id(), "element", id), e.get().label());
    } else {
      html.text(id);
    }
  }

  private static void join(Html html, Case study, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      html.raw(i == 0 ? "" : ", ");
      element(html, study, ids.get(i));
    }
  }
}

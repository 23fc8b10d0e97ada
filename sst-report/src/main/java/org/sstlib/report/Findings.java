package org.sstlib.report;

import java.util.List;
import org.sstlib.core.Case;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Element;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.ForceRow;
import org.sstlib.rdf.query.Interpretation;
import org.sstlib.rdf.query.UnavailableEntry;
import org.sstlib.rdf.query.UnrealisedOutcome;

/**
 * The findings sections of a case, each from a named query: feedback loops, absences, unrealised intended outcomes,
 * interpretations, irresistible forces. Each says so when the case has none.
 */
final class Findings {
  private Findings() {}

  /** The findings sections, with the titles and the fragments of their headings, in order. */
  static final List<String[]> SECTIONS = List.of(
      new String[] {"feedback", "Feedback loops"},
      new String[] {"absences", "Absences: entries unavailable at the moment of action"},
      new String[] {"unrealised", "Intended outcomes that did not come about"},
      new String[] {"interpretations", "Interpretations: how agents understand an element"},
      new String[] {"forces", "Irresistible forces"});

  static void feedback(Html html, Case study, List<FeedbackLoop> loops) {
    if (none(html, loops, "No feedback loop: no agency reproduces, changes or erodes a structure that leads back"
        + " to it.")) {
      return;
    }
    html.raw("<ul>");
    for (FeedbackLoop loop : loops) {
      html.raw("<li>");
      elementLink(html, study, loop.structure());
      html.raw(" is " + loop.change().code() + " through ");
      cycles(html, study, loop.cycles());
      html.raw(": ");
      for (int i = 0; i < loop.loop().steps().size(); i++) {
        ChainStep step = loop.loop().steps().get(i);
        if (i == 0) {
          elementLink(html, study, step.from());
        }
        html.raw(" <span class=\"sst-step\">&#8594; ").text(ChainFigure.words(step)).raw(" &#8594;</span> ");
        elementLink(html, study, step.to());
      }
      html.raw("</li>\n");
    }
    html.raw("</ul>\n");
  }

  static void absences(Html html, Case study, List<UnavailableEntry> entries) {
    if (none(html, entries, "No entry is marked unavailable at the moment of action.")) {
      return;
    }
    html.raw("<ul>");
    for (UnavailableEntry e : entries) {
      html.raw("<li><a href=\"#" + Markup.anchor(study.id(), "element", e.element()) + "\"><s>").label(e.label())
          .raw("</s></a> <strong class=\"sst-mark\">absent</strong> (" + e.role() + " entry of ");
      cycles(html, study, List.of(e.cycle()));
      e.effect().ifPresent(v -> html.raw("; it would have " + v.code()));
      e.force().ifPresent(v -> html.raw("; " + v.code().replace('-', ' ')));
      html.raw(")");
      if (!e.constrains().isEmpty()) {
        html.raw("; absent for ");
        elements(html, study, e.constrains());
      }
      html.raw("</li>\n");
    }
    html.raw("</ul>\n");
  }

  static void unrealised(Html html, Case study, List<UnrealisedOutcome> outcomes) {
    if (none(html, outcomes, "No intended outcome is marked as not realised.")) {
      return;
    }
    html.raw("<ul>");
    for (UnrealisedOutcome o : outcomes) {
      html.raw("<li class=\"sst-unavailable\"><a href=\"#" + Markup.anchor(study.id(), "element", o.outcome())
          + "\"><s>").label(o.label()).raw("</s></a> <strong class=\"sst-mark\">not realised</strong> (outcome of ");
      cycles(html, study, List.of(o.cycle()));
      html.raw(")");
      if (!o.intendedBy().isEmpty()) {
        html.raw("; intended by ");
        elements(html, study, o.intendedBy());
      }
      if (!o.instead().isEmpty()) {
        html.raw("; instead: ");
        elements(html, study, o.instead());
      }
      evidence(html, study, o.evidence());
      html.raw("</li>\n");
    }
    html.raw("</ul>\n");
  }

  static void interpretations(Html html, Case study, List<Interpretation> rows) {
    if (none(html, rows, "No element is interpreted by internal structures of two or more agents.")) {
      return;
    }
    html.raw("<ul>");
    for (Interpretation i : rows) {
      html.raw("<li>");
      elementLink(html, study, i.about());
      html.raw(": ");
      elementLink(html, study, i.structure());
      i.kind().ifPresent(k -> html.raw(" (" + k.code().replace('-', ' ') + ")"));
      html.raw(", held by ");
      elements(html, study, i.holders());
      html.raw("</li>\n");
    }
    html.raw("</ul>\n");
  }

  static void forces(Html html, Case study, List<ForceRow> rows) {
    if (none(html, rows, "No entry is classified as an irresistible force.")) {
      return;
    }
    html.raw("<ul>");
    for (ForceRow f : rows) {
      html.raw("<li>");
      elementLink(html, study, f.element());
      html.raw(" bore on ");
      elementLink(html, study, f.agentInFocus());
      html.raw(" as an irresistible force (" + f.role() + " entry of ");
      cycles(html, study, List.of(f.cycle()));
      f.effect().ifPresent(v -> html.raw("; " + v.code()));
      html.raw(f.available() ? ")" : "; <strong class=\"sst-mark\">absent</strong>)");
      if (!f.sacrifices().isEmpty()) {
        html.raw("; resisting would have cost: ").label(String.join("; ", f.sacrifices()));
      }
      if (!f.lacking().isEmpty()) {
        html.raw("; lacking: ").text(String.join(", ",
            f.lacking().stream().map(CodeListValue::code).toList()));
      }
      html.raw("</li>\n");
    }
    html.raw("</ul>\n");
  }

  private static boolean none(Html html, List<?> rows, String message) {
    if (rows.isEmpty()) {
      html.raw("<p>").text(message).raw("</p>\n");
      return true;
    }
    return false;
  }

  /** A link to an element's entry, or to a cycle's section, by the element's label. */
  static void elementLink(Html html, Case study, String id) {
    Element e = study.element(id).orElse(null);
    if (e == null) {
      html.raw("<code>").text(id).raw("</code>");
    } else if (e instanceof org.sstlib.core.Cycle) {
      html.link(Markup.anchor(study.id(), "cycle", id), e.label());
    } else {
      html.link(Markup.anchor(study.id(), "element", id), e.label());
    }
  }

  static void elements(Html html, Case study, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      html.raw(i == 0 ? "" : ", ");
      elementLink(html, study, ids.get(i));
    }
  }

  private static void cycles(Html html, Case study, List<String> ids) {
    elements(html, study, ids);
  }

  static void evidence(Html html, Case study, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    html.raw("; evidence: ");
    for (int i = 0; i < ids.size(); i++) {
      html.raw(i == 0 ? "" : ", ");
      html.raw("<a href=\"#" + Markup.anchor(study.id(), "evidence", ids.get(i)) + "\">").text(ids.get(i))
          .raw("</a>");
    }
  }
}

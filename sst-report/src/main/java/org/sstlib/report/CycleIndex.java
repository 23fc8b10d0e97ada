package org.sstlib.report;

import java.util.List;
import java.util.Locale;
import org.sstlib.core.Case;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Cycle;

/**
 * The cycles of a large case past the ones whose quadripartite panels the page shows: a note saying how many cycles
 * have panels and how to get the rest, then each remaining cycle as one item of a list, with its anchor (so every
 * link to it resolves), its scale, time, agent-in-focus and position-practice, read from the case without a query.
 */
final class CycleIndex {
  private CycleIndex() {}

  /**
   * The most cycles whose quadripartite panels the page shows. Each cycle's panels cost a query and about 1.8 KB
   * of page: the bench's 100,000-triple field (1,176 cycles) spent about 4 s and 2.1 MB on them. At 500 the panels
   * stay under about 1 MB and 2 s, and a field of thousands of cycles (a million triples: about 11,000) does not
   * reach tens of megabytes; past it a cycle is listed in a line of about 400 bytes.
   */
  static final int MAX_PANELS = 500;

  /** The note before the cycles' sections when some cycles get no panels. */
  static void note(Html html, Case study, int cycles) {
    html.raw("<p class=\"sst-note\"><strong>Panels for the first " + MAX_PANELS + " cycles.</strong> ")
        .text("This case has " + String.format(Locale.ROOT, "%,d", cycles) + " cycles. The quadripartite panels are"
            + " shown for the first " + MAX_PANELS + " in the order of the field (macro to micro, then in time);"
            + " the others are listed after them with what the cycle is. The figure of any cycle is written alone by"
            + " sst report --figure cycle:ID, and its table by the quadripartite query.")
        .raw("</p>\n");
  }

  /** The cycles past the limit, one item each. */
  static void list(Html html, Case study, List<Cycle> rest, int level) {
    String c = study.id();
    html.heading(level, Markup.anchor(c, "section", "more-cycles"), "The other cycles");
    html.raw("<ol class=\"sst-more-cycles\" start=\"" + (MAX_PANELS + 1) + "\">\n");
    for (Cycle cycle : rest) {
      html.raw("<li id=\"" + Markup.anchor(c, "cycle", cycle.id()) + "\">").label(cycle.label()).raw(" <code>")
          .text(cycle.id()).raw("</code> (").text(cycle.scale().map(CodeListValue::code).orElse("no scale"));
      cycle.time().ifPresent(t -> html.raw(", ").label(t));
      html.raw("). Agent-in-focus: ");
      Findings.elementLink(html, study, cycle.agentInFocus());
      cycle.positionPractice().ifPresent(pp -> {
        html.raw("; position-practice: ");
        Findings.elementLink(html, study, pp);
      });
      html.raw(".</li>\n");
    }
    html.raw("</ol>\n");
  }
}

package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.sstlib.core.Cycle;
import org.sstlib.rdf.query.QuadripartiteEntry;

/**
 * One cycle's quadripartite figure as a figure of its own: four labelled panels in a grid of two by two (external
 * structures with the material conditions after them, internal structures, active agency, outcomes), each entry a line of text with its effect, force and
 * other qualities in words and "absent" or "not realised" when it was so. The same panels as the report page's.
 */
final class CycleFigure {
  private CycleFigure() {}

  private static final double MARGIN = 8;
  private static final double GAP = 16;

  /** How many characters an entry's line holds in a panel. */
  private static final int PANEL_CHARS = 48;

  /** How many lines an entry takes at most before it is cut short. */
  private static final int ENTRY_LINES = 3;

  /** The panels: role, title. */
  private static final String[][] PANELS = {
    {"external", "1. External structures and material conditions"},
    {"internal", "2. Internal structures"},
    {"agency", "3. Active agency"},
    {"outcome", "4. Outcomes"},
  };

  /**
   * The figure of {@code cycle}.
   *
   * @param caseId the case's id
   * @param entries the cycle's entries in the case, in the quadripartite query's order
   */
  static Figure of(String caseId, Cycle cycle, List<QuadripartiteEntry> entries) {
    checkNotNull(cycle, "cycle");
    ImmutableList.Builder<ImmutableList<String>> texts = ImmutableList.builder();
    for (String[] panel : PANELS) {
      ImmutableList.Builder<String> text = ImmutableList.builder();
      // Material resources and embodied capacities (Hughes et al. 2022: distinct from internal and external social
      // structures) go in the first panel after the external structures, each marked "material".
      List<QuadripartiteEntry> in = entries.stream().filter(e -> e.role().equals(panel[0])
          || panel[0].equals("external") && e.role().equals("material")).toList();
      if (in.isEmpty()) {
        text.add("None recorded.");
      }
      for (QuadripartiteEntry e : in) {
        String entry = e.role().equals("material") ? "- material: " + line(e).substring(2) : line(e);
        text.addAll(Markup.wrap(entry, PANEL_CHARS, ENTRY_LINES));
      }
      texts.add(text.build());
    }
    ImmutableList<ImmutableList<String>> t = texts.build();
    double[] widths = new double[4];
    double[] heights = new double[4];
    for (int i = 0; i < 4; i++) {
      widths[i] = Figure.boxWidth(t.get(i), PANELS[i][1]);
      heights[i] = Figure.boxHeight(t.get(i), PANELS[i][1]);
    }
    double column = Math.max(Math.max(widths[0], widths[1]), Math.max(widths[2], widths[3]));
    double top = Math.max(heights[0], heights[1]);
    double bottom = Math.max(heights[2], heights[3]);
    ImmutableList.Builder<Figure.Box> boxes = ImmutableList.builder();
    for (int i = 0; i < 4; i++) {
      double x = MARGIN + (i % 2) * (column + GAP);
      double y = MARGIN + (i / 2) * (top + GAP);
      boxes.add(new Figure.Box(PANELS[i][0], Markup.anchor(caseId, "quad-" + PANELS[i][0], cycle.id()),
          Markup.anchor(caseId, "cycle", cycle.id()), PANELS[i][1], t.get(i), PANELS[i][1], "",
          x, y, column, i / 2 == 0 ? top : bottom));
    }
    return new Figure("The quadripartite cycle of " + cycle.label(),
        "Four panels: 1. the external structures and material conditions, 2. the internal structures, 3. the"
            + " active agency and 4. the outcomes of the cycle, each entry with its qualities in words; \"absent\" marks an entry unavailable"
            + " at the moment of action, \"not realised\" an outcome that did not come about.",
        2 * MARGIN + 2 * column + GAP, 2 * MARGIN + top + GAP + bottom, boxes.build(), ImmutableList.of());
  }

  /** An entry as a line: its label, then "absent" or "not realised", then its qualities. */
  static String line(QuadripartiteEntry e) {
    StringBuilder s = new StringBuilder("- ").append(e.label());
    if (e.available().equals(Optional.of(false))) {
      s.append(" [absent]");
    }
    if (e.realised().equals(Optional.of(false))) {
      s.append(" [not realised]");
    }
    String qualities = CycleSection.qualities(e);
    if (!qualities.isEmpty()) {
      s.append(" (").append(qualities).append(')');
    }
    return s.toString();
  }
}

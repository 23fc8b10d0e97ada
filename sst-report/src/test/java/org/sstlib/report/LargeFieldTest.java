package org.sstlib.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.Field;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;

/** A field too large to draw a box per cycle: the summary, its note, and a page that stays small. */
class LargeFieldTest {
  /** The most bytes a cycle may add to the page of a large field; the page of 600 cycles is about 1 MB. */
  static final int BYTES_PER_CYCLE = 2_500;

  @Test
  void theSummaryIsChosenAboveTheThresholdAndNotBelow() {
    Case under = LargeFields.field(FieldSummary.MAX_DRAWN_CYCLES);
    String page = Report.html(List.of(under), ReportOptions.defaults());
    assertFalse(page.contains("A summary, not every cycle."));
    for (Cycle c : under.cycles()) {
      assertTrue(page.contains("data-cycle=\"" + c.id() + "\""), "a box for " + c.id());
    }
    assertFalse(page.contains("data-scale="));

    Case over = LargeFields.field(FieldSummary.MAX_DRAWN_CYCLES + 1);
    page = Report.html(List.of(over), ReportOptions.defaults());
    assertTrue(page.contains("A summary, not every cycle."));
    assertFalse(page.contains("data-cycle="), "no box per cycle");
    for (String scale : List.of("macro", "meso", "micro", "no scale")) {
      assertTrue(page.contains("data-scale=\"" + scale + "\""), "a box for " + scale);
    }
    assertTrue(ReportTest.brokenLinks(page).isEmpty(), ReportTest.brokenLinks(page).toString());
    // The full content is still in the page: every cycle in the field's list.
    for (Cycle c : over.cycles()) {
      assertTrue(page.contains("<li><a href=\"#large--cycle--" + c.id() + "\">"), "listed: " + c.id());
    }
  }

  @Test
  void theNoteSaysHowManyCyclesWhyAndWhereTheyAre() {
    String page = Report.html(List.of(LargeFields.field(FieldSummary.MAX_DRAWN_CYCLES + 1)),
        ReportOptions.defaults());
    int note = page.indexOf("A summary, not every cycle.");
    int figure = page.indexOf("<svg", note);
    String text = page.substring(note, figure);
    assertTrue(text.contains("This field has 201 cycles, more than the 200 a figure can draw legibly"), text);
    assertTrue(text.contains("href=\"#large--list--field\""), "a link to the list");
    assertTrue(page.contains("aria-describedby=\"large--list--field-summary\""));
    assertTrue(page.contains("<ul id=\"large--list--field-summary\" class=\"sst-alt\">"), "the summary's list");
    assertTrue(page.contains("Macro: 1 cycle<ul><li>1 link to macro cycles on a feedback loop (dotted line)</li>"),
        "the loop of the macro cycle");
  }

  @Test
  void theSummaryCountsEveryCycleAndLinkAndItsBoxesDoNotOverlap() {
    Case study = LargeFields.field(400);
    Field field;
    List<FeedbackLoop> loops;
    try (SstStore store = SstStore.memory()) {
      store.put(study);
      SstQueries queries = SstQueries.on(store);
      field = queries.field();
      loops = queries.feedback();
    }
    FieldSummary.Summary summary = FieldSummary.of(study, field, loops);
    assertEquals(400, summary.total());
    assertEquals(List.of(Map.entry("macro", 1), Map.entry("meso", 39), Map.entry("micro", 160),
        Map.entry("no scale", 200)), summary.cycles());
    int links = FieldFigure.edges(study, field, loops).stream().mapToInt(e -> e.elements().size()).sum();
    assertEquals(links, summary.flows().stream().mapToInt(FieldSummary.Flow::count).sum());
    // 399 links, one into each cycle but the first; every seventh absent; the macro cycle's loop.
    assertEquals(400, links);
    assertEquals(400 / 7, summary.flows().stream().filter(f -> f.kind() == Figure.LineKind.ABSENT)
        .mapToInt(FieldSummary.Flow::count).sum());

    Figure figure = FieldSummary.figure(study, summary);
    assertEquals(4, figure.boxes().size());
    List<Figure.Box> boxes = new ArrayList<>(figure.boxes());
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(boxes.get(i).overlaps(boxes.get(j)), boxes.get(i).id() + " and " + boxes.get(j).id());
      }
    }
    Map<String, Double> y = new java.util.HashMap<>();
    figure.boxes().forEach(b -> y.put(b.id(), b.y()));
    assertTrue(y.get("macro") < y.get("meso") && y.get("meso") < y.get("micro"), "macro above meso above micro");
    for (Figure.Line line : figure.lines()) {
      Figure.Point at = line.labelAt().orElseThrow();
      for (Figure.Box box : figure.boxes()) {
        assertFalse(at.x() >= box.x() && at.x() < box.x() + box.width() && at.y() >= box.y()
            && at.y() < box.y() + box.height(), "the label of " + line.label() + " on the box " + box.id());
      }
    }
    assertTrue(figure.width() * Svg.MM_PER_PX <= Svg.MAX_WIDTH_MM, "drawn at its natural size in a page");
  }

  @Test
  void aLargeFieldsPageStaysSmallAndEveryLinkResolves() {
    int cycles = CycleIndex.MAX_PANELS + 100;
    Case study = LargeFields.field(cycles);
    String page = Report.html(List.of(study), ReportOptions.defaults());
    int bytes = page.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < cycles * BYTES_PER_CYCLE, bytes + " bytes");
    assertTrue(page.contains("Panels for the first 500 cycles."));
    assertEquals(CycleIndex.MAX_PANELS, page.split("<div class=\"sst-quad\"").length - 1, "panels");
    for (Cycle c : study.cycles()) {
      assertTrue(page.contains(" id=\"large--cycle--" + c.id() + "\""), "an anchor for " + c.id());
    }
    assertTrue(ReportTest.brokenLinks(page).isEmpty(), ReportTest.brokenLinks(page).toString());
    assertEquals(page, Report.html(List.of(study), ReportOptions.defaults()), "the same bytes");
  }

  @Test
  void theFieldFigureFileOfALargeFieldIsTheSummary() {
    String svg = FigureFiles.svg(LargeFields.field(FieldSummary.MAX_DRAWN_CYCLES + 1), "field",
        ReportOptions.defaults());
    assertTrue(svg.contains("data-scale=\"macro\"") && !svg.contains("data-cycle="));
    assertTrue(svg.contains("A summary of the field of practices of A large field"));
  }
}

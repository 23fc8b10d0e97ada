package org.sstlib.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.CycleOrder;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.Field;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;

class FieldFigureTest {
  static final Path REFERENCE = Path.of("../examples/cases/hughes-2022.yaml");

  static Case reference;
  static Field field;
  static List<FeedbackLoop> loops;

  /** The reference case, its field and its loops, read once. */
  static synchronized Case read2() {
    if (reference == null) {
      read();
    }
    return reference;
  }

  @BeforeAll
  static synchronized void read() {
    if (reference != null) {
      return;
    }
    reference = CaseFiles.read(REFERENCE);
    try (SstStore store = SstStore.memory()) {
      store.put(reference);
      SstQueries queries = SstQueries.on(store);
      field = queries.field();
      loops = queries.feedback();
    }
  }

  /** The field of one case. */
  static Field fieldOf(Case c) {
    try (SstStore store = SstStore.memory()) {
      store.put(c);
      return SstQueries.on(store).field();
    }
  }

  @Test
  void everyCycleIsABoxAndNoTwoBoxesOverlap() {
    Figure figure = FieldFigure.of(reference, field, loops);
    assertEquals(reference.cycles().stream().map(Cycle::id).sorted().toList(),
        figure.boxes().stream().filter(b -> !b.style().equals("sst-band")).map(Figure.Box::id).sorted().toList());
    for (Figure.Box a : figure.boxes()) {
      assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= figure.width()
          && a.y() + a.height() <= figure.height(), a + " lies outside the figure");
      for (Figure.Box b : figure.boxes()) {
        assertFalse(a != b && a.overlaps(b), a.id() + " overlaps " + b.id());
      }
    }
  }

  @Test
  void macroCyclesAreAboveMesoAndMesoAboveMicro() {
    Figure figure = FieldFigure.of(reference, field, loops);
    Map<String, Cycle> cycles = reference.cycles().stream().collect(Collectors.toMap(Cycle::id, c -> c));
    List<Figure.Box> boxes = figure.boxes().stream().filter(b -> cycles.containsKey(b.id())).toList();
    for (Figure.Box a : boxes) {
      for (Figure.Box b : boxes) {
        int pa = FieldFigure.partition(cycles.get(a.id()).scale());
        int pb = FieldFigure.partition(cycles.get(b.id()).scale());
        if (pa < pb) {
          assertTrue(a.y() + a.height() <= b.y(), a.id() + " should be above " + b.id());
        }
      }
    }
  }

  @Test
  void theSameCaseGivesTheSameFigure() {
    assertEquals(FieldFigure.of(reference, field, loops), FieldFigure.of(reference, field, loops));
  }

  @Test
  void absencesAreDashedAndTheFeedbackLoopDotted() {
    Figure figure = FieldFigure.of(reference, field, loops);
    List<Figure.LineKind> kinds = figure.lines().stream().map(Figure.Line::kind).toList();
    assertTrue(kinds.contains(Figure.LineKind.PLAIN), kinds.toString());
    field.links().stream().filter(l -> !l.available()).findFirst().ifPresent(l ->
        assertTrue(kinds.contains(Figure.LineKind.ABSENT), "an unavailable link " + l + " is not dashed"));
    java.util.Set<List<String>> expected = new java.util.HashSet<>();
    field.links().forEach(l -> expected.add(List.of(l.fromCycle(), l.toCycle())));
    loops.stream().filter(l -> l.cycles().size() == 1)
        .forEach(l -> expected.add(List.of(l.cycles().get(0), l.cycles().get(0))));
    assertEquals(expected, figure.lines().stream().filter(l -> l.kind() != Figure.LineKind.FOLLOWS)
        .map(l -> List.of(l.from(), l.to())).collect(Collectors.toSet()));
    assertTrue(kinds.contains(Figure.LineKind.FEEDBACK), "the feedback loop is dotted: " + loops);
    for (Figure.Line line : figure.lines()) {
      assertTrue(line.labelAt().isPresent(), "every line is labelled: " + line);
    }
  }

  @Test
  void aCycleOfNoScaleIsInABandOfItsOwnBelowTheMicroOnes(@TempDir Path dir) throws IOException {
    String yaml = Files.readString(REFERENCE);
    int at = yaml.indexOf("  - id: ambulance-response");
    int scale = yaml.indexOf("    scale: micro\n", at);
    Path file = dir.resolve("no-scale.yaml");
    Files.writeString(file, yaml.substring(0, scale) + yaml.substring(scale + "    scale: micro\n".length()));
    Case c = CaseFiles.read(file);
    assertTrue(c.cycles().stream().anyMatch(y -> y.id().equals("ambulance-response") && y.scale().isEmpty()));
    Figure figure;
    try (SstStore store = SstStore.memory()) {
      store.put(c);
      SstQueries queries = SstQueries.on(store);
      figure = FieldFigure.of(c, queries.field(), queries.feedback());
    }
    assertEquals(List.of(), problems(c, figure));
    Figure.Box alone = box(figure, "ambulance-response");
    assertEquals("no scale", alone.note());
    for (Figure.Box b : figure.boxes()) {
      if (!b.id().equals(alone.id()) && !b.style().equals("sst-band")) {
        assertTrue(b.y() + b.height() <= alone.y(), b.id() + " should be above the cycle of no scale");
      }
    }
    assertEquals(List.of("band meso", "band micro", "band no scale"), figure.boxes().stream()
        .filter(b -> b.style().equals("sst-band")).map(Figure.Box::id).toList());
  }

  @Test
  void timeRunsLeftToRightAcrossTheBandsAndEachBandIsNamedAtTheLeft() {
    Figure figure = FieldFigure.of(reference, field, loops);
    // the strategy (meso) comes first; the ICM meetings (micro) follow it, Alf's daily life them, and so on
    List<String> chain = List.of("partnership-strategy", "icm-meeting", "alf-daily-life", "fall-morning",
        "ambulance-response");
    for (int i = 0; i + 1 < chain.size(); i++) {
      Figure.Box a = box(figure, chain.get(i));
      Figure.Box b = box(figure, chain.get(i + 1));
      assertTrue(a.x() + a.width() <= b.x(), b.id() + " should be right of " + a.id());
    }
    Figure.Box bcf = box(figure, "bcf-planning");
    Figure.Box strategy = box(figure, "partnership-strategy");
    assertTrue(strategy.x() + strategy.width() <= bcf.x() && bcf.y() < box(figure, "icm-meeting").y());
    double left = figure.boxes().stream().filter(b -> !b.style().equals("sst-band"))
        .mapToDouble(Figure.Box::x).min().orElseThrow();
    for (String band : List.of("meso", "micro")) {
      Figure.Box name = box(figure, "band " + band);
      assertEquals(List.of(band), name.text());
      assertTrue(name.x() + name.width() <= left, "the band's name is left of every cycle");
      for (Cycle cycle : reference.cycles()) {
        if (cycle.scale().map(s -> s.code().equals(band)).orElse(false)) {
          Figure.Box b = box(figure, cycle.id());
          assertTrue(name.y() <= b.y() && b.y() + b.height() <= name.y() + name.height(),
              cycle.id() + " lies within its band's height");
        }
      }
    }
  }

  @Test
  void theFeedbackLoopWithinTheIcmMeetingIsADottedLoopOnItsBoxWithItsLabel() {
    Figure figure = FieldFigure.of(reference, field, loops);
    List<Figure.Line> self = figure.lines().stream().filter(l -> l.from().equals(l.to())).toList();
    assertFalse(self.isEmpty(), "a loop within one cycle: " + loops);
    for (Figure.Line line : self) {
      assertEquals(Figure.LineKind.FEEDBACK, line.kind());
      Figure.Box b = box(figure, line.from());
      assertTrue(line.points().stream().allMatch(p -> p.x() >= b.x() - 40 && p.x() <= b.x() + b.width() + 40
          && p.y() >= b.y() - 40 && p.y() <= b.y() + b.height() + 40), "the loop stays by its box: " + line);
      assertTrue(runsUnder(line, labelBox(line, line.labelAt().orElseThrow())), line.toString());
    }
  }

  /** The field of the case turned for a journal's column: time from top to bottom, the bands as columns. */
  static Figure portrait(Case c) {
    try (SstStore store = SstStore.memory()) {
      store.put(c);
      SstQueries queries = SstQueries.on(store);
      return FieldFigure.of(c, queries.field(), queries.feedback(), Flow.DOWN);
    }
  }

  @Test
  void inPortraitTimeRunsDownAndEachBandIsAColumnNamedAtItsTop() {
    Figure figure = FieldFigure.of(reference, field, loops, Flow.DOWN);
    List<String> chain = List.of("partnership-strategy", "icm-meeting", "alf-daily-life", "fall-morning",
        "ambulance-response");
    for (int i = 0; i + 1 < chain.size(); i++) {
      Figure.Box a = box(figure, chain.get(i));
      Figure.Box b = box(figure, chain.get(i + 1));
      assertTrue(a.y() + a.height() <= b.y(), b.id() + " should lie wholly below " + a.id());
    }
    assertEquals(List.of("band meso", "band micro"), figure.boxes().stream()
        .filter(b -> b.style().equals(Svg.BAND_COLUMN)).map(Figure.Box::id).toList());
    assertTrue(figure.boxes().stream().noneMatch(b -> b.style().equals(Svg.BAND)), "no band is a row");
    double top = figure.boxes().stream().filter(b -> !b.style().equals(Svg.BAND_COLUMN))
        .mapToDouble(Figure.Box::y).min().orElseThrow();
    for (String band : List.of("meso", "micro")) {
      Figure.Box name = box(figure, "band " + band);
      assertEquals(List.of(band), name.text());
      assertTrue(name.y() + name.height() <= top, "the band's name is above every cycle");
      for (Cycle cycle : reference.cycles()) {
        if (cycle.scale().map(s -> s.code().equals(band)).orElse(false)) {
          Figure.Box b = box(figure, cycle.id());
          assertTrue(name.x() <= b.x() && b.x() + b.width() <= name.x() + name.width(),
              cycle.id() + " lies within its band's width");
        }
      }
    }
    assertEquals(List.of(), problems(reference, figure, Flow.DOWN));
  }

  @Test
  void inPortraitEveryExampleHasMacroLeftOfMesoLeftOfMicroLaterCyclesBelowAndNothingOverlaps() throws IOException {
    List<String> problems = new ArrayList<>();
    int macro = 0;
    for (Case c : examples()) {
      Figure figure = portrait(c);
      Files.writeString(ReportTest.output().resolve("field-portrait-" + c.id() + ".svg"),
          Svg.file(figure, "field-" + c.id(), "cycle"));
      problems.addAll(problems(c, figure, Flow.DOWN));
      macro += c.cycles().stream().anyMatch(y -> y.scale().map(s -> s.code().equals("macro")).orElse(false)) ? 1 : 0;
    }
    assertEquals(List.of(), problems);
    assertTrue(macro > 0, "some example has a macro cycle, so the macro column is checked");
  }

  @Test
  void inPortraitTheSameCaseGivesTheSameFigureAndBytes() {
    Figure figure = FieldFigure.of(reference, field, loops, Flow.DOWN);
    assertEquals(figure, FieldFigure.of(reference, field, loops, Flow.DOWN));
    assertEquals(Svg.file(figure, "f", "cycle"), Svg.file(FieldFigure.of(reference, field, loops, Flow.DOWN), "f",
        "cycle"));
  }

  @Test
  void inPortraitABandIsAStripeFromItsNameToTheFiguresBottomMargin() {
    Figure figure = FieldFigure.of(reference, field, loops, Flow.DOWN);
    String svg = Svg.file(figure, "f", "cycle");
    for (String band : List.of("meso", "micro")) {
      Figure.Box name = box(figure, "band " + band);
      String rect = "<rect x=\"" + Svg.n(name.x()) + "\" y=\"" + Svg.n(name.y()) + "\" width=\""
          + Svg.n(name.width()) + "\" height=\"" + Svg.n(figure.height() - 2 * name.y()) + "\"";
      assertTrue(svg.contains(rect), "the " + band + " column runs down the figure: " + rect);
    }
    assertTrue(svg.contains("class=\"sst-box sst-band-column\""), "a column's style");
  }

  static Figure.Box box(Figure figure, String id) {
    return figure.boxes().stream().filter(b -> b.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no box " + id));
  }

  /** Every example case, the nine of them, as the browser test reads them. */
  static List<Case> examples() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("../examples/cases"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().map(CaseFiles::read)
          .toList();
    }
  }

  /** The field figure of each example case, written to the build directory for a person to look at. */
  static Map<String, Figure> exampleFigures() throws IOException {
    Map<String, Figure> figures = new java.util.LinkedHashMap<>();
    for (Case c : examples()) {
      try (SstStore store = SstStore.memory()) {
        store.put(c);
        SstQueries queries = SstQueries.on(store);
        Figure figure = FieldFigure.of(c, queries.field(), queries.feedback());
        figures.put(c.id(), figure);
        Files.writeString(ReportTest.output().resolve("field-" + c.id() + ".svg"),
            Svg.write(figure, "field-" + c.id(), "cycle", true));
      }
    }
    return figures;
  }

  @Test
  void inEveryExampleNoBoxOverlapsABoxOrALabelAndTheBandsAreInOrder() throws IOException {
    Map<String, Figure> figures = exampleFigures();
    assertEquals(9, figures.size(), figures.keySet().toString());
    List<String> problems = new ArrayList<>();
    for (Case c : examples()) {
      problems.addAll(problems(c, figures.get(c.id())));
    }
    assertEquals(List.of(), problems);
  }

  /** What is wrong with a field figure: boxes or labels that overlap, bands out of order, lines going back. */
  static List<String> problems(Case c, Figure figure) {
    return problems(c, figure, Flow.ACROSS);
  }

  /**
   * What is wrong with a field figure laid out in {@code flow}: boxes or labels that overlap, bands out of order
   * (across the flow), lines going back (along it).
   */
  static List<String> problems(Case c, Figure figure, Flow flow) {
    List<String> problems = new ArrayList<>();
    Map<String, Cycle> cycles = c.cycles().stream().collect(Collectors.toMap(Cycle::id, y -> y));
    CycleOrder order = CycleOrder.of(c.cycles());
    List<Figure.Box> boxes = figure.boxes().stream().filter(b -> cycles.containsKey(b.id())).toList();
    List<Figure.Box> labels = new ArrayList<>();
    for (Figure.Line line : figure.lines()) {
      line.labelAt().ifPresent(at -> labels.add(labelBox(line, at)));
    }
    for (int i = 0; i < figure.boxes().size(); i++) {
      Figure.Box a = figure.boxes().get(i);
      if (a.x() < 0 || a.y() < 0 || a.x() + a.width() > figure.width() + 0.5
          || a.y() + a.height() > figure.height() + 0.5) {
        problems.add(c.id() + ": " + a.id() + " lies outside the figure");
      }
      for (Figure.Box b : figure.boxes().subList(i + 1, figure.boxes().size())) {
        if (a.overlaps(b)) {
          problems.add(c.id() + ": box " + a.id() + " overlaps box " + b.id());
        }
      }
      for (Figure.Box l : labels) {
        if (a.overlaps(l)) {
          problems.add(c.id() + ": box " + a.id() + " overlaps the label " + l.id());
        }
      }
    }
    for (Figure.Line line : figure.lines()) {
      if (line.labelAt().isPresent() && !runsBy(line, labelBox(line, line.labelAt().get()), flow)) {
        problems.add(c.id() + ": the line " + line.from() + "->" + line.to() + " does not run by its label");
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      Figure.Box a = labels.get(i);
      if (a.x() < 0 || a.y() < 0 || a.x() + a.width() > figure.width() + 0.5
          || a.y() + a.height() > figure.height() + 0.5) {
        problems.add(c.id() + ": the label " + a.id() + " lies outside the figure");
      }
      for (Figure.Box l : labels.subList(i + 1, labels.size())) {
        if (labels.get(i).overlaps(l)) {
          problems.add(c.id() + ": label " + labels.get(i).id() + " overlaps label " + l.id());
        }
      }
    }
    for (Figure.Box a : boxes) {
      for (Figure.Box b : boxes) {
        Cycle x = cycles.get(a.id());
        Cycle y = cycles.get(b.id());
        if (FieldFigure.partition(x.scale()) < FieldFigure.partition(y.scale())
            && flow.across(a.x(), a.y()) + flow.across(a.width(), a.height()) > flow.across(b.x(), b.y())) {
          problems.add(c.id() + ": " + a.id() + " is not " + (flow == Flow.ACROSS ? "above " : "left of ") + b.id());
        }
        if (order.isLater(y.id(), x.id())
            && !(flow.along(a.x(), a.y()) + flow.along(a.width(), a.height()) <= flow.along(b.x(), b.y()))) {
          problems.add(c.id() + ": " + b.id() + " follows " + a.id() + " or is later but is not "
              + (flow == Flow.ACROSS ? "to its right" : "below it"));
        }
      }
    }
    return problems;
  }

  /**
   * Whether a line runs by its label: a line between two cycles along the label's bottom edge, from its left end to
   * its right one; a loop within one cycle within a few pixels of the label.
   */
  static boolean runsBy(Figure.Line line, Figure.Box label, Flow flow) {
    return flow == Flow.ACROSS ? runsUnder(line, label) : runsDownTheLeftSide(line, label);
  }

  /**
   * Whether a line of a field laid out down the page runs by its label: a line between two cycles along the label's
   * left side, a few pixels left of its text, from its top to its bottom; a loop within one cycle near the label.
   */
  static boolean runsDownTheLeftSide(Figure.Line line, Figure.Box label) {
    List<Figure.Point> points = line.points();
    for (int i = 0; i + 1 < points.size(); i++) {
      Figure.Point p = points.get(i);
      Figure.Point q = points.get(i + 1);
      if (line.from().equals(line.to())) {
        if (near(p, label) || near(q, label)) {
          return true;
        }
      } else if (Math.abs(p.x() - q.x()) < 0.5 && p.x() < label.x() && p.x() >= label.x() - 6
          && Math.min(p.y(), q.y()) <= label.y() + 0.5 && Math.max(p.y(), q.y()) >= label.y() + label.height() - 0.5) {
        return true;
      }
    }
    return false;
  }

  static boolean runsUnder(Figure.Line line, Figure.Box label) {
    List<Figure.Point> points = line.points();
    for (int i = 0; i + 1 < points.size(); i++) {
      Figure.Point p = points.get(i);
      Figure.Point q = points.get(i + 1);
      if (line.from().equals(line.to())) {
        if (near(p, label) || near(q, label)) {
          return true;
        }
      } else if (Math.abs(p.y() - q.y()) < 0.5 && Math.abs(p.y() - (label.y() + label.height())) < 0.5
          && Math.min(p.x(), q.x()) <= label.x() + 0.5 && Math.max(p.x(), q.x()) >= label.x() + label.width() - 0.5) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(Figure.Point p, Figure.Box box) {
    double dx = Math.max(0, Math.max(box.x() - p.x(), p.x() - box.x() - box.width()));
    double dy = Math.max(0, Math.max(box.y() - p.y(), p.y() - box.y() - box.height()));
    return Math.hypot(dx, dy) <= 12;
  }

  /** The area of a line's label as written (the size {@link Layouts#edge} gives ELK). */
  static Figure.Box labelBox(Figure.Line line, Figure.Point at) {
    return new Figure.Box(line.from() + "->" + line.to() + " " + line.text(), "", "", "", com.google.common.collect.ImmutableList.of(), "", "",
        at.x(), at.y(), TextMetrics.widest(line.text(), Figure.LABEL_SIZE) + 4,
        line.text().size() * Figure.LINE_HEIGHT + 4);
  }

  @Test
  void aCycleWithAnIntendedOutcomeThatDidNotComeAboutSaysSoInItsBox() {
    Figure figure = FieldFigure.of(reference, fieldOf(reference), List.of());
    Figure.Box ambulance = figure.boxes().stream().filter(b -> b.id().equals("ambulance-response")).findFirst()
        .orElseThrow();
    assertTrue(ambulance.text().get(ambulance.text().size() - 1).startsWith("not realised: Alf"),
        ambulance.text().toString());
    assertEquals(1, figure.boxes().stream().flatMap(b -> b.text().stream())
        .filter(t -> t.startsWith(FieldFigure.UNREALISED)).count(), "the reference case has one unrealised outcome");
  }
}

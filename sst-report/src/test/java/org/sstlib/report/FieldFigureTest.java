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
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
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
    List<String> problems = new ArrayList<>();
    Map<String, Cycle> cycles = c.cycles().stream().collect(Collectors.toMap(Cycle::id, y -> y));
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
    for (int i = 0; i < labels.size(); i++) {
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
        if (FieldFigure.partition(x.scale()) < FieldFigure.partition(y.scale()) && a.y() + a.height() > b.y()) {
          problems.add(c.id() + ": " + a.id() + " is not above " + b.id());
        }
        if (y.follows().contains(x.id()) && !(a.x() + a.width() <= b.x())) {
          problems.add(c.id() + ": " + b.id() + " follows " + a.id() + " but is not to its right");
        }
      }
    }
    return problems;
  }

  /** The area of a line's label as written (the size {@link Layouts#edge} gives ELK). */
  static Figure.Box labelBox(Figure.Line line, Figure.Point at) {
    return new Figure.Box(line.from() + "->" + line.to() + " " + line.text(), "", "", "", com.google.common.collect.ImmutableList.of(), "", "",
        at.x(), at.y(), Markup.widest(line.text()) * Figure.CHAR_WIDTH + 4,
        line.text().size() * Figure.LINE_HEIGHT + 2);
  }
}

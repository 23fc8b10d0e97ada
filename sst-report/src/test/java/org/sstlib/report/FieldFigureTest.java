package org.sstlib.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        figure.boxes().stream().map(Figure.Box::id).sorted().toList());
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
    for (Figure.Box a : figure.boxes()) {
      for (Figure.Box b : figure.boxes()) {
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
}

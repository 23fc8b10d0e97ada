package org.sstlib.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.query.ChainPaths;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.RouteStep;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;

class ChainFigureTest {
  static Case reference;
  static ChainPaths paths;
  static Figure figure;

  @BeforeAll
  static void draw() {
    reference = FieldFigureTest.read2();
    paths = paths(reference);
    figure = ChainFigure.of(reference, "the chain", paths.routes());
  }

  /** The paths of the default chain of a case, as many as the report draws. */
  static ChainPaths paths(Case study) {
    try (SstStore store = SstStore.memory()) {
      store.put(study);
      SstQueries queries = SstQueries.on(store);
      String[] ends = ChainSection.defaults(study, queries.field()).orElseThrow();
      return queries.chainPaths(ends[0], ends[1], CaseReport.CHAIN_PATHS, 12);
    }
  }

  @Test
  void theReferenceChainHasMorePathsThanTheOldTenAndTheFigureDrawsAsManyAsTheReportAsksFor() {
    assertTrue(paths.shown() > 10, "paths drawn: " + paths.shown());
    assertEquals(Math.min(paths.found(), CaseReport.CHAIN_PATHS), paths.shown());
  }

  @Test
  void noTwoBoxesOverlapAndEveryBoxLiesInTheFigure() {
    assertNoOverlaps(figure);
  }

  @Test
  void everyPathIsDrawnStepByStepInItsOrderWithTheStepsWords() {
    for (ChainRoute route : paths.routes()) {
      List<RouteStep> steps = route.steps();
      for (int i = 1; i < steps.size(); i++) {
        ChainStep via = steps.get(i).via().orElseThrow();
        Figure.Line line = line(figure, steps.get(i - 1).id(), steps.get(i).id(), ChainFigure.words(via))
            .orElseThrow(() -> new AssertionError("path " + route.rank() + " step " + via));
        assertEquals(via.kind() == StepKind.ABSENT_FOR ? Figure.LineKind.ABSENT : Figure.LineKind.PLAIN,
            line.kind(), via.toString());
        assertTrue(line.labelAt().isPresent(), "the words are written on the line " + via);
      }
    }
  }

  @Test
  void anElementThatSeveralPathsPassThroughIsOneBox() {
    Map<String, Integer> pathsThrough = new HashMap<>();
    for (ChainRoute route : paths.routes()) {
      route.ids().stream().distinct().forEach(id -> pathsThrough.merge(id, 1, Integer::sum));
    }
    assertTrue(pathsThrough.values().stream().anyMatch(n -> n > 1), "some element is on several paths");
    List<String> ids = figure.boxes().stream().map(Figure.Box::id).toList();
    assertEquals(ids.size(), new HashSet<>(ids).size(), "an element drawn twice: " + ids);
    assertEquals(pathsThrough.keySet(), new HashSet<>(ids));
  }

  @Test
  void aStepThroughAnAbsenceIsDashedAndSaysSo() {
    List<Figure.Line> absent = figure.lines().stream().filter(l -> l.kind() == Figure.LineKind.ABSENT).toList();
    assertFalse(absent.isEmpty(), "the reference chain passes through the absences at the fall");
    for (Figure.Line line : figure.lines()) {
      assertEquals(line.kind() == Figure.LineKind.ABSENT, line.text().equals(List.of("absent for")), line.label());
    }
    String svg = Svg.write(figure, "chain", "element", true);
    assertTrue(svg.contains("stroke-dasharray=\"" + Figure.LineKind.ABSENT.dashes() + "\""));
  }

  @Test
  void everyKindOfStepIsToldApartByItsWords() {
    Set<String> words = figure.lines().stream().flatMap(l -> l.text().stream()).collect(Collectors.toSet());
    assertTrue(words.containsAll(List.of("conditions", "absent for", "enacted in", "creates", "reproduces")),
        words.toString());
    for (Figure.Line line : figure.lines()) {
      assertEquals(1, line.text().size(), line.label());
      assertTrue(line.label().startsWith(line.text().get(0) + " (in "), "the full label names the cycle: "
          + line.label());
    }
  }

  @Test
  void eachAgencyNamesTheCycleItActsInByTheCyclesLabel() {
    Cycle icm = reference.element("icm-meeting", Cycle.class).orElseThrow();
    Figure.Box agency = figure.boxes().stream().filter(b -> b.id().equals("case-manage")).findFirst().orElseThrow();
    assertEquals("agency", agency.note());
    String text = String.join(" ", agency.text());
    assertTrue(text.contains("(in: " + icm.label().substring(0, 20)), text);
    assertTrue(agency.label().endsWith("(agency in " + icm.label() + ")"), agency.label());
    Figure.Box structure = figure.boxes().stream().filter(b -> b.id().equals("icm-model")).findFirst()
        .orElseThrow();
    assertFalse(String.join(" ", structure.text()).contains("(in: "), "a structure passes between cycles");
  }

  @Test
  void theChainReadsFromLeftToRight() {
    Map<String, Figure.Box> boxes = boxes(figure);
    ChainRoute first = paths.routes().get(0);
    Figure.Box start = boxes.get(first.ids().get(0));
    Figure.Box target = boxes.get(first.ids().get(first.ids().size() - 1));
    for (Figure.Box box : figure.boxes()) {
      assertTrue(box == start || start.x() + start.width() < box.x(), box.id() + " left of the start");
      assertTrue(box == target || box.x() + box.width() < target.x(), box.id() + " right of the target");
    }
    // The shortest path has no loop in it: each of its steps goes to the right.
    for (int i = 1; i < first.ids().size(); i++) {
      assertTrue(boxes.get(first.ids().get(i - 1)).x() < boxes.get(first.ids().get(i)).x(), first.ids().get(i));
    }
  }

  @Test
  void eachLabelIsBesideItsLineAndOnNoBox() {
    assertLabelsBesideTheirLines(figure);
  }

  @Test
  void theSamePathsGiveTheSameBytes() {
    Figure again = ChainFigure.of(reference, "the chain", paths(reference).routes());
    assertEquals(figure, again);
    assertEquals(Svg.write(figure, "chain", "element", true), Svg.write(again, "chain", "element", true));
  }

  @Test
  void noPathsNoFigure() {
    Figure none = ChainFigure.of(reference, "the chain", List.of());
    assertEquals(0, none.width());
    assertTrue(none.boxes().isEmpty() && none.lines().isEmpty());
  }

  @Test
  void everyExampleCasesChainIsDrawnWithoutOverlapsAndWithoutLoopsFromLeftToRight() throws IOException {
    assertEveryExampleDrawn(Flow.ACROSS, "goes back");
  }

  @Test
  void inPortraitTheChainReadsFromTopToBottomAndNothingOverlaps() {
    Figure down = ChainFigure.of(reference, "the chain", paths.routes(), Flow.DOWN);
    assertNoOverlaps(down);
    assertLabelsBesideTheirLines(down);
    Map<String, Figure.Box> boxes = boxes(down);
    ChainRoute first = paths.routes().get(0);
    Figure.Box start = boxes.get(first.ids().get(0));
    Figure.Box target = boxes.get(first.ids().get(first.ids().size() - 1));
    for (Figure.Box box : down.boxes()) {
      assertTrue(box == start || start.y() + start.height() < box.y(), box.id() + " below the start");
      assertTrue(box == target || box.y() + box.height() < target.y(), box.id() + " above the target");
    }
    for (int i = 1; i < first.ids().size(); i++) {
      assertTrue(boxes.get(first.ids().get(i - 1)).y() < boxes.get(first.ids().get(i)).y(), first.ids().get(i));
    }
    assertTrue(down.description().contains("read from top to bottom"), down.description());
    assertEquals(down, ChainFigure.of(reference, "the chain", paths.routes(), Flow.DOWN));
  }

  @Test
  void inPortraitEveryExampleCasesChainIsDrawnWithoutOverlaps() throws IOException {
    assertEveryExampleDrawn(Flow.DOWN, "goes up");
  }

  /**
   * Every example case's default chain drawn in {@code flow}: no overlaps, labels beside their lines, and where its
   * paths form no loop every line runs forward along the flow; at least five cases have a chain to draw.
   */
  private static void assertEveryExampleDrawn(Flow flow, String backwards) throws IOException {
    int drawn = 0;
    for (Case study : examples()) {
      Optional<String[]> ends;
      try (SstStore store = SstStore.memory()) {
        store.put(study);
        ends = ChainSection.defaults(study, SstQueries.on(store).field());
      }
      if (ends.isEmpty()) {
        continue;
      }
      ChainPaths p = paths(study);
      Figure f = ChainFigure.of(study, study.id(), p.routes(), flow);
      assertNoOverlaps(f);
      assertLabelsBesideTheirLines(f);
      Map<String, Figure.Box> boxes = boxes(f);
      if (!p.routes().isEmpty() && !loops(p.routes())) {
        for (Figure.Line line : f.lines()) {
          Figure.Box from = boxes.get(line.from());
          Figure.Box to = boxes.get(line.to());
          assertTrue(flow.along(from.x(), from.y()) < flow.along(to.x(), to.y()), study.id() + ": "
              + line.from() + " -> " + line.to() + " " + backwards);
        }
      }
      drawn += p.routes().isEmpty() ? 0 : 1;
    }
    assertTrue(drawn >= 5, "chains drawn: " + drawn);
  }

  @Test
  void hostileLabelsAreCutShortInTheChainsBoxes() throws IOException {
    Case hostile = ReportTest.hostileCase();
    Figure f = ChainFigure.of(hostile, "hostile", paths(hostile).routes());
    assertFalse(f.boxes().isEmpty());
    for (Figure.Box b : f.boxes()) {
      assertTrue(b.text().size() <= 6 && TextMetrics.widest(b.text(), Figure.TEXT_SIZE)
          <= TextMetrics.columns(Figure.BOX_CHARS, Figure.TEXT_SIZE), b.text().toString());
    }
    assertNoOverlaps(f);
  }

  // ------------------------------------------------------------------------------------------------- helpers

  /** The nine example cases, those in folders of their own too. */
  static List<Case> examples() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("../examples/cases"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().map(CaseFiles::read)
          .toList();
    }
  }

  static Map<String, Figure.Box> boxes(Figure f) {
    return f.boxes().stream().collect(Collectors.toMap(Figure.Box::id, b -> b));
  }

  static Optional<Figure.Line> line(Figure f, String from, String to, String words) {
    return f.lines().stream().filter(l -> l.from().equals(from) && l.to().equals(to)
        && l.text().equals(List.of(words))).findFirst();
  }

  static void assertNoOverlaps(Figure f) {
    for (Figure.Box a : f.boxes()) {
      assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= f.width() && a.y() + a.height() <= f.height(),
          a.id() + " lies outside the figure");
      for (Figure.Box b : f.boxes()) {
        assertFalse(a != b && a.overlaps(b), a.id() + " overlaps " + b.id());
      }
    }
  }

  /**
   * Each label's lines lie on no box, and the label lies within a few pixels of a segment of its own line (above it,
   * on it or below it), so that it is read as that line's.
   */
  static void assertLabelsBesideTheirLines(Figure f) {
    for (Figure.Line line : f.lines()) {
      Figure.Point at = line.labelAt().orElseThrow();
      double w = TextMetrics.widest(line.text(), Figure.LABEL_SIZE);
      double h = line.text().size() * Figure.LINE_HEIGHT;
      Figure.Box label = new Figure.Box("label", "label", "label", "label", ImmutableList.of(), "", "", at.x(), at.y(), w, h);
      for (Figure.Box b : f.boxes()) {
        assertFalse(label.overlaps(b), "the label of " + line.label() + " lies on " + b.id());
      }
      boolean beside = false;
      for (int i = 1; i < line.points().size(); i++) {
        Figure.Point p = line.points().get(i - 1);
        Figure.Point q = line.points().get(i);
        double near = 8;
        beside |= Math.min(p.x(), q.x()) - near <= at.x() + w && at.x() <= Math.max(p.x(), q.x()) + near
            && Math.min(p.y(), q.y()) - near <= at.y() + h && at.y() <= Math.max(p.y(), q.y()) + near;
      }
      assertTrue(beside, "the label of " + line.from() + " -> " + line.to() + " is away from its line");
    }
  }

  /** Whether the steps of the routes, drawn together, form a loop. */
  static boolean loops(List<ChainRoute> routes) {
    Map<String, Set<String>> next = new HashMap<>();
    for (ChainRoute route : routes) {
      for (int i = 1; i < route.ids().size(); i++) {
        next.computeIfAbsent(route.ids().get(i - 1), k -> new LinkedHashSet<>()).add(route.ids().get(i));
      }
    }
    Set<String> done = new HashSet<>();
    for (String start : next.keySet()) {
      if (reachesItself(start, next, new ArrayList<>(), done)) {
        return true;
      }
    }
    return false;
  }

  private static boolean reachesItself(String node, Map<String, Set<String>> next, List<String> onPath,
      Set<String> done) {
    if (onPath.contains(node)) {
      return true;
    }
    if (!done.add(node)) {
      return false;
    }
    onPath.add(node);
    for (String n : next.getOrDefault(node, Set.of())) {
      if (reachesItself(n, next, onPath, done)) {
        return true;
      }
    }
    onPath.remove(onPath.size() - 1);
    return false;
  }
}

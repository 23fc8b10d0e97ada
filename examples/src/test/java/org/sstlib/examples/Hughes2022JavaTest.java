package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.QueryTable;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;

/** {@link Hughes2022#build()} is the reference case file, built in Java: the same case and the same answers. */
class Hughes2022JavaTest {
  private static final String FROM = "admission-avoidance-policy";
  private static final String TO = "alf-at-home";

  private final Case java = Hughes2022.build();
  private final Case file = CaseFiles.read(Path.of("cases/hughes-2022.yaml"));

  @Test
  void theJavaCaseEqualsTheCaseFile() {
    Optional<String> difference = firstDifference(java, file);
    assertEquals(Optional.empty(), difference, "Hughes2022.build() and cases/hughes-2022.yaml differ");
    assertEquals(file, java);
    assertEquals(file.hashCode(), java.hashCode());
  }

  @Test
  void theDifferenceFinderNamesTheFirstDifferingField() {
    // So that a failure of the test above says where the two cases part, not just that they do.
    Cycle fall = java.element("fall-night", Cycle.class).orElseThrow();
    Case.Builder b = Case.builder(java.id(), java.title());
    b.citation(java.citation().orElseThrow()).doi(java.doi().orElseThrow()).base(java.base());
    java.analysts().forEach(b::analyst);
    java.sources().forEach(b::source);
    java.agents().forEach(b::agent);
    java.positionPractices().forEach(b::positionPractice);
    java.structures().forEach(b::structure);
    java.events().forEach(b::event);
    java.cycles().stream().filter(c -> c != fall).forEach(b::cycle);
    b.cycle(new Cycle(fall.id(), fall.label(), fall.description(), fall.scale(), fall.codes(), "Alf's kitchen",
        fall.time(), fall.follows(), fall.agentInFocus(), fall.agentsInContext(), fall.positionPractice(),
        fall.external(), fall.material(), fall.internal(), fall.agency(), fall.outcomes()));
    java.evidence().forEach(b::evidence);
    java.codebooks().forEach(b::codebook);
    Case moved = b.build();
    assertEquals(Optional.of("cycles[4] 'fall-night' .site: Java \"Alf's kitchen\", file \"Alf's home\""),
        firstDifference(moved, file));
    assertEquals(Optional.empty(), firstDifference(file, file));
  }

  @Test
  void theNamedQueriesGiveTheSameAnswersOnBoth() {
    try (SstStore fromJava = SstStore.memory(); SstStore fromFile = SstStore.memory()) {
      fromJava.put(java);
      fromFile.put(file);
      SstQueries onJava = SstQueries.on(fromJava);
      SstQueries onFile = SstQueries.on(fromFile);

      List<ChainRoute> chain = onJava.chain(FROM, TO);
      assertFalse(chain.isEmpty(), "no chain from " + FROM + " to " + TO);
      assertEquals(onFile.chain(FROM, TO), chain);
      assertEquals(ChainGraph.of(java).paths(FROM, TO), chain.stream().map(ChainRoute::path).toList());

      for (Map.Entry<String, Map<String, String>> query : namedQueries()) {
        QueryTable answer = onJava.run(query.getKey(), query.getValue());
        assertFalse(answer.isEmpty(), query + " has no answer");
        assertEquals(onFile.run(query.getKey(), query.getValue()), answer, query.toString());
      }
    }
  }

  @Test
  void mainPrintsTheChainAndWritesTurtleThatReadsBackAsTheCase(@TempDir Path dir) throws Exception {
    Path turtle = dir.resolve("hughes-2022.ttl");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      Hughes2022.main(turtle.toString());
    } finally {
      System.setOut(stdout);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("1. " + ChainGraph.of(file).paths(FROM, TO).get(0)), text);
    assertEquals(List.of(file), RdfFiles.read(turtle));
  }

  /** Every named query, with parameters that give answers on the reference case. */
  private static List<Map.Entry<String, Map<String, String>>> namedQueries() {
    List<Map.Entry<String, Map<String, String>>> queries = new ArrayList<>();
    queries.add(Map.entry("chain", Map.of("from", FROM, "to", TO, "limit", "50")));
    for (String cycle : List.of("partnership-strategy", "bcf-planning", "icm-meeting", "alf-daily-life",
        "fall-night")) {
      queries.add(Map.entry("quadripartite", Map.of("cycle", cycle)));
    }
    for (String name : List.of("field", "feedback", "unavailable", "interpretations", "factors")) {
      queries.add(Map.entry(name, Map.of()));
    }
    queries.add(Map.entry("evidence", Map.of("from", FROM, "to", TO)));
    assertEquals(Set.copyOf(SstQueries.names()), queries.stream().map(Map.Entry::getKey).collect(Collectors.toSet()),
        "every named query is asked");
    return queries;
  }

  // ------------------------------------------------------------------------------------------------ differences

  /**
   * Where two cases first differ, as {@code path: Java x, file y}, walking the case's fields in order and, inside
   * them, the components of records and the entries of lists (named by id where they have one); empty if equal.
   */
  static Optional<String> firstDifference(Case java, Case file) {
    Map<String, Function<Case, Object>> fields = new LinkedHashMap<>();
    fields.put("id", Case::id);
    fields.put("title", Case::title);
    fields.put("citation", Case::citation);
    fields.put("doi", Case::doi);
    fields.put("base", Case::base);
    fields.put("analysts", Case::analysts);
    fields.put("sources", Case::sources);
    fields.put("agents", Case::agents);
    fields.put("positionPractices", Case::positionPractices);
    fields.put("structures", Case::structures);
    fields.put("events", Case::events);
    fields.put("cycles", Case::cycles);
    fields.put("evidence", Case::evidence);
    fields.put("codebooks", Case::codebooks);
    for (Map.Entry<String, Function<Case, Object>> f : fields.entrySet()) {
      Optional<String> d = difference(f.getKey(), f.getValue().apply(java), f.getValue().apply(file));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> difference(String path, Object a, Object b) {
    if (Objects.equals(a, b)) {
      return Optional.empty();
    }
    if (a instanceof Optional<?> oa && b instanceof Optional<?> ob && oa.isPresent() && ob.isPresent()) {
      return difference(path, oa.get(), ob.get());
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
        Optional<String> d = difference(path + "[" + i + "]" + idOf(la.get(i)), la.get(i), lb.get(i));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.of(path + ": Java has " + la.size() + " entries, file " + lb.size() + "; the first extra is "
          + (la.size() > lb.size() ? la.get(lb.size()) : lb.get(la.size())));
    }
    if (a != null && b != null && a.getClass().equals(b.getClass()) && a.getClass().isRecord()) {
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        Optional<String> d = difference(path + " ." + c.getName(), value(c, a), value(c, b));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.of(path + ": Java " + show(a) + ", file " + show(b));
  }

  private static String idOf(Object o) {
    if (o != null && o.getClass().isRecord()) {
      for (RecordComponent c : o.getClass().getRecordComponents()) {
        if (c.getName().equals("id") || c.getName().equals("ref")) {
          return " '" + value(c, o) + "'";
        }
      }
    }
    return "";
  }

  private static Object value(RecordComponent c, Object o) {
    try {
      return c.getAccessor().invoke(o);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + c + " of " + o, e);
    }
  }

  private static String show(Object o) {
    return o instanceof String s ? "\"" + s + "\"" : String.valueOf(o);
  }
}

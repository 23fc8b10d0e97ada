package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.examples.CasesInOneStore.FROM;
import static org.sstlib.examples.CasesInOneStore.REFERENCE;
import static org.sstlib.examples.CasesInOneStore.TO;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Structure;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;

/**
 * {@link CasesInOneStore}: what it reads, what it makes of the query tables (checked against the cases themselves,
 * not against SPARQL), and what {@code main} prints.
 */
class CasesInOneStoreTest {
  private static List<Case> cases;
  private static SstStore store;
  private static SstQueries queries;

  @BeforeAll
  static void load() throws Exception {
    cases = CasesInOneStore.readAll(ReferenceCase.CASES);
    store = SstStore.memory();
    store.putAll(cases);
    queries = SstQueries.on(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void readsEveryCaseFileUnderTheFolderAndNothingElse() throws Exception {
    assertEquals(AllExamplesTest.allCases(), cases);
    assertEquals(9, cases.size(), "the case files under " + ReferenceCase.CASES);
  }

  @Test
  void effectsByCaseCountTheExternalAndMaterialStructuresOfEveryCycle() {
    Map<String, Map<String, Integer>> expected = new TreeMap<>();
    for (Case c : cases) {
      for (Cycle cycle : c.cycles()) {
        for (Condition entry : cycle.conditions()) {
          if (c.element(entry.ref(), Structure.class).isPresent()) {
            String effect = entry.effect().map(e -> e.code()).orElse("unqualified");
            expected.computeIfAbsent(c.id(), k -> new TreeMap<>()).merge(effect, 1, Integer::sum);
          }
        }
      }
    }
    assertEquals(expected, CasesInOneStore.effectsByCase(queries.run("factors", Map.of())));
  }

  @Test
  void rowsByCaseCountTheEntriesUnavailableAtTheMomentOfAction() {
    Map<String, Integer> expected = new TreeMap<>();
    for (Case c : cases) {
      c.cycles().stream().flatMap(cycle -> cycle.conditions().stream()).filter(entry -> !entry.available())
          .forEach(entry -> expected.merge(c.id(), 1, Integer::sum));
      c.cycles().stream().flatMap(cycle -> cycle.unavailableInternal().stream())
          .forEach(entry -> expected.merge(c.id(), 1, Integer::sum));
    }
    assertEquals(expected, CasesInOneStore.rowsByCase(queries.run("unavailable", Map.of())));
    assertTrue(expected.containsKey(REFERENCE), "Alf's fall has unavailable entries");
  }

  @Test
  void theChainTableHoldsThePathsChainGraphFinds() {
    var paths = CasesInOneStore.paths(queries.inCase(REFERENCE).run("chain", Map.of("from", FROM, "to", TO)));
    List<ChainPath> inMemory = ChainGraph.of(ReferenceCase.read()).paths(FROM, TO);
    assertEquals(inMemory.size(), paths.size());
    for (int i = 0; i < paths.size(); i++) {
      assertEquals(inMemory.get(i).nodes(), paths.get(i).stream().map(row -> row.get("id")).toList(), "path " + i);
    }
    // The shortest reaches Alf's position-practice on the morning he fell, through the absent ICM model.
    assertEquals("admission-avoidance-policy -conditions-> agree-strategy -creates-> ic-strategy -conditions-> "
        + "enter-icm-benefit -reproduces-> icm-model -absentFor-> call-for-help -enactedIn-> alf-at-home",
        CasesInOneStore.route(paths.get(0)));
  }

  @Test
  void mainPrintsTheTableOfCasesAndTheChain() throws Exception {
    List<String> lines = StandardOut.of(() -> CasesInOneStore.main(ReferenceCase.CASES.toString())).lines()
        .toList();
    assertEquals("9 cases in one store: " + String.join(", ", store.caseIds()), lines.get(0));
    assertEquals("case                     enables constrains both unqualified unavailable loops", lines.get(1));
    Map<String, Integer> effects = CasesInOneStore.effectsByCase(queries.inCase(REFERENCE).run("factors", Map.of()))
        .get(REFERENCE);
    String row = String.format("%-24s %7s %10s %4s %11s %11s %5s", REFERENCE, effects.get("enables"),
        effects.get("constrains"), effects.get("both"), effects.getOrDefault("unqualified", 0),
        queries.inCase(REFERENCE).unavailable().size(), queries.inCase(REFERENCE).feedback().size());
    assertTrue(lines.contains(row), row + " not in\n" + String.join("\n", lines));
    int chain = lines.indexOf("The chain in hughes-2022 from admission-avoidance-policy to alf-at-home, shortest "
        + "first:");
    assertTrue(chain > 1, String.join("\n", lines));
    assertTrue(lines.get(chain + 1).startsWith("  1. admission-avoidance-policy -conditions-> agree-strategy "),
        lines.get(chain + 1));
    assertEquals(List.of("ChainGraph finds the same paths in the case read back from the store: true"),
        lines.subList(chain + 4, lines.size()));
  }
}

package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Case;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Outcome;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.core.testing.TestSizes;
import org.sstlib.rdf.store.LoopbackFuseki;
import org.sstlib.rdf.store.SstStore;

/**
 * The {@code provenance} query: on the ward's handover ({@link ClinicCase}), counted by hand, on memory, TDB2 in a
 * temporary directory and an embedded Fuseki on loopback; the same case with no kinds (as a case of format version 1
 * is); and on two hundred random cases (40 with {@code -Dsst.tests=quick}), against the counts worked out from the
 * case model. Every message of the random check names the seed: {@code RandomCases.generate(seed)} replays it.
 */
class ProvenanceQueryTest {

  private static final String WARD = ClinicCase.ID;
  // Quick (-Dsst.tests=quick): seeds 0 to 39 reach every part of the model (RandomCasesTest checks it), and the
  // test itself asserts that they give more rows than seeds and every evidence kind, and evidence of no kind.
  private static final int SEEDS = TestSizes.of(200, TestSizes.QUICK_SEEDS);

  @TempDir
  static Path tempDir;

  private static FusekiServer fuseki;
  private static final Map<String, SstStore> STORES = new LinkedHashMap<>();

  @BeforeAll
  static void openStores() {
    STORES.put("memory", SstStore.memory());
    STORES.put("tdb2", SstStore.tdb2(tempDir.resolve("tdb2")));
    fuseki = LoopbackFuseki.server(DatabaseMgr.createDatasetGraph()).build().start();
    STORES.put("fuseki", SstStore.remote("http://localhost:" + fuseki.getPort() + "/ds"));
    for (SstStore store : STORES.values()) {
      // Another case beside it, whose claims must not leak into the ward's counts.
      store.putAll(List.of(ClinicCase.build(), SchoolCase.read()));
    }
  }

  @AfterAll
  static void closeStores() {
    STORES.values().forEach(SstStore::close);
    STORES.clear();
    if (fuseki != null) {
      fuseki.stop();
    }
  }

  private static final Optional<EvidenceKind> PARTICIPANT = Optional.of(EvidenceKind.PARTICIPANT);
  private static final Optional<EvidenceKind> FIELDNOTE = Optional.of(EvidenceKind.FIELDNOTE);
  private static final Optional<EvidenceKind> DOCUMENT = Optional.of(EvidenceKind.DOCUMENT);
  private static final Optional<EvidenceKind> ANALYST = Optional.of(EvidenceKind.ANALYST);
  private static final Optional<EvidenceKind> NONE = Optional.empty();

  private static ProvenanceRow row(String cycle, Optional<EvidenceKind> kind, int claims, int evidence, int total) {
    return new ProvenanceRow(WARD, cycle.isEmpty() ? Optional.empty() : Optional.of(cycle), kind, claims, evidence,
        total);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theWardsClaimsAreCountedByKindForTheCaseAndEachCycle(String backEnd) {
    ImmutableList<ProvenanceRow> rows = SstQueries.on(STORES.get(backEnd)).inCase(WARD).provenance();
    assertEquals(List.of(
        // The case: nine claims, each once; e1's claim about the rota counts once though it is in both cycles.
        row("", PARTICIPANT, 3, 2, 9),
        row("", FIELDNOTE, 2, 1, 9),
        row("", DOCUMENT, 1, 1, 9),
        row("", ANALYST, 2, 1, 9),
        row("", NONE, 1, 1, 9),
        // The handover: the rota (external), nurse's role, the late handover (its outcome), the cycle itself,
        // the nurse's knowledge (internal), the manager (agent-in-context).
        row("handover", PARTICIPANT, 2, 1, 6),
        row("handover", FIELDNOTE, 2, 1, 6),
        row("handover", ANALYST, 1, 1, 6),
        row("handover", NONE, 1, 1, 6),
        // The review: the rota (external and outcome, one claim), the target's role, the target, the rota's role,
        // the manager (agent-in-focus).
        row("review", PARTICIPANT, 2, 2, 5),
        row("review", DOCUMENT, 1, 1, 5),
        row("review", ANALYST, 1, 1, 5),
        row("review", NONE, 1, 1, 5)), rows, backEnd);
  }

  @Test
  void theRawFormWritesCodesCountsAndSharesWithOneDecimal() {
    QueryTable table = SstQueries.on(STORES.get("memory")).run("provenance", Map.of("case", WARD));
    assertEquals(List.of("case", "cycle", "kind", "claims", "evidence", "share"), table.columns());
    assertEquals(List.of(WARD, "", "participant", "3", "2", "33.3"), List.copyOf(table.rows().get(0).values()));
    assertEquals(List.of("", "", "", "", "", "handover", "handover", "handover", "handover", "review", "review",
        "review", "review"), table.column("cycle"));
    assertEquals(List.of("participant", "fieldnote", "document", "analyst", "", "participant", "fieldnote",
        "analyst", "", "participant", "document", "analyst", ""), table.column("kind"));
    assertEquals(List.of("33.3", "22.2", "11.1", "22.2", "11.1", "33.3", "33.3", "16.7", "16.7", "40.0", "20.0",
        "20.0", "20.0"), table.column("share"));
  }

  @Test
  void withoutKindsEveryClaimRestsOnEvidenceOfNoStatedKind() {
    try (SstStore store = SstStore.memory()) {
      store.put(ClinicCase.build(false));
      assertEquals(List.of(row("", NONE, 9, 6, 9), row("handover", NONE, 6, 4, 6), row("review", NONE, 5, 5, 5)),
          SstQueries.on(store).provenance());
      assertEquals(List.of("100.0", "100.0", "100.0"),
          SstQueries.on(store).run("provenance", Map.of()).column("share"));
    }
  }

  @Test
  void aCaseWithoutEvidenceGivesNoRowAndEveryRowNamesItsCase() {
    try (SstStore store = SstStore.memory()) {
      store.put(Case.builder("empty", "No evidence at all").build());
      assertTrue(SstQueries.on(store).provenance().isEmpty());
    }
    for (SstStore store : STORES.values()) {
      ImmutableList<ProvenanceRow> all = SstQueries.on(store).provenance();
      assertEquals(Set.of(SchoolCase.ID, WARD), all.stream().map(ProvenanceRow::caseId).collect(Collectors.toSet()));
      assertEquals(SstQueries.on(store).inCase(WARD).provenance(),
          all.stream().filter(r -> r.caseId().equals(WARD)).toList());
    }
  }


  // ------------------------------------------------------------------------------------------------ random cases

  @Test
  void theCountsEqualThoseOfTheCaseModelOnRandomCases() {
    int rows = 0;
    Set<Optional<EvidenceKind>> kindsSeen = new HashSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      Case c = RandomCases.generate(seed);
      try (SstStore store = SstStore.memory()) {
        store.put(c);
        ImmutableList<ProvenanceRow> actual = SstQueries.on(store).provenance();
        assertEquals(expected(c), actual, "seed=" + seed);
        assertEquals(SstQueries.on(store).run("provenance", Map.of()), ProvenanceQuery.table(actual),
            "seed=" + seed);
        rows += actual.size();
        actual.forEach(r -> kindsSeen.add(r.kind()));
      }
    }
    assertTrue(rows > SEEDS, "only " + rows + " rows compared");
    assertEquals(EvidenceKind.values().length + 1, kindsSeen.size(), "every kind, and none, seen: " + kindsSeen);
  }

  /** The rows worked out from the case model, independently of the RDF. */
  static List<ProvenanceRow> expected(Case c) {
    // cycle ("" for the case) -> kind -> (claims, evidence)
    Map<String, TreeMap<Integer, List<Set<String>>>> counts = new LinkedHashMap<>();
    counts.put("", new TreeMap<>());
    c.cycles().forEach(cy -> counts.put(cy.id(), new TreeMap<>()));
    for (Evidence e : c.evidence()) {
      int kind = e.kind().map(EvidenceKind::ordinal).orElse(EvidenceKind.values().length);
      for (String claim : e.supports()) {
        List<String> cycles = new ArrayList<>();
        cycles.add("");
        int slash = claim.indexOf('/');
        if (slash > 0) {
          cycles.add(claim.substring(0, slash));
        } else {
          for (Cycle cy : c.cycles()) {
            if (cy.id().equals(claim) || roleElements(cy).contains(claim)) {
              cycles.add(cy.id());
            }
          }
        }
        for (String cycle : cycles) {
          List<Set<String>> sets = counts.get(cycle).computeIfAbsent(kind, k -> List.of(new HashSet<>(),
              new HashSet<>()));
          sets.get(0).add(e.id() + " " + claim);
          sets.get(1).add(e.id());
        }
      }
    }
    List<ProvenanceRow> rows = new ArrayList<>();
    counts.forEach((cycle, byKind) -> {
      int total = byKind.values().stream().mapToInt(sets -> sets.get(0).size()).sum();
      byKind.forEach((kind, sets) -> rows.add(new ProvenanceRow(c.id(),
          cycle.isEmpty() ? Optional.empty() : Optional.of(cycle),
          kind == EvidenceKind.values().length ? Optional.empty() : Optional.of(EvidenceKind.values()[kind]),
          sets.get(0).size(), sets.get(1).size(), total)));
    });
    return rows;
  }

  /** The elements that play a role in a cycle. */
  private static Set<String> roleElements(Cycle cy) {
    Set<String> ids = new HashSet<>();
    ids.add(cy.agentInFocus());
    ids.addAll(cy.agentsInContext());
    cy.positionPractice().ifPresent(ids::add);
    cy.external().stream().map(Condition::ref).forEach(ids::add);
    cy.material().stream().map(Condition::ref).forEach(ids::add);
    ids.addAll(cy.internal());
    cy.agency().stream().map(ActiveAgency::id).forEach(ids::add);
    cy.outcomes().stream().map(Outcome::ref).forEach(ids::add);
    return ids;
  }
}

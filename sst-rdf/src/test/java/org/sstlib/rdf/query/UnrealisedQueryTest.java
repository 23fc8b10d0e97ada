package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Cycle;
import org.sstlib.core.Evidence;
import org.sstlib.core.Outcome;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.StepKind;
import org.sstlib.core.testing.ErpStudy;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.store.LoopbackFuseki;
import org.sstlib.rdf.store.SstStore;

/**
 * The {@code unrealised} query and the chain around an unrealised outcome, on a school's timetabling case
 * ({@link SchoolCase}), with the ERP study (which has one too) beside it in each store: memory, TDB2 in a
 * temporary directory and an embedded Fuseki on loopback. An unrealised outcome is listed with who intended it, what happened instead and its
 * evidence; it gives no produces step, in memory, in the stored triples, or in the SPARQL chain.
 */
class UnrealisedQueryTest {

  private static final String SCHOOL = SchoolCase.ID;

  @TempDir
  static Path tempDir;

  private static Case school;
  private static FusekiServer fuseki;
  private static final Map<String, SstStore> STORES = new LinkedHashMap<>();

  @BeforeAll
  static void openStores() {
    school = SchoolCase.read();
    STORES.put("memory", SstStore.memory());
    STORES.put("tdb2", SstStore.tdb2(tempDir.resolve("tdb2")));
    fuseki = LoopbackFuseki.server(DatabaseMgr.createDatasetGraph()).build().start();
    STORES.put("fuseki", SstStore.remote("http://localhost:" + fuseki.getPort() + "/ds"));
    for (SstStore store : STORES.values()) {
      store.putAll(List.of(ErpStudy.build(), school));
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

  /** What the case model says: every unrealised entry, with its evidence read from the evidence's supports. */
  private static List<UnrealisedOutcome> expected(Case c) {
    List<UnrealisedOutcome> out = new ArrayList<>();
    for (Cycle cycle : c.cycles()) {
      for (int i = 0; i < cycle.outcomes().size(); i++) {
        Outcome o = cycle.outcomes().get(i);
        if (o.realised()) {
          continue;
        }
        Set<String> claims = Set.of(o.ref(), cycle.id() + "/" + o.ref());
        List<String> evidence = c.evidence().stream()
            .filter(e -> e.supports().stream().anyMatch(claims::contains))
            .map(Evidence::id).sorted().toList();
        String label = c.element(o.ref(), org.sstlib.core.Element.class).orElseThrow().label();
        out.add(new UnrealisedOutcome(c.id(), cycle.id(), i, o.ref(), label, o.intendedBy(), o.instead(),
            ImmutableList.copyOf(evidence)));
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theQuadripartiteTableSaysWhichOutcomesHappened(String backEnd) {
    SstQueries queries = SstQueries.on(STORES.get(backEnd)).inCase(SCHOOL);
    Map<String, Optional<Boolean>> realised = new LinkedHashMap<>();
    for (QuadripartiteEntry e : queries.quadripartite("planning")) {
      realised.put(e.role() + " " + e.element(), e.realised());
    }
    assertEquals(Optional.of(true), realised.get("outcome timetable"), backEnd);
    assertEquals(Optional.of(false), realised.get("outcome qualified-cover"), backEnd);
    // Only outcomes say whether they happened.
    assertEquals(Optional.empty(), realised.get("external staffing-budget"), backEnd);
    QueryTable table = queries.run(NamedQuery.QUADRIPARTITE, Map.of("cycle", "planning"));
    int row = table.column("element").indexOf("qualified-cover");
    assertEquals("false", table.column("realised").get(row), backEnd);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void listsEachUnrealisedOutcomeWithWhoIntendedItWhatHappenedInsteadAndItsEvidence(String backEnd) {
    SstQueries all = SstQueries.on(STORES.get(backEnd));
    List<UnrealisedOutcome> both = new ArrayList<>(expected(ErpStudy.build()));
    both.addAll(expected(school));
    assertEquals(both, all.unrealised(), backEnd);
    SstQueries queries = all.inCase(SCHOOL);
    List<UnrealisedOutcome> answer = queries.unrealised();
    assertEquals(expected(school), answer, backEnd);
    // What the file says, read plainly: the governors and the deputy meant every class to have a qualified
    // teacher; supply cover happened instead; the deputy's interview and the minutes say so.
    UnrealisedOutcome first = answer.get(0);
    assertEquals(List.of("planning", "qualified-cover"), List.of(first.cycle(), first.outcome()));
    assertEquals(List.of("deputy", "governors"), first.intendedBy());
    assertEquals(List.of("supply-cover"), first.instead());
    assertEquals(List.of("ev-deputy", "ev-minutes"), first.evidence());
    // The defaults: intended by the cycle's agent-in-focus; nothing said about what happened instead.
    UnrealisedOutcome second = answer.get(1);
    assertEquals(List.of("setting", "maths-sets"), List.of(second.cycle(), second.outcome()));
    assertEquals(List.of("head-of-maths"), second.intendedBy());
    assertEquals(List.of(), second.instead());
    assertEquals(List.of(), second.evidence());
    assertEquals(2, answer.size());
    // The ERP study's: the review with the plant manager as a business partner did not happen; the accounts went
    // to head office instead.
    List<UnrealisedOutcome> erp = all.inCase(ErpStudy.ID).unrealised();
    assertEquals(List.of(ErpStudy.PARTNER_REVIEW), erp.stream().map(UnrealisedOutcome::outcome).toList());
    assertEquals(List.of("accounts-submitted"), erp.get(0).instead());
    assertEquals(List.of("financial-controller", "management-accountant"), erp.get(0).intendedBy());
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theRawTableHasOneRowPerUnrealisedOutcome(String backEnd) {
    QueryTable all = SstQueries.on(STORES.get(backEnd)).run("unrealised", Map.of());
    assertEquals(List.of(ErpStudy.ID, SCHOOL, SCHOOL), all.column("case"));
    QueryTable table = SstQueries.on(STORES.get(backEnd)).run("unrealised", Map.of("case", SCHOOL));
    assertEquals(SstQueries.columns("unrealised"), table.columns());
    assertEquals(List.of("case", "cycle", "index", "outcome", "label", "intendedBy", "instead", "evidence",
        "evidenceIds"), table.columns());
    assertEquals(List.of(SCHOOL, SCHOOL), table.column("case"));
    assertEquals(List.of("qualified-cover", "maths-sets"), table.column("outcome"));
    assertEquals(List.of("2", "0"), table.column("index"));
    assertEquals(List.of("Every class taught by a qualified teacher", "Setting by ability in mathematics"),
        table.column("label"));
    assertEquals(List.of("deputy governors", "head-of-maths"), table.column("intendedBy"));
    assertEquals(List.of("supply-cover", ""), table.column("instead"));
    assertEquals(List.of("2", "0"), table.column("evidence"));
    assertEquals(List.of("ev-deputy ev-minutes", ""), table.column("evidenceIds"));
    assertEquals(all.rows().subList(1, 3), table.rows());
    assertEquals(all.rows().subList(0, 1),
        SstQueries.on(STORES.get(backEnd)).run("unrealised", Map.of("case", ErpStudy.ID)).rows());
  }

  @Test
  void anUnrealisedOutcomeGivesNoProducesStepInMemory() {
    ChainGraph chain = ChainGraph.of(school);
    assertFalse(chain.steps().stream().anyMatch(s -> s.kind() == StepKind.PRODUCES
        && (s.to().equals("qualified-cover") || s.to().equals("maths-sets"))), chain.steps().toString());
    // What happened instead is produced.
    assertTrue(chain.steps().stream().anyMatch(s -> s.kind() == StepKind.PRODUCES && s.to().equals("supply-cover")
        && s.from().equals("build-timetable")));
    assertTrue(chain.paths("staffing-budget", "qualified-cover").isEmpty());
    assertFalse(chain.paths("staffing-budget", "supply-cover").isEmpty());
  }

  @Test
  void theStoredTriplesHaveNoProducesOrChainStepToAnUnrealisedOutcome() {
    Graph g = CaseGraphs.toGraph(school);
    Set<Node> steps = new java.util.HashSet<>(List.of(SST.chainStep, SST.produces));
    for (Change change : Change.values()) {
      SST.producesProperty(change).ifPresent(steps::add);
    }
    for (String id : List.of("qualified-cover", "maths-sets")) {
      Node outcome = NodeFactory.createURI(school.base() + id);
      // The entry itself is stored, marked not realised.
      List<Node> entries = g.find(Node.ANY, SST.entity, outcome).toList().stream().map(t -> t.getSubject())
          .filter(e -> g.contains(e, RDF.type.asNode(), SST.OutcomeEntry)).toList();
      assertTrue(entries.stream().anyMatch(e -> g.contains(e, SST.realised, NodeFactory.createLiteralDT("false",
          org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean))), id);
      // Nothing produces it: no step reaches the element, nor any outcome entry of it that was not realised, and
      // no step leaves such an entry.
      assertEquals(List.of(), g.find(Node.ANY, Node.ANY, outcome).toList().stream()
          .filter(t -> steps.contains(t.getPredicate())).toList(), id);
      for (Node entry : entries) {
        if (g.contains(entry, SST.realised, NodeFactory.createLiteralDT("false",
            org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean))) {
          assertEquals(List.of(), g.find(Node.ANY, Node.ANY, entry).toList().stream()
              .filter(t -> steps.contains(t.getPredicate())).toList(), id);
          assertEquals(List.of(), g.find(entry, SST.chainStep, Node.ANY).toList(), id);
        }
      }
    }
    // A realised outcome is produced: the step reaches its outcome entry.
    Node supply = NodeFactory.createURI(school.base() + "supply-cover");
    Node supplyEntry = g.find(Node.ANY, SST.entity, supply).toList().stream().map(t -> t.getSubject())
        .filter(e -> g.contains(e, RDF.type.asNode(), SST.OutcomeEntry)).findFirst().orElseThrow();
    assertTrue(g.contains(NodeFactory.createURI(school.base() + "build-timetable"), SST.produces, supplyEntry));
    assertTrue(g.contains(NodeFactory.createURI(school.base() + "build-timetable"), SST.chainStep, supplyEntry));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theSparqlChainAgreesWithTheInMemoryChain(String backEnd) {
    SstQueries queries = SstQueries.on(STORES.get(backEnd)).inCase(SCHOOL);
    ChainGraph chain = ChainGraph.of(school);
    assertEquals(List.of(), queries.chain("staffing-budget", "qualified-cover"), backEnd);
    assertEquals(List.of(), queries.chain("build-timetable", "qualified-cover"), backEnd);
    assertEquals(List.of(), queries.chain("timetable", "maths-sets"), backEnd);
    List<List<String>> sparql = queries.chain("staffing-budget", "supply-cover").stream()
        .map(r -> r.path().nodes()).collect(Collectors.toList());
    List<List<String>> memory = chain.paths("staffing-budget", "supply-cover").stream()
        .map(p -> p.nodes()).collect(Collectors.toList());
    assertFalse(memory.isEmpty());
    assertEquals(memory, sparql, backEnd);
  }
}

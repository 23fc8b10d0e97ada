package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Effect;
import org.sstlib.core.Element;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Force;
import org.sstlib.core.Lacking;
import org.sstlib.core.Outcome;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.testing.ErpStudy;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.store.LoopbackFuseki;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreCases;

/**
 * The {@code forces} query: the irresistible forces of each cycle, what resisting them would have cost, what the
 * agent lacked, the concerns of the agency it bears on and the evidence counts. On a Better Care Fund planning case
 * built here in Java (after Hughes et al. 2022, illustrative), with the ERP study beside it, in each store: memory,
 * TDB2 in a temporary directory and an embedded Fuseki on loopback; and on random cases, against what the model
 * says.
 */
class ForcesQueryTest {

  static final String ID = "bcf-planning-illustrative";
  private static final String TEMPLATE_LABEL = "The Better Care Fund planning template";
  private static final String TARGETS_LABEL = "National targets for emergency admissions";
  private static final String DEADLINE_LABEL = "The submission deadline's workload";

  @TempDir
  static Path tempDir;

  private static Case bcf;
  private static FusekiServer fuseki;
  private static FusekiServer handFuseki;
  private static final Map<String, SstStore> STORES = new LinkedHashMap<>();

  /**
   * Officials fill in the Better Care Fund template. The template and the national targets bore on them as
   * irresistible forces (external), the deadline's workload too (material); the pooled budget was an independent
   * influence. Resisting the template would have cost the fund's money for local schemes and good relations with
   * NHS England (in that order, not alphabetical), and they lacked the power to resist; for the workload they
   * lacked knowledge and critical distance (given in the other order: the answer keeps the code list's); the
   * targets say neither. In the review, NHS England's assurers met the same template, lacking critical distance.
   */
  static Case build() {
    return build(true);
  }

  /** The case, or the same with no sacrifices and no lacking on any entry. */
  static Case build(boolean withResistance) {
    return Case.builder(ID, "Better Care Fund planning (illustrative, after Hughes et al. 2022)")
        .base("https://example.org/bcf/")
        .analyst(new Analyst("ana", "Ana Analyst"))
        .source(Source.of("interviews", SourceType.INTERVIEW), Source.of("guidance", SourceType.DOCUMENT))
        .agent(Agent.builder("officials", "Better Care Fund officials", AgentType.COLLECTIVE).build(),
            Agent.builder("assurers", "NHS England's assurers", AgentType.COLLECTIVE).build())
        .structure(
            Structure.builder("bcf-template", TEMPLATE_LABEL, StructureForm.ARTEFACT).build(),
            Structure.builder("national-targets", TARGETS_LABEL, StructureForm.CONTRACT_OR_TARGET).build(),
            Structure.builder("pooled-budget", "The pooled budget", StructureForm.FUNDING).build(),
            Structure.builder("deadline-workload", DEADLINE_LABEL, StructureForm.MATERIAL_RESOURCE).build())
        .event(Event.builder("plan-submitted", "The plan is submitted").build(),
            Event.builder("plan-assured", "The plan is assured").build())
        .cycle(
            Cycle.builder("planning", "Officials fill in the template")
                .site("Planning meetings")
                .agentInFocus("officials")
                .external(
                    Condition.of("pooled-budget").withEffect(Effect.ENABLES).withForce(Force.INDEPENDENT_INFLUENCE),
                    resist(withResistance, Condition.of("bcf-template").withEffect(Effect.CONSTRAINS)
                        .withForce(Force.IRRESISTIBLE_FORCE), List.of("keep the fund's money for local schemes",
                            "good relations with NHS England"), List.of(Lacking.POWER)),
                    Condition.of("national-targets").withEffect(Effect.CONSTRAINS)
                        .withForce(Force.IRRESISTIBLE_FORCE))
                .material(resist(withResistance, Condition.of("deadline-workload")
                    .withForce(Force.IRRESISTIBLE_FORCE), List.of(),
                    List.of(Lacking.CRITICAL_DISTANCE, Lacking.KNOWLEDGE)))
                .agency(
                    ActiveAgency.builder("fill-grid", "Fill in the funding grid")
                        .concerns("complete the template as required", "name a funding source for every scheme")
                        .build(),
                    ActiveAgency.builder("rebadge", "Re-badge existing budget lines")
                        .concerns("name a funding source for every scheme", "keep the fund's money for local schemes")
                        .build())
                .outcome(Outcome.of("plan-submitted").withProducedBy("fill-grid"))
                .build(),
            Cycle.builder("review", "NHS England reviews the plan")
                .site("Assurance panel")
                .follows("planning")
                .agentInFocus("assurers")
                .external(resist(withResistance, Condition.of("bcf-template").withEffect(Effect.BOTH)
                    .withForce(Force.IRRESISTIBLE_FORCE), List.of(), List.of(Lacking.CRITICAL_DISTANCE))
                    .unavailable())
                .agency(ActiveAgency.builder("assure", "Assure the plan").build())
                .outcome(Outcome.of("plan-assured").withProducedBy("assure"))
                .build())
        .evidence(
            Evidence.builder("e1", "interviews").kind(EvidenceKind.PARTICIPANT)
                .quote("We had to comply with the template.").supports("planning/bcf-template", "bcf-template")
                .build(),
            Evidence.builder("e2", "interviews").kind(EvidenceKind.PARTICIPANT)
                .quote("There was no room to say no.").supports("planning/bcf-template").build(),
            Evidence.builder("e3", "guidance").kind(EvidenceKind.DOCUMENT).quote("Complete every cell of the grid.")
                .supports("bcf-template").build(),
            Evidence.builder("e4", "interviews").kind(EvidenceKind.ANALYST).note("The assurers took it as given.")
                .supports("review/bcf-template").build())
        .build();
  }

  private static Condition resist(boolean withResistance, Condition c, List<String> sacrifices,
      List<Lacking> lacking) {
    return withResistance ? c.withResistance(sacrifices, lacking) : c;
  }

  @BeforeAll
  static void openStores() {
    bcf = build();
    STORES.put("memory", SstStore.memory());
    STORES.put("tdb2", SstStore.tdb2(tempDir.resolve("tdb2")));
    fuseki = LoopbackFuseki.server(DatabaseMgr.createDatasetGraph()).build().start();
    STORES.put("fuseki", SstStore.remote("http://localhost:" + fuseki.getPort() + "/ds"));
    for (SstStore store : STORES.values()) {
      store.putAll(List.of(ErpStudy.build(), bcf));
    }
    // The case alone, its sacrifices and lacking added by hand to the graph as docs/rdf.md says them.
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    Graph g = byHandGraph();
    Txn.executeWrite(dataset, () -> dataset.addGraph(GraphNames.graphNode(ID), g));
    handFuseki = LoopbackFuseki.server(dataset).build().start();
    STORES.put("by-hand", SstStore.remote("http://localhost:" + handFuseki.getPort() + "/ds"));
  }

  @AfterAll
  static void closeStores() {
    STORES.values().forEach(SstStore::close);
    STORES.clear();
    if (fuseki != null) {
      fuseki.stop();
    }
    if (handFuseki != null) {
      handFuseki.stop();
    }
  }

  /**
   * What the case model says: every external and material entry whose force is irresistible, cycle by cycle,
   * external before material, with the concerns of the agency it bears on (each once) and the evidence counted from
   * what each item supports.
   */
  static List<ForceRow> expected(Case c) {
    List<ForceRow> out = new ArrayList<>();
    for (Cycle cycle : c.cycles()) {
      for (String role : List.of("external", "material")) {
        List<Condition> entries = role.equals("external") ? cycle.external() : cycle.material();
        for (int i = 0; i < entries.size(); i++) {
          String ref = entries.get(i).ref();
          // The concerns of the agency the force bears on: those it conditions.
          ImmutableList<String> concerns = cycle.agency().stream().filter(a -> a.conditionedBy().contains(ref))
              .flatMap(a -> a.concerns().stream()).distinct().collect(ImmutableList.toImmutableList());
          Condition e = entries.get(i);
          if (!e.force().equals(Optional.of(Force.IRRESISTIBLE_FORCE))) {
            continue;
          }
          String claim = cycle.id() + "/" + e.ref();
          int roleEvidence = (int) c.evidence().stream().filter(v -> v.supports().contains(claim)).count();
          int elementEvidence = (int) c.evidence().stream().filter(v -> v.supports().contains(e.ref())).count();
          out.add(new ForceRow(c.id(), cycle.id(), cycle.agentInFocus(), role, i, e.ref(),
              c.element(e.ref(), Element.class).orElseThrow().label(), e.effect(), e.available(), e.sacrifices(),
              e.lacking(), concerns, roleEvidence, elementEvidence));
        }
      }
    }
    return out;
  }

  private static final ImmutableList<String> PLANNING_CONCERNS = ImmutableList.of(
      "complete the template as required", "name a funding source for every scheme",
      "keep the fund's money for local schemes");

  /** The rows of the case built here, written out by hand. */
  private static List<ForceRow> byHand() {
    return List.of(
        new ForceRow(ID, "planning", "officials", "external", 1, "bcf-template", TEMPLATE_LABEL,
            Optional.of(Effect.CONSTRAINS), true,
            ImmutableList.of("keep the fund's money for local schemes", "good relations with NHS England"),
            ImmutableList.of(Lacking.POWER), PLANNING_CONCERNS, 2, 2),
        new ForceRow(ID, "planning", "officials", "external", 2, "national-targets", TARGETS_LABEL,
            Optional.of(Effect.CONSTRAINS), true, ImmutableList.of(), ImmutableList.of(), PLANNING_CONCERNS, 0, 0),
        new ForceRow(ID, "planning", "officials", "material", 0, "deadline-workload", DEADLINE_LABEL,
            Optional.empty(), true, ImmutableList.of(), ImmutableList.of(Lacking.KNOWLEDGE, Lacking.CRITICAL_DISTANCE),
            PLANNING_CONCERNS, 0, 0),
        new ForceRow(ID, "review", "assurers", "external", 0, "bcf-template", TEMPLATE_LABEL,
            Optional.of(Effect.BOTH), false, ImmutableList.of(), ImmutableList.of(Lacking.CRITICAL_DISTANCE),
            ImmutableList.of(), 1, 2));
  }

  // ------------------------------------------------------------------------------------------------ typed

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki", "by-hand"})
  void listsEachIrresistibleForceWithWhatResistingWouldHaveCostAndWhatWasLacking(String backEnd) {
    SstQueries queries = SstQueries.on(STORES.get(backEnd)).inCase(ID);
    assertEquals(byHand(), queries.forces(), backEnd);
    assertEquals(expected(bcf), queries.forces(), backEnd);
    // The independent influence is not a force of this kind.
    assertFalse(queries.forces().stream().anyMatch(f -> f.element().equals("pooled-budget")), backEnd);
    assertEquals(List.of(true, false, true, true), queries.forces().stream().map(ForceRow::explained).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void everyCaseAnswersInTheOrderOfItsIdsAndTheErpStudyAsItsModelSays(String backEnd) {
    SstQueries all = SstQueries.on(STORES.get(backEnd));
    // Case by case in the order of their ids: bcf-planning-illustrative, then erp-accounting.
    List<ForceRow> both = new ArrayList<>(byHand());
    both.addAll(expected(ErpStudy.build()));
    assertTrue(ID.compareTo(ErpStudy.ID) < 0);
    assertEquals(both, all.forces(), backEnd);
    List<ForceRow> erp = all.inCase(ErpStudy.ID).forces();
    assertEquals(expected(ErpStudy.build()), erp, backEnd);
    assertEquals(erp.stream().filter(f -> f.cycle().equals(ErpStudy.CLOSE)).toList(),
        all.forces(ErpStudy.CLOSE), backEnd);
    assertEquals(2, all.forces(ErpStudy.CLOSE).size(), backEnd);
    // The reporting templates bore on the management accountant at the close.
    assertTrue(erp.stream().anyMatch(f -> f.cycle().equals(ErpStudy.CLOSE) && f.element().equals(ErpStudy.TEMPLATES)
        && f.agentInFocus().equals("management-accountant") && f.roleEvidence() == 2), erp.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki", "by-hand"})
  void theCycleParameterKeepsOneCycle(String backEnd) {
    SstQueries all = SstQueries.on(STORES.get(backEnd));
    assertEquals(byHand().subList(3, 4), all.forces("review"), backEnd);
    assertEquals(byHand().subList(0, 3), all.inCase(ID).forces("planning"), backEnd);
    assertEquals(byHand().subList(0, 3), all.forces("<https://example.org/bcf/planning>"), backEnd);
    QueryTable table = all.run("forces", Map.of("cycle", "review"));
    assertEquals(List.of("bcf-template"), table.column("element"));
    assertEquals(all.run("forces", Map.of("case", ID)).rows().subList(3, 4), table.rows());
    // A cycle of no case, and an element that is not a cycle.
    QueryParameterException none = assertThrows(QueryParameterException.class, () -> all.forces("planing"));
    assertTrue(none.getMessage().contains("no cycle 'planing'"), none.getMessage());
    assertTrue(none.getMessage().contains("did you mean 'planning'?"), none.getMessage());
    QueryParameterException wrong = assertThrows(QueryParameterException.class, () -> all.forces("bcf-template"));
    assertTrue(wrong.wrongKind(), wrong.getMessage());
    assertThrows(QueryParameterException.class, () -> all.run("forces", Map.of("cycle", "x y")));
  }

  /**
   * The reference case (Hughes et al. 2022): the Better Care Fund officials "had to comply with the material
   * requirements of the template"; resisting it would have cost them completing it as required and showing savings
   * from integrated care, and they lacked the power to change it (the analysts' reading).
   */
  @Test
  void theReferenceCaseOfficialsHadToComplyWithTheTemplate() {
    Case hughes = StoreCases.reference();
    try (SstStore store = SstStore.memory()) {
      store.put(hughes);
      SstQueries queries = SstQueries.on(store);
      assertEquals(expected(hughes), queries.forces());
      List<ForceRow> planning = queries.forces("bcf-planning");
      assertEquals(expected(hughes).stream().filter(f -> f.cycle().equals("bcf-planning")).toList(), planning);
      ForceRow template = planning.stream().filter(f -> f.element().equals("bcf-template")).findFirst()
          .orElseThrow();
      assertEquals("bcf-officials", template.agentInFocus());
      assertEquals(List.of("complete the template as required", "show savings from integrated care"),
          template.sacrifices());
      assertEquals(List.of(Lacking.POWER), template.lacking());
      assertTrue(template.concerns().containsAll(template.sacrifices()), template.concerns().toString());
      assertTrue(template.roleEvidence() >= 2, "the paper's account and the analysts' reading");
    }
  }

  // ------------------------------------------------------------------------------------------------ raw

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki", "by-hand"})
  void theRawTableJoinsTheListsAndCountsTheEvidence(String backEnd) {
    QueryTable table = SstQueries.on(STORES.get(backEnd)).run("forces", Map.of("case", ID));
    assertEquals(SstQueries.columns("forces"), table.columns());
    assertEquals(List.of("case", "cycle", "agentInFocus", "role", "index", "element", "label", "effect",
        "available", "sacrifices", "lacking", "concerns", "roleEvidence", "elementEvidence"), table.columns());
    String concerns = "complete the template as required; name a funding source for every scheme; "
        + "keep the fund's money for local schemes";
    assertEquals(List.of(
        List.of(ID, "planning", "officials", "external", "1", "bcf-template", TEMPLATE_LABEL, "constrains", "true",
            "keep the fund's money for local schemes; good relations with NHS England", "power", concerns, "2", "2"),
        List.of(ID, "planning", "officials", "external", "2", "national-targets", TARGETS_LABEL, "constrains",
            "true", "", "", concerns, "0", "0"),
        List.of(ID, "planning", "officials", "material", "0", "deadline-workload", DEADLINE_LABEL, "", "true", "",
            "knowledge critical-distance", concerns, "0", "0"),
        List.of(ID, "review", "assurers", "external", "0", "bcf-template", TEMPLATE_LABEL, "both", "false", "",
            "critical-distance", "", "1", "2")),
        table.rows().stream().map(r -> List.copyOf(r.values())).toList(), backEnd);
    assertEquals(ForcesQuery.table(SstQueries.on(STORES.get(backEnd)).inCase(ID).forces()), table);
  }

  @Test
  void aLackingConceptIsReadByItsCode() {
    assertEquals(Optional.of(Lacking.POWER), ForcesQuery.lacking(NodeFactory.createURI(SST.NS + "lacking-power")));
    assertEquals(Optional.of(Lacking.CRITICAL_DISTANCE),
        ForcesQuery.lacking(NodeFactory.createURI(SST.NS + "lacking-critical-distance")));
    assertEquals(Optional.empty(), ForcesQuery.lacking(NodeFactory.createURI(SST.NS + "lacking-courage")));
    assertEquals(Optional.empty(), ForcesQuery.lacking(NodeFactory.createURI(SST.NS + "effect-constrains")));
    assertEquals(Optional.empty(), ForcesQuery.lacking(NodeFactory.createLiteralString("power")));
    assertEquals(Optional.empty(), ForcesQuery.lacking(null));
  }

  /**
   * The graph of the case with no resistance, with the sacrifices and lacking of {@link #build()} added by hand as
   * docs/rdf.md says them (an RDF list of strings for {@code sst:sacrifices}, one {@code sst:lacking} triple per
   * value): the query reads them whoever wrote the graph (the store "by-hand").
   */
  private static Graph byHandGraph() {
    Case plain = build(false);
    Graph g = CaseGraphs.toGraph(plain);
    Node sacrifices = NodeFactory.createURI(SST.NS + "sacrifices");
    Node lacking = NodeFactory.createURI(SST.NS + "lacking");
    Node template = entry(g, plain, "planning", SST.qualifiedExternal, "bcf-template");
    Node first = NodeFactory.createBlankNode();
    Node second = NodeFactory.createBlankNode();
    g.add(Triple.create(template, sacrifices, first));
    g.add(Triple.create(first, RDF.first.asNode(),
        NodeFactory.createLiteralString("keep the fund's money for local schemes")));
    g.add(Triple.create(first, RDF.rest.asNode(), second));
    g.add(Triple.create(second, RDF.first.asNode(), NodeFactory.createLiteralString("good relations with NHS England")));
    g.add(Triple.create(second, RDF.rest.asNode(), RDF.nil.asNode()));
    g.add(Triple.create(template, lacking, NodeFactory.createURI(SST.NS + "lacking-power")));
    Node workload = entry(g, plain, "planning", SST.qualifiedMaterial, "deadline-workload");
    g.add(Triple.create(workload, lacking, NodeFactory.createURI(SST.NS + "lacking-critical-distance")));
    g.add(Triple.create(workload, lacking, NodeFactory.createURI(SST.NS + "lacking-knowledge")));
    Node review = entry(g, plain, "review", SST.qualifiedExternal, "bcf-template");
    g.add(Triple.create(review, lacking, NodeFactory.createURI(SST.NS + "lacking-critical-distance")));
    return g;
  }

  @Test
  void readsSacrificesAndLackingAsTheRdfFormSaysThem() {
    assertEquals(byHand(), SstQueries.on(STORES.get("by-hand")).forces());
    assertEquals(SstQueries.on(STORES.get("memory")).run("forces", Map.of("case", ID)),
        SstQueries.on(STORES.get("by-hand")).run("forces", Map.of()));
  }

  /** The entry node of an element in a role of a cycle. */
  private static Node entry(Graph g, Case c, String cycle, Node qualified, String element) {
    Node cycleNode = NodeFactory.createURI(c.base() + cycle);
    Node elementNode = NodeFactory.createURI(c.base() + element);
    return g.find(cycleNode, qualified, Node.ANY).toList().stream().map(Triple::getObject)
        .filter(e -> g.contains(e, SST.entity, elementNode)).findFirst().orElseThrow();
  }

  // ------------------------------------------------------------------------------------------------ random

  @Test
  void onRandomCasesTheRowsAreWhatTheModelSays() {
    int forces = 0;
    int explained = 0;
    int lacking = 0;
    for (long seed = 0; seed < 60; seed++) {
      Case c = RandomCases.generate(seed);
      try (SstStore store = SstStore.memory()) {
        store.put(c);
        List<ForceRow> answer = SstQueries.on(store).forces();
        assertEquals(expected(c), answer, "seed=" + seed);
        assertEquals(ForcesQuery.table(answer), SstQueries.on(store).run("forces", Map.of()), "seed=" + seed);
        forces += answer.size();
        explained += (int) answer.stream().filter(f -> !f.sacrifices().isEmpty()).count();
        lacking += (int) answer.stream().filter(f -> !f.lacking().isEmpty()).count();
      }
    }
    // The check proves something: the random cases have forces, sacrifices and lacking.
    assertTrue(forces > 20 && explained > 5 && lacking > 5, forces + " " + explained + " " + lacking);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tdb2", "fuseki"})
  void onRandomCasesTheStoresAgree(String backEnd) {
    List<Case> cases = new ArrayList<>();
    for (long seed = 100; seed < 106; seed++) {
      cases.add(RandomCases.builder(seed).build());
    }
    try (SstStore memory = SstStore.memory()) {
      memory.putAll(cases);
      SstStore other = backEnd.equals("tdb2") ? SstStore.tdb2(tempDir.resolve("random-tdb2")) : null;
      FusekiServer server = null;
      if (other == null) {
        server = LoopbackFuseki.server(DatabaseMgr.createDatasetGraph()).build().start();
        other = SstStore.remote("http://localhost:" + server.getPort() + "/ds");
      }
      try {
        other.putAll(cases);
        List<ForceRow> expected = SstQueries.on(memory).forces();
        assertFalse(expected.isEmpty());
        assertEquals(expected, SstQueries.on(other).forces(), backEnd);
        assertEquals(SstQueries.on(memory).run("forces", Map.of()), SstQueries.on(other).run("forces", Map.of()));
      } finally {
        other.close();
        if (server != null) {
          server.stop();
        }
      }
    }
  }
}

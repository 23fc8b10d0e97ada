package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Test;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Bracket;
import org.sstlib.core.Case;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Force;
import org.sstlib.core.Lacking;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Problem;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;

/**
 * Who acts and the power to resist, in RDF: the case's level of ontology, a cycle's methodological bracket, an
 * agency's actors, and what resisting an irresistible force would have cost (sacrifices) and what the agent lacked
 * (lacking); all of it reads back to the same case, and a graph written before these terms reads with the model's
 * defaults.
 */
class AgencyAndResistanceMappingTest {
  private static final String BASE = "https://example.org/ward/";
  private static final Node CASE = NodeFactory.createURI("urn:sst:case:ward");

  /**
   * A ward team (a collective) whose nurse acts for it in the ward round, under a staffing target it could not
   * resist without giving up its concerns; and the nurse alone at the bedside, in a cycle of no stated bracket.
   */
  static Case.Builder ward() {
    return Case.builder("ward", "A ward round")
        .base(BASE)
        .agent(Agent.builder("team", "Ward team", AgentType.COLLECTIVE).build(),
            Agent.builder("nurse", "Nurse", AgentType.INDIVIDUAL).memberOf("team").build(),
            Agent.builder("doctor", "Doctor", AgentType.INDIVIDUAL).memberOf("team").build())
        .positionPractice(PositionPractice.builder("ward-nursing", "Ward nursing").occupiedBy("nurse").build())
        .structure(Structure.builder("staffing-target", "Staffing target", StructureForm.CONTRACT_OR_TARGET).build(),
            Structure.builder("bed", "The bed", StructureForm.MATERIAL_RESOURCE).build(),
            Structure.builder("handover", "Handover sheet", StructureForm.ARTEFACT).build())
        .cycle(Cycle.builder("round", "The ward round").site("ward 4").agentInFocus("team")
                .positionPractice("ward-nursing").bracket(Bracket.BOTH)
                .external(Condition.of("staffing-target").withForce(Force.IRRESISTIBLE_FORCE)
                    .withResistance(List.of("time with each patient", "the team's own rota"),
                        List.of(Lacking.CRITICAL_DISTANCE, Lacking.POWER)))
                .material(Condition.of("bed"))
                .agency(ActiveAgency.builder("shorten-round", "Shortens the round").by("nurse", "doctor")
                    .concerns("safe care", "time with each patient").build())
                .outcome("handover").build(),
            Cycle.builder("bedside", "At the bedside").site("bed 3").agentInFocus("nurse")
                .external("handover")
                .agency(ActiveAgency.builder("check", "Checks the chart").build())
                .outcome("handover").build());
  }

  private static Node iri(String id) {
    return NodeFactory.createURI(BASE + id);
  }

  @Test
  void theLevelOfOntologyIsAlwaysWrittenInSituByDefault() {
    Graph g = CaseGraphs.toGraph(ward().build());
    assertEquals(List.of(SstConcepts.level_in_situ), G.listSP(g, CASE, SST.level));
    Graph general = CaseGraphs.toGraph(ward().level(OntologyLevel.GENERAL).build());
    assertEquals(List.of(SstConcepts.level_general), G.listSP(general, CASE, SST.level));
  }

  @Test
  void theBracketIsWrittenOnlyWhenTheAnalysisSaysIt() {
    Graph g = CaseGraphs.toGraph(ward().build());
    assertEquals(List.of(SstConcepts.bracket_both), G.listSP(g, iri("round"), SST.bracket));
    assertFalse(g.contains(iri("bedside"), SST.bracket, Node.ANY));
  }

  @Test
  void theActorsAreWrittenAndDefaultToTheAgentInFocus() {
    Graph g = CaseGraphs.toGraph(ward().build());
    assertEquals(Set.of(iri("nurse"), iri("doctor")), Set.copyOf(G.listSP(g, iri("shorten-round"), SST.actor)));
    assertEquals(List.of(iri("nurse")), G.listSP(g, iri("check"), SST.actor));
  }

  @Test
  void sacrificesAreAListAndEachLackingATriple() {
    Graph g = CaseGraphs.toGraph(ward().build());
    Node entry = iri("round/external/0");
    Node head = G.getOneSP(g, entry, SST.sacrifices);
    assertEquals(List.of("time with each patient", "the team's own rota"), G.rdfList(g, head).stream()
        .map(Node::getLiteralLexicalForm).toList());
    assertEquals(Set.of(SstConcepts.lacking_power, SstConcepts.lacking_critical_distance),
        Set.copyOf(G.listSP(g, entry, SST.lacking)));
    // An entry with no account of resisting it says nothing of it.
    Node material = iri("round/material/0");
    assertFalse(g.contains(material, SST.sacrifices, Node.ANY));
    assertFalse(g.contains(material, SST.lacking, Node.ANY));
  }

  @Test
  void everythingReadsBackToTheSameCase() {
    for (OntologyLevel level : OntologyLevel.values()) {
      Case c = ward().level(level).build();
      assertEquals(c, CaseGraphs.fromGraph(CaseGraphs.toGraph(c)), level::toString);
    }
    Case c = CaseGraphs.fromGraph(CaseGraphs.toGraph(ward().build()));
    Condition target = c.cycles().get(0).external().get(0);
    assertEquals(List.of(Lacking.POWER, Lacking.CRITICAL_DISTANCE), target.lacking(), "in code-list order");
    assertEquals(List.of("time with each patient", "the team's own rota"), target.sacrifices());
    assertEquals(List.of("doctor", "nurse"), c.cycles().get(0).agency().get(0).by());
  }

  @Test
  void aGraphWrittenBeforeTheseTermsReadsWithTheModelsDefaults() {
    // Version 1 had no level and no actors: the case is in-situ, each agency the agent-in-focus's.
    Case c = ward().build();
    Graph g = CaseGraphs.toGraph(c);
    g.remove(CASE, SST.level, Node.ANY);
    g.remove(iri("check"), SST.actor, Node.ANY);
    Case read = CaseGraphs.fromGraph(g);
    assertEquals(c, read);
    assertEquals(OntologyLevel.IN_SITU, read.level());
  }

  @Test
  void aValueOutsideItsCodeListIsAProblemWithTheIri() {
    Graph g = CaseGraphs.toGraph(ward().build());
    g.add(iri("round/external/0"), SST.lacking, SstConcepts.effect_both);
    g.remove(CASE, SST.level, Node.ANY);
    g.add(CASE, SST.level, SstConcepts.scale_meso);
    RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
    String all = e.problems().stream().map(Problem::message).collect(Collectors.joining("\n"));
    assertTrue(all.contains("<" + BASE + "round/external/0> has sst:lacking <" + SST.NS + "effect-both>, which is not a concept "
        + "of sst:LackingScheme (one of sst:lacking-power, sst:lacking-knowledge, sst:lacking-critical-distance)"),
        all);
    assertTrue(all.contains("has sst:level <" + SST.NS + "scale-meso>, which is not a concept of sst:OntologyLevelScheme"), all);
  }

  @Test
  void anActorOutsideTheCaseIsAProblem() {
    Graph g = CaseGraphs.toGraph(ward().build());
    g.add(iri("check"), SST.actor, NodeFactory.createURI("https://example.org/elsewhere/someone"));
    RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
    String all = e.problems().stream().map(Problem::message).collect(Collectors.joining("\n"));
    assertTrue(all.contains("agency <" + BASE + "check> has sst:actor <https://example.org/elsewhere/someone>, which "
        + "is not an element of the case"), all);
  }
}

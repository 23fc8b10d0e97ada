package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Degree;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.RelationType;
import org.sstlib.rdf.query.NetworkQueryTestAccess;

/**
 * Position-practice networks in RDF: a relation's type, label, strength and trust, and a position-practice as an
 * outcome, all read back to the same case; a graph written before relations had types reads as type other.
 */
class NetworkMappingTest {
  private static final String BASE = "https://example.org/school-network/";

  private static Node iri(String id) {
    return NodeFactory.createURI(BASE + id);
  }

  @Test
  void aTypedRelationIsWrittenWithItsConceptsAndReadBack() {
    Case school = NetworkQueryTestAccess.school();
    Graph g = CaseGraphs.toGraph(school);
    Node teacherToPupil = iri("teacher/relation/0");
    assertEquals(List.of(SstConcepts.relation_cares_for), G.listSP(g, teacherToPupil, SST.relationType));
    assertEquals(List.of(SstConcepts.degree_high), G.listSP(g, teacherToPupil, SST.strength));
    assertEquals(List.of(SstConcepts.degree_medium), G.listSP(g, teacherToPupil, SST.trust));
    Node teacherToHead = iri("teacher/relation/1");
    assertEquals(List.of(SstConcepts.relation_accountable_to), G.listSP(g, teacherToHead, SST.relationType));
    assertFalse(g.contains(teacherToHead, RDFS.label.asNode(), Node.ANY), "no label written when there is none");
    assertFalse(g.contains(teacherToHead, SST.strength, Node.ANY));
    assertEquals(school, CaseGraphs.fromGraph(g));
  }

  @Test
  void aPositionPracticeOutcomeIsAnOutcomeEntryAndAProducesStep() {
    Graph g = CaseGraphs.toGraph(NetworkQueryTestAccess.school());
    assertTrue(g.contains(iri("lesson"), SST.hasOutcome, iri("pupil")));
    assertTrue(g.contains(iri("lesson/outcome/1"), SST.entity, iri("pupil")));
    assertTrue(g.contains(iri("lesson/outcome/1"), SST.change, SstConcepts.change_changed));
    assertTrue(g.contains(iri("teach"), SST.produces, iri("lesson/outcome/1")));
  }

  @Test
  void aRelationWithNoTypeReadsAsOtherWithItsLabel() {
    Case school = NetworkQueryTestAccess.school();
    Graph g = CaseGraphs.toGraph(school);
    Node headToTeacher = iri("head/relation/0");
    g.remove(headToTeacher, SST.relationType, Node.ANY);
    g.remove(headToTeacher, SST.trust, Node.ANY);
    PositionPractice head = CaseGraphs.fromGraph(g).positionPractices().stream()
        .filter(p -> p.id().equals("head")).findFirst().orElseThrow();
    assertEquals(new PositionPractice.Relation("teacher", "observes lessons"), head.relations().get(0));
    assertEquals(RelationType.OTHER, head.relations().get(0).type());
  }

  @Test
  void aRelationWithNeitherTypeNorLabelIsRefused() {
    Graph g = CaseGraphs.toGraph(NetworkQueryTestAccess.school());
    g.remove(iri("teacher/relation/1"), SST.relationType, Node.ANY);
    RuntimeException e = assertThrows(RuntimeException.class, () -> CaseGraphs.fromGraph(g));
    assertTrue(e.getMessage().contains("positionPractices[0].relations[1].label"), e::getMessage);
  }

  @Test
  void aStrengthThatIsNoDegreeIsRefused() {
    Graph g = CaseGraphs.toGraph(NetworkQueryTestAccess.school());
    g.add(iri("head/relation/1"), SST.strength, SstConcepts.effect_both);
    RuntimeException e = assertThrows(RuntimeException.class, () -> CaseGraphs.fromGraph(g));
    assertTrue(e.getMessage().contains("sst:strength"), e::getMessage);
    assertEquals(Optional.of(Degree.LOW), SstConcepts.value(Degree.class, SstConcepts.degree_low));
  }
}

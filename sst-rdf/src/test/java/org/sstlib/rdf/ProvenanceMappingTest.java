package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Analyst;
import org.sstlib.core.Author;
import org.sstlib.core.Case;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Effect;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Outcome;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.quotes.Anchor;

/**
 * Who says what, in RDF: the study's authors are creators of its publication, the classifications are the analysts'
 * (PROV), evidence is derived from its source and says its kind, and a quote found in its source's text is anchored
 * there with Web Annotation selectors; all of it reads back to the same case.
 */
class ProvenanceMappingTest {
  private static final String BASE = "https://example.org/visits/";

  static Case study() {
    return Case.builder("visits", "Home visits")
        .base(BASE)
        .author(new Author("Ann Author", Optional.of("0000-0002-1825-0097")), Author.of("Ben Author"))
        .analyst(new Analyst("you", "Your Name", Optional.of("0000-0001-5109-3700")), new Analyst("me", "Me"))
        .source(Source.of("int-07", SourceType.INTERVIEW).withText("transcripts/int-07.txt"),
            Source.of("paper", SourceType.PUBLICATION))
        .agent(Agent.builder("nurse", "Nurse", AgentType.INDIVIDUAL).build())
        .structure(Structure.builder("slots", "Visit slots", StructureForm.CONTRACT_OR_TARGET).build(),
            Structure.builder("plan", "Care plan", StructureForm.ARTEFACT).build())
        .cycle(Cycle.builder("visit", "A visit").site("home").agentInFocus("nurse").by("me")
            .external(Condition.of("slots").withEffect(Effect.CONSTRAINS).withBy("you"))
            .agency(ActiveAgency.builder("stay", "Stays longer").build())
            .outcome(Outcome.of("plan").withBy("you"))
            .build())
        .evidence(
            Evidence.builder("ev-1", "int-07").kind(EvidenceKind.PARTICIPANT).quote("whatever you find")
                .locator("L4").supports("visit/slots").build(),
            Evidence.builder("ev-2", "paper").kind(EvidenceKind.ANALYST).note("our reading").by("me")
                .supports("visit/slots").build())
        .build();
  }

  private static Node iri(String local) {
    return NodeFactory.createURI(BASE + local);
  }

  private static Set<Node> objects(Graph g, Node s, Node p) {
    return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).collect(Collectors.toSet());
  }

  @Test
  void authorsCreateThePublicationAndAnalystsTheClassifications() {
    Graph g = CaseGraphs.toGraph(study());
    Node caseNode = NodeFactory.createURI("urn:sst:case:visits");
    Node pub = NodeFactory.createURI("urn:sst:case:visits/publication");
    assertEquals(Set.of(pub), objects(g, caseNode, DCTerms.source.asNode()));
    assertTrue(g.contains(pub, RDF.type.asNode(), DCTerms.BibliographicResource.asNode()));
    Node first = NodeFactory.createURI("urn:sst:case:visits/author/0");
    assertEquals(Set.of(first, NodeFactory.createURI("urn:sst:case:visits/author/1")),
        objects(g, pub, DCTerms.creator.asNode()));
    assertTrue(g.contains(first, RDF.type.asNode(), SST.Author));
    assertTrue(g.contains(first, RDFS.label.asNode(), NodeFactory.createLiteralString("Ann Author")));
    assertEquals(Set.of(NodeFactory.createURI("https://orcid.org/0000-0002-1825-0097")),
        objects(g, first, SST.orcid));
    // The analysis is the analysts'; no author is a creator or attributed anything else.
    assertEquals(Set.of(iri("you"), iri("me")), objects(g, caseNode, SST.Prov.wasAttributedTo));
    assertEquals(Set.of(iri("me")), objects(g, iri("visit"), SST.Prov.wasAttributedTo));
    assertEquals(Set.of(iri("you")), objects(g, iri("visit/external/0"), SST.Prov.wasAttributedTo));
    assertEquals(Set.of(iri("you")), objects(g, iri("visit/outcome/0"), SST.Prov.wasAttributedTo));
    assertEquals(2, g.find(Node.ANY, DCTerms.creator.asNode(), Node.ANY).toList().size(),
        "only the publication has creators");
    assertTrue(g.find(Node.ANY, SST.Prov.wasAttributedTo, first).toList().isEmpty());
  }

  @Test
  void evidenceSaysItsKindItsSourceAndWhoMadeIt() {
    Graph g = CaseGraphs.toGraph(study());
    assertEquals(Set.of(SstConcepts.evidence_participant), objects(g, iri("ev-1"), SST.evidenceKind));
    assertEquals(Set.of(iri("int-07")), objects(g, iri("ev-1"), SST.Prov.wasDerivedFrom));
    assertTrue(objects(g, iri("ev-1"), SST.Prov.wasAttributedTo).isEmpty(), "the case's analysts' by default");
    assertEquals(Set.of(iri("me")), objects(g, iri("ev-2"), SST.Prov.wasAttributedTo));
    assertEquals(Set.of(NodeFactory.createLiteralString("transcripts/int-07.txt")),
        objects(g, iri("int-07"), SST.text));
    assertEquals(Set.of(SstConcepts.source_publication), objects(g, iri("paper"), SST.sourceType));
  }

  @Test
  void everyPartOfProvenanceReadsBackAsTheSameCase() {
    Case c = study();
    assertEquals(c, CaseGraphs.fromGraph(CaseGraphs.toGraph(c)));
  }

  @Test
  void aQuoteFoundInItsTextIsAnchoredThereAndStillReadsBackAsTheSameCase() {
    Case c = study();
    Anchor anchor = new Anchor("ev-1", "int-07", "transcripts/int-07.txt", "whatever you find",
        "the contract gives you, ", ". If some-", 51, 68, 4, 4);
    Graph g = CaseGraphs.toGraph(c, QuoteAnchors.of("visits", List.of(anchor)));
    Node target = iri("ev-1/target");
    Node quote = iri("ev-1/selector");
    Node position = iri("ev-1/position");
    assertEquals(Set.of(quote, position), objects(g, target, OA.hasSelector.asNode()));
    assertTrue(g.contains(quote, OA.exact.asNode(), NodeFactory.createLiteralString("whatever you find")));
    assertTrue(g.contains(quote, OA.prefix.asNode(), NodeFactory.createLiteralString("the contract gives you, ")));
    assertTrue(g.contains(quote, OA.suffix.asNode(), NodeFactory.createLiteralString(". If some-")));
    assertTrue(g.contains(position, RDF.type.asNode(), OA.TextPositionSelector.asNode()));
    assertTrue(g.contains(position, OA.start.asNode(),
        NodeFactory.createLiteralDT("51", XSDDatatype.XSDnonNegativeInteger)));
    assertTrue(g.contains(position, OA.end.asNode(),
        NodeFactory.createLiteralDT("68", XSDDatatype.XSDnonNegativeInteger)));
    assertEquals(c, CaseGraphs.fromGraph(g));
    // Without anchors the selector holds the quote alone.
    Graph plain = CaseGraphs.toGraph(c);
    assertFalse(plain.contains(quote, OA.prefix.asNode(), Node.ANY));
    assertFalse(plain.contains(position, Node.ANY, Node.ANY));
  }

  @Test
  void aGraphOfVersionOneStillReads() {
    Case c = study();
    Graph g = CaseGraphs.toGraph(c);
    Node caseNode = NodeFactory.createURI("urn:sst:case:visits");
    // As version 1 wrote evidence: sst:source and dcterms:creator, no kinds.
    g.delete(Triple.create(caseNode, SST.formatVersion, NodeFactory.createLiteralString("2")));
    g.add(Triple.create(caseNode, SST.formatVersion, NodeFactory.createLiteralString("1")));
    for (String ev : List.of("ev-1", "ev-2")) {
      for (Node source : objects(g, iri(ev), SST.Prov.wasDerivedFrom)) {
        g.delete(Triple.create(iri(ev), SST.Prov.wasDerivedFrom, source));
        g.add(Triple.create(iri(ev), SST.source, source));
      }
      for (Node by : objects(g, iri(ev), SST.Prov.wasAttributedTo)) {
        g.delete(Triple.create(iri(ev), SST.Prov.wasAttributedTo, by));
        g.add(Triple.create(iri(ev), DCTerms.creator.asNode(), by));
      }
      g.remove(iri(ev), SST.evidenceKind, Node.ANY);
    }
    Case read = CaseGraphs.fromGraph(g);
    assertEquals(Optional.empty(), read.evidence().get(0).kind());
    assertEquals("int-07", read.evidence().get(0).source());
    assertEquals(Optional.of("me"), read.evidence().get(1).by());
  }
}

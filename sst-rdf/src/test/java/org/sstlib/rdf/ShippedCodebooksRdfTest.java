package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Case;
import org.sstlib.core.Codebook;
import org.sstlib.core.Cycle;
import org.sstlib.core.ShippedCodebooks;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfFormat;

/** The shipped {@code ic} codebook of sst-core and the concepts of {@code ic.ttl} are the same list. */
class ShippedCodebooksRdfTest {

  @Test
  void theShippedListAndIcTtlHoldTheSameConceptsAndLabels() throws Exception {
    Graph ic = GraphFactory.createDefaultGraph();
    try (InputStream in = SST.class.getResourceAsStream("ic.ttl")) {
      RDFParser.source(in).lang(Lang.TURTLE).parse(ic);
    }
    String ns = ShippedCodebooks.namespace("ic").orElseThrow();
    Map<String, String> fromTtl = new TreeMap<>();
    for (Node c : G.listPO(ic, RDF.type.asNode(), SKOS.Concept.asNode())) {
      if (c.getURI().startsWith(ns)) {
        fromTtl.put(c.getURI().substring(ns.length()),
            G.getOneSP(ic, c, SKOS.prefLabel.asNode()).getLiteralLexicalForm());
      }
    }
    Map<String, String> shipped = ShippedCodebooks.get("ic").orElseThrow().concepts().stream()
        .collect(Collectors.toMap(Codebook.Concept::id, Codebook.Concept::label, (a, b) -> a, TreeMap::new));
    assertEquals(fromTtl, shipped);
  }

  @Test
  void aShippedCodeIsTheIcConceptInRdfAndComesBack() {
    Case c = Case.builder("coded", "Coded")
        .agent(Agent.builder("team", "Team", AgentType.COLLECTIVE).build())
        .structure(Structure.builder("pool", "Pool", StructureForm.FUNDING).codes("ic:dimension-financial").build(),
            Structure.builder("plan", "Plan", StructureForm.STRATEGY).build())
        .cycle(Cycle.builder("c", "C").site("s").agentInFocus("team").external("pool")
            .agency(ActiveAgency.builder("a", "A").build()).outcome("plan").build())
        .build();
    Graph g = CaseGraphs.toGraph(c);
    Node pool = NodeFactory.createURI(c.base() + "pool");
    assertTrue(g.contains(pool, SST.code, NodeFactory.createURI("https://w3id.org/sst/ic#dimension-financial")));
    assertEquals(c, CaseGraphs.fromGraph(g));
    assertEquals(c, RdfFiles.read(new java.io.ByteArrayInputStream(RdfFiles.toTurtle(c)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), RdfFormat.TURTLE, "coded.ttl").get(0));
  }
}

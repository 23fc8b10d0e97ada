package org.sstlib.rdf.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class SubjectTableTest {
  static {
    JenaSystem.init();
  }

  private static final String EX = "http://example.org/";
  private static final TurtleWriter WRITER = new TurtleWriter(Map.of("ex", EX));

  private static Node iri(String local) {
    return NodeFactory.createURI(EX + local);
  }

  /** Subjects whose triples come in several runs, a list, and some triples given twice. */
  private static List<Triple> triples() {
    Node list = NodeFactory.createBlankNode();
    Node rest = NodeFactory.createBlankNode();
    List<Triple> triples = new ArrayList<>();
    for (String s : List.of("b", "a/b", "a", "case", "a")) {
      triples.add(Triple.create(iri(s), iri("p"), NodeFactory.createLiteralString("one of " + s)));
      triples.add(Triple.create(iri("case"), iri("has"), iri(s)));
      triples.add(Triple.create(iri(s), RDF.type.asNode(), iri("Thing")));
    }
    triples.add(Triple.create(iri("a"), iri("list"), list));
    triples.add(Triple.create(list, RDF.first.asNode(), NodeFactory.createLiteralString("x")));
    triples.add(Triple.create(list, RDF.rest.asNode(), rest));
    triples.add(Triple.create(rest, RDF.first.asNode(), NodeFactory.createLiteralString("y")));
    triples.add(Triple.create(rest, RDF.rest.asNode(), RDF.nil.asNode()));
    triples.add(Triple.create(iri("a"), iri("list"), list));
    triples.add(Triple.create(rest, RDF.first.asNode(), NodeFactory.createLiteralString("y")));
    return triples;
  }

  @Test
  void subjectsComeInTheirOrderWithAllTheirRuns() {
    SubjectTable table = SubjectTable.of(triples().iterator(), TurtleWriter.subjectOrder(iri("case")));
    List<String> subjects = new ArrayList<>();
    for (int i = 0; i < table.subjectCount(); i++) {
      subjects.add(table.subject(i).getURI().substring(EX.length()));
    }
    assertEquals(List.of("case", "a", "a/b", "b"), subjects);
    assertEquals(7, table.triples(0).size(), "every run of the case's triples, a repeat included");
    assertEquals(5, table.triples(1).size(), "a: two runs, a triple with a blank node kept once");
    SubjectTable lines = SubjectTable.of(triples().iterator(), CanonicalLines.SUBJECT_ORDER);
    assertEquals(iri("a/b"), lines.subject(0), "<...a/b> sorts before <...a>");
    assertEquals(2, lines.blankOut().size());
    assertEquals(4, lines.blankOut().values().stream().mapToInt(List::size).sum(), "blank triples kept once");
  }

  @Test
  void triplesGivenTwiceAndInAnyOrderAreWrittenAsTheGraphIs() throws IOException {
    Graph graph = GraphMemFactory.createDefaultGraphSameTerm();
    triples().forEach(graph::add);
    String expected = WRITER.document(graph, iri("case"));
    for (long seed = 0; seed < 20; seed++) {
      List<Triple> shuffled = triples();
      Collections.shuffle(shuffled, new Random(seed));
      StringWriter text = new StringWriter();
      WRITER.writeDocument(SubjectTable.of(shuffled.iterator(), TurtleWriter.subjectOrder(iri("case"))), text);
      assertEquals(expected, text.toString(), "seed=" + seed);

      StringWriter lines = new StringWriter();
      SubjectTable table = SubjectTable.of(shuffled.iterator(), CanonicalLines.SUBJECT_ORDER);
      Map<Node, String> labels = TurtleWriter.blankLabels(table, TurtleWriter.subjectOrder(iri("case")));
      CanonicalLines.write(List.of(new CanonicalLines.Graph(table, labels, null, "")), lines);
      assertEquals(graph.size(), lines.toString().lines().count(), "seed=" + seed + ":\n" + lines);
      List<String> sorted = new ArrayList<>(lines.toString().lines().toList());
      Collections.sort(sorted);
      assertEquals(sorted, lines.toString().lines().toList(), "seed=" + seed + ": lines in order");
    }
  }
}

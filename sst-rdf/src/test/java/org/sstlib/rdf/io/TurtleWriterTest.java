package org.sstlib.rdf.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class TurtleWriterTest {
  static {
    JenaSystem.init();
  }

  private static final String EX = "http://example.org/ns#";
  private static final String BASE = "https://example.org/case/";
  private static final TurtleWriter WRITER = new TurtleWriter(Map.of("ex", EX, "", BASE,
      "rdf", RDF.getURI(), "xsd", XSDDatatype.XSD + "#"));

  /**
   * A graph given as triples of symbols: {@code _x} is a blank node, {@code "...} a string, {@code ex:} and
   * {@code :} IRIs. Each build makes fresh blank nodes (new Jena ids) and adds the triples in a shuffled order.
   */
  private static Graph build(List<String[]> triples, long shuffleSeed) {
    List<String[]> order = new ArrayList<>(triples);
    Collections.shuffle(order, new Random(shuffleSeed));
    Map<String, Node> blanks = new HashMap<>();
    Graph g = GraphMemFactory.createDefaultGraphSameTerm();
    for (String[] t : order) {
      g.add(Triple.create(node(t[0], blanks), node(t[1], blanks), node(t[2], blanks)));
    }
    return g;
  }

  private static Node node(String symbol, Map<String, Node> blanks) {
    if (symbol.startsWith("_")) {
      return blanks.computeIfAbsent(symbol, k -> NodeFactory.createBlankNode());
    }
    if (symbol.startsWith("\"")) {
      return NodeFactory.createLiteralString(symbol.substring(1));
    }
    if (symbol.equals("a")) {
      return RDF.type.asNode();
    }
    if (symbol.startsWith("rdf:")) {
      return NodeFactory.createURI(RDF.getURI() + symbol.substring(4));
    }
    if (symbol.startsWith("ex:")) {
      return NodeFactory.createURI(EX + symbol.substring(3));
    }
    if (symbol.startsWith(":")) {
      return NodeFactory.createURI(BASE + symbol.substring(1));
    }
    return NodeFactory.createURI(symbol);
  }

  private static String[] t(String s, String p, String o) {
    return new String[] {s, p, o};
  }

  /** Lists, nested and malformed lists, inline, shared and cyclic blank nodes, several objects. */
  private static final List<String[]> AWKWARD = List.of(
      t(":case", "a", "ex:Case"),
      t(":case", "ex:title", "\"a title"),
      t(":a", "a", "ex:Thing"),
      t(":a", "a", "ex:Other"),
      t(":a", "ex:list", "_l1"), t("_l1", "rdf:first", "\"one"), t("_l1", "rdf:rest", "_l2"),
      t("_l2", "rdf:first", "_inner"), t("_l2", "rdf:rest", "rdf:nil"),
      t("_inner", "rdf:first", "\"nested"), t("_inner", "rdf:rest", "rdf:nil"),
      t(":a", "ex:bad", "_m1"), t("_m1", "rdf:first", "\"x"), t("_m1", "rdf:rest", "ex:notNil"),
      t(":a", "ex:extra", "_e1"), t("_e1", "rdf:first", "\"y"), t("_e1", "rdf:rest", "rdf:nil"),
      t("_e1", "ex:more", "\"z"),
      t(":a", "ex:empty", "rdf:nil"),
      t(":a", "ex:inline", "_i1"), t("_i1", "ex:p", "\"p1"), t("_i1", "ex:q", "_i2"), t("_i2", "ex:r", ":b"),
      t(":a", "ex:inline", "_i3"), t("_i3", "ex:p", "\"p1"),
      t(":a", "ex:shared", "_s"), t(":b", "ex:shared", "_s"), t("_s", "ex:p", "\"shared"),
      t("_c1", "ex:next", "_c2"), t("_c2", "ex:next", "_c1"), t("_c1", "ex:v", "\"cycle"),
      t("_self", "ex:me", "_self"),
      t("_orphan", "ex:p", "\"no one points here"),
      t(":b", "ex:n", "\"3"), t(":b", "ex:n", "\"1"), t(":b", "ex:n", "\"2"),
      t(":b", "ex:o", "_empty"));

  @Test
  void sameGraphBuiltInAnyOrderWithFreshBlankNodesGivesSameText() {
    Node first = NodeFactory.createURI(BASE + "case");
    String text = WRITER.document(build(AWKWARD, 0), first);
    for (long seed = 1; seed < 30; seed++) {
      assertEquals(text, WRITER.document(build(AWKWARD, seed), first), "shuffle seed=" + seed);
    }
  }

  @Test
  void textParsesStrictlyToAnIsomorphicGraph() {
    Graph g = build(AWKWARD, 3);
    String text = WRITER.document(g, NodeFactory.createURI(BASE + "case"));
    assertTrue(parse(text).isIsomorphicWith(g), text);
  }

  @Test
  void caseFirstThenSubjectsByIriThenLabelledBlankNodes() {
    String text = WRITER.document(build(AWKWARD, 5), NodeFactory.createURI(BASE + "case"));
    int caseAt = text.indexOf("\n:case\n");
    int aAt = text.indexOf("\n:a\n");
    int bAt = text.indexOf("\n:b\n");
    int blankAt = text.indexOf("\n_:b0\n");
    assertTrue(caseAt > 0 && caseAt < aAt && aAt < bAt && bAt < blankAt, text);
  }

  @Test
  void typeFirstThenPredicatesByIriAndObjectsSorted() {
    String text = WRITER.document(build(AWKWARD, 2), NodeFactory.createURI(BASE + "case"));
    String block = text.substring(text.indexOf("\n:a\n"), text.indexOf("\n:b\n"));
    assertTrue(block.startsWith("\n:a\n    a ex:Other , ex:Thing ;\n    ex:bad "), block);
    int bad = block.indexOf("ex:bad");
    int empty = block.indexOf("ex:empty");
    int extra = block.indexOf("ex:extra");
    int inline = block.indexOf("ex:inline");
    int list = block.indexOf("ex:list");
    int shared = block.indexOf("ex:shared");
    assertTrue(bad < empty && empty < extra && extra < inline && inline < list && list < shared, block);
    assertTrue(text.contains("ex:n \"1\" , \"2\" , \"3\""), text);
  }

  @Test
  void wellFormedListsAreWrittenWithParenthesesAndOthersInline() {
    String text = WRITER.document(build(AWKWARD, 7), null);
    assertTrue(text.contains("ex:list ( \"one\" ( \"nested\" ) )"), text);
    assertTrue(text.contains("ex:empty ()"), text);
    // ends in an IRI, not rdf:nil: not a list
    assertTrue(text.contains("ex:bad [ rdf:first \"x\" ; rdf:rest ex:notNil ]"), text);
    // a cell with another property: not a list
    assertTrue(text.contains("ex:extra [ ex:more \"z\" ; rdf:first \"y\" ; rdf:rest () ]"), text);
    // objects sorted by their text: ";" sorts before "]"
    assertTrue(text.contains("ex:inline [ ex:p \"p1\" ; ex:q [ ex:r :b ] ] , [ ex:p \"p1\" ]"), text);
    assertTrue(text.contains("ex:o []"), text);
  }

  @Test
  void sharedCyclicAndUnreferencedBlankNodesGetLabels() {
    String text = WRITER.document(build(AWKWARD, 11), null);
    Set<String> labels = new HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("_:b[0-9]+").matcher(text);
    while (m.find()) {
      labels.add(m.group());
    }
    // the shared node, one node of the two-node cycle, the self loop, the unreferenced node
    assertEquals(Set.of("_:b0", "_:b1", "_:b2", "_:b3"), labels, text);
  }

  @Test
  void deepInlineNestingIsCutWithLabelsAndStillRoundTrips() {
    List<String[]> chain = new ArrayList<>();
    chain.add(t(":root", "ex:down", "_0"));
    for (int i = 0; i < 1000; i++) {
      chain.add(t("_" + i, "ex:down", "_" + (i + 1)));
      chain.add(t("_" + i, "ex:level", "\"" + i));
    }
    Graph g = build(chain, 1);
    String text = WRITER.document(g, null);
    assertTrue(text.contains("_:b0"), "deep nesting should be cut by labels");
    assertTrue(parse(text).isIsomorphicWith(g));
    assertEquals(text, WRITER.document(build(chain, 2), null));
  }

  @Test
  void prefixedNamesOnlyWhereTheLocalNameIsLegal() {
    assertEquals(":a.b", WRITER.iri(NodeFactory.createURI(BASE + "a.b")));
    assertEquals(":007", WRITER.iri(NodeFactory.createURI(BASE + "007")));
    assertEquals(":1e3", WRITER.iri(NodeFactory.createURI(BASE + "1e3")));
    assertEquals(":_x", WRITER.iri(NodeFactory.createURI(BASE + "_x")));
    assertEquals(":caf\u00E9", WRITER.iri(NodeFactory.createURI(BASE + "caf\u00E9")));
    assertEquals(":", WRITER.iri(NodeFactory.createURI(BASE)));
    assertEquals("<" + BASE + "a.>", WRITER.iri(NodeFactory.createURI(BASE + "a.")));
    assertEquals("<" + BASE + "-a>", WRITER.iri(NodeFactory.createURI(BASE + "-a")));
    assertEquals("<" + BASE + "a/b>", WRITER.iri(NodeFactory.createURI(BASE + "a/b")));
    assertEquals("<" + BASE + "a%20b>", WRITER.iri(NodeFactory.createURI(BASE + "a%20b")));
    assertEquals("<" + BASE + "a~b>", WRITER.iri(NodeFactory.createURI(BASE + "a~b")));
    assertEquals("<urn:x:y>", WRITER.iri(NodeFactory.createURI("urn:x:y")));
    // the longest namespace wins
    TurtleWriter nested = new TurtleWriter(Map.of("a", "http://e.org/", "b", "http://e.org/x/"));
    assertEquals("b:y", nested.iri(NodeFactory.createURI("http://e.org/x/y")));
    // every form above reads back as the same IRI
    for (String local : List.of("a.b", "007", "1e3", "_x", "caf\u00E9", "", "a.", "-a", "a/b", "a%20b", "a~b")) {
      Graph g = GraphMemFactory.createDefaultGraphSameTerm();
      g.add(NodeFactory.createURI(BASE + local), NodeFactory.createURI(EX + "p"), NodeFactory.createURI(BASE + local));
      assertTrue(parse(WRITER.document(g, null)).isIsomorphicWith(g), local);
    }
  }

  @Test
  void hostileStringsAreEscapedAndKeptExactly() {
    List<String> strings = List.of("plain", "she said \"no\"", "back\\slash\\", "line one\nline two",
        "windows\r\nline", "old mac\rline", "tab\tseparated", "\"\"\"", "ends with quote\"", "\"\n\"",
        "\u0001\u0007\u001F\u007F", "caf\u00E9 cafe\u0301", "\u200F\u05E9\u05DC\u05D5\u05DD\u200F",
        "\uD83D\uDE00 smile", "nurse \uD83D\uDC69\u200D\u2695\uFE0F", "\u2028\u2029\u0085", "\uFEFFbom",
        "@prefix x: <y> .", "_:b0", "<urn:x>", "'''", "\\u00e9 is not escaped", "", " ", "\n", "a\n\n\nb");
    Graph g = GraphMemFactory.createDefaultGraphSameTerm();
    Node s = NodeFactory.createURI(BASE + "s");
    for (int i = 0; i < strings.size(); i++) {
      g.add(s, NodeFactory.createURI(EX + "p" + i), NodeFactory.createLiteralString(strings.get(i)));
    }
    String text = WRITER.document(g, s);
    Graph back = parse(text);
    assertTrue(back.isIsomorphicWith(g), text);
    for (int i = 0; i < strings.size(); i++) {
      Node o = back.find(s, NodeFactory.createURI(EX + "p" + i), Node.ANY).next().getObject();
      assertEquals(strings.get(i), o.getLiteralLexicalForm(), "string " + i);
    }
    assertTrue(text.contains("caf\u00E9 cafe\u0301"), "non-ASCII is written as it is");
    assertTrue(text.contains("\uD83D\uDE00 smile"), "emoji written as it is");
    assertFalse(text.contains("?"), "nothing is replaced by '?'");
    assertTrue(text.contains("\"\"\"line one\nline two\"\"\""), "a string with a line break uses \"\"\"");
    assertTrue(text.contains("\"tab\\tseparated\""), text);
    assertTrue(text.contains("\\u0001\\u0007\\u001F\\u007F"), text);
  }

  @Test
  void literalsKeepTheirExactTerms() {
    Graph g = GraphMemFactory.createDefaultGraphSameTerm();
    Node s = NodeFactory.createURI(BASE + "s");
    List<Node> objects = List.of(
        NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger),
        NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger),
        NodeFactory.createLiteralDT("-12", XSDDatatype.XSDinteger),
        NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean),
        NodeFactory.createLiteralDT("1", XSDDatatype.XSDboolean),
        NodeFactory.createLiteralDT("2.50", XSDDatatype.XSDdecimal),
        NodeFactory.createLiteralDT("1e3", XSDDatatype.XSDdouble),
        NodeFactory.createLiteralDT("2016-03-01", XSDDatatype.XSDdate),
        NodeFactory.createLiteralLang("colour", "en-GB"),
        NodeFactory.createLiteralDT("x", NodeFactory.getType("http://example.org/dt#custom")));
    for (int i = 0; i < objects.size(); i++) {
      g.add(s, NodeFactory.createURI(EX + "p" + i), objects.get(i));
    }
    String text = WRITER.document(g, s);
    assertTrue(text.contains("ex:p1 007 ;"), text);
    assertTrue(text.contains("ex:p3 true ;"), text);
    assertTrue(text.contains("ex:p4 \"1\"^^xsd:boolean ;"), text);
    assertTrue(text.contains("ex:p7 \"2016-03-01\"^^xsd:date ;"), text);
    assertTrue(text.contains("ex:p8 \"colour\"@en-GB ;"), text);
    assertTrue(text.contains("<http://example.org/dt#custom>"), text);
    Graph back = parse(text);
    for (int i = 0; i < objects.size(); i++) {
      Node o = back.find(s, NodeFactory.createURI(EX + "p" + i), Node.ANY).next().getObject();
      assertEquals(objects.get(i).getLiteralLexicalForm(), o.getLiteralLexicalForm(), "literal " + i);
      assertEquals(objects.get(i).getLiteralDatatypeURI(), o.getLiteralDatatypeURI(), "literal " + i);
    }
  }

  @Test
  void prefixLinesAreSortedWithTheBaseFirst() {
    assertEquals("@prefix : <" + BASE + "> .\n"
        + "@prefix ex: <" + EX + "> .\n"
        + "@prefix rdf: <" + RDF.getURI() + "> .\n"
        + "@prefix xsd: <" + XSDDatatype.XSD + "#> .\n", WRITER.prefixLines());
  }

  @Test
  void bodyIsIndentedForTrigButLineBreaksInStringsAreNot() {
    Graph g = GraphMemFactory.createDefaultGraphSameTerm();
    Node s = NodeFactory.createURI(BASE + "s");
    g.add(s, NodeFactory.createURI(EX + "p"), NodeFactory.createLiteralString("one\ntwo"));
    g.add(s, NodeFactory.createURI(EX + "q"), NodeFactory.createLiteralString("x"));
    assertEquals("    :s\n        ex:p \"\"\"one\ntwo\"\"\" ;\n        ex:q \"x\" .\n", WRITER.body(g, null, 1));
  }

  @Test
  void blankNodeLabelsForNTriplesAreTheSameForEveryBuild() {
    Graph g0 = build(AWKWARD, 0);
    Map<Node, String> labels0 = TurtleWriter.blankLabels(g0, null);
    Set<String> distinct = new HashSet<>(labels0.values());
    assertEquals(labels0.size(), distinct.size(), "labels are distinct");
    long blanks = g0.find().toList().stream()
        .flatMap(t -> java.util.stream.Stream.of(t.getSubject(), t.getObject()))
        .filter(Node::isBlank).distinct().count();
    assertEquals(blanks, labels0.size(), "every blank node is labelled");
    List<String> lines0 = relabelled(g0, labels0);
    for (long seed = 1; seed < 10; seed++) {
      Graph g = build(AWKWARD, seed);
      assertEquals(lines0, relabelled(g, TurtleWriter.blankLabels(g, null)), "shuffle seed=" + seed);
    }
  }

  private static List<String> relabelled(Graph g, Map<Node, String> labels) {
    List<String> lines = new ArrayList<>();
    g.find().forEachRemaining(t -> lines.add(show(t.getSubject(), labels) + " " + t.getPredicate() + " "
        + show(t.getObject(), labels)));
    Collections.sort(lines);
    return lines;
  }

  private static String show(Node n, Map<Node, String> labels) {
    return n.isBlank() ? "_:" + labels.get(n) : n.toString();
  }

  private static Graph parse(String turtle) {
    return RDFParser.fromString(turtle, Lang.TURTLE)
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
        .toGraph();
  }
}

package org.sstlib.rdf.shacl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.ShaclPlainValidator;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrOne;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Deliberately broken case graphs and the SHACL
 * results Jena SHACL gives on them, which must be the lines of {@code broken/NAME.expected}. Each broken graph is
 * {@code broken/valid.ttl}, a small valid case, with one defect that {@code broken/NAME.trig} makes: the triples of its
 * graph {@code <urn:sst:broken:remove>} taken out, those of {@code <urn:sst:broken:add>} put in. The same expected files
 * hold the second SHACL engine, rdf-validate-shacl, to the same results in {@code .ci/shacl-second-engine} (except the
 * SHACL-SPARQL lines, which that engine does not run), so the two engines are shown to read the shapes alike.
 *
 * <p>A result is one line of tab-separated fields, written the same way here and in {@code
 * .ci/shacl-second-engine.mjs}: severity, focus node, path, source constraint component, source shape (for a nested
 * blank-node shape, the named shape holding it), value. IRIs are prefixed names (the data file's prefixes, {@code sh:}
 * and {@code sstsh:}) or {@code <IRI>}, a path is in SPARQL syntax, a blank node is {@code []}, and {@code -} stands
 * for no path or no value. Each broken graph says in a {@code # breaks: SHAPE COMPONENT} line what it breaks.
 */
class BrokenGraphShapesTest {
  static {
    JenaSystem.init();
  }

  private static final String SH = SHACL.getURI();
  private static final String SSTSH = SstShapes.NS;
  private static final String BREAKS = "# breaks: ";
  private static final String VALID = "valid.ttl";
  private static final Node REMOVE = NodeFactory.createURI("urn:sst:broken:remove");
  private static final Node ADD = NodeFactory.createURI("urn:sst:broken:add");

  private static final Graph SHAPES_GRAPH = SstShapes.shapes();
  private static final Shapes SHAPES = Shapes.parse(SHAPES_GRAPH);

  @TestFactory
  Stream<DynamicTest> jenaGivesTheExpectedResults() {
    return brokenGraphs().stream().map(defect -> DynamicTest.dynamicTest(name(defect), () -> {
      List<String> expected = expected(defect);
      List<String> actual = jenaResults(read(defect));
      assertEquals(String.join("\n", expected), String.join("\n", actual),
          () -> defect.getFileName() + ": Jena SHACL's results differ from " + name(defect) + ".expected");
    }));
  }

  /** SstShapes reports each broken rule under the shape that the expected results name, and no other. */
  @TestFactory
  Stream<DynamicTest> sstShapesNamesTheSameShapes() {
    return brokenGraphs().stream().map(defect -> DynamicTest.dynamicTest(name(defect), () -> {
      Set<String> expected = expected(defect).stream().map(l -> l.split("\t")[4])
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> reported = SstShapes.validate(read(defect)).problems().stream().map(ShapeProblem::shape)
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(expected, reported, defect.getFileName().toString());
    }));
  }

  /**
   * Each broken graph breaks the shape it says it breaks, with the constraint component it names; no two break the same
   * kind of constraint; and the graph they start from breaks nothing.
   */
  @Test
  void eachBrokenGraphBreaksItsOwnKindOfConstraint() throws IOException {
    Map<String, String> kinds = new HashMap<>();
    int valid = 0;
    for (Path defect : brokenGraphs()) {
      String breaks = Files.readAllLines(defect, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(BREAKS))
          .findFirst().map(l -> l.substring(BREAKS.length()).trim())
          .orElseThrow(() -> new AssertionError(defect.getFileName() + " has no '" + BREAKS + "' line"));
      List<String> expected = expected(defect);
      if (breaks.equals("nothing")) {
        assertTrue(expected.isEmpty(), defect.getFileName() + " breaks nothing, yet expects results");
        valid++;
        continue;
      }
      String[] said = breaks.split(" ");
      assertEquals(2, said.length, defect.getFileName() + ": '" + BREAKS + "SHAPE COMPONENT'");
      assertTrue(expected.stream().map(l -> l.split("\t")).anyMatch(f -> f[4].equals(said[0]) && f[3].equals(said[1])),
          () -> defect.getFileName() + " should break " + breaks + "; its expected results are\n"
              + String.join("\n", expected));
      String before = kinds.put(said[1], defect.getFileName().toString());
      assertNull(before, () -> said[1] + " is broken both by " + before + " and by " + defect.getFileName());
    }
    assertEquals(1, valid, "one graph that breaks nothing, the one the others start from");
    assertTrue(kinds.size() >= 6, "at least six kinds of constraint broken: " + kinds);
    assertTrue(kinds.containsKey("sh:SPARQLConstraintComponent"), "a SHACL-SPARQL constraint is broken: " + kinds);
  }

  /**
   * The data graph is the case's graph alone (docs/rdf.md): beside it, the vocabulary's and the code lists' English
   * labels are reported as researcher text that is not a plain string, and nothing else changes.
   */
  @Test
  void vocabularyDoesNotBelongInTheDataGraph() {
    Path valid = brokenGraphs().stream().filter(f -> name(f).equals("valid")).findFirst().orElseThrow();
    for (String vocabulary : new String[] {"/org/sstlib/rdf/sst.ttl", "/org/sstlib/rdf/ic.ttl"}) {
      Graph data = read(valid);
      RDFParser.source(BrokenGraphShapesTest.class.getResourceAsStream(vocabulary)).lang(Lang.TURTLE).parse(data);
      Set<String> shapes = jenaResults(data).stream().map(l -> l.split("\t")[4]).collect(Collectors.toSet());
      assertEquals(Set.of("sstsh:PlainTextShape"), shapes, vocabulary + " beside the case");
    }
  }

  /** The lines are what {@code .ci/shacl-second-engine.mjs} compares: six fields, sorted, as Jena writes them. */
  @Test
  void expectedFilesAreWellFormed() {
    for (Path defect : brokenGraphs()) {
      List<String> lines = expected(defect);
      for (String line : lines) {
        String[] fields = line.split("\t", -1);
        assertEquals(6, fields.length, () -> name(defect) + ".expected: six tab-separated fields in '" + line + "'");
        assertTrue(fields[0].matches("sh:(Violation|Warning|Info)"), line);
        assertTrue(fields[3].matches("sh:\\w+ConstraintComponent"), line);
        assertTrue(fields[4].matches("sstsh:\\w+Shape"), line);
      }
      List<String> sorted = new ArrayList<>(lines);
      sorted.sort(Comparator.naturalOrder());
      assertEquals(sorted, lines, name(defect) + ".expected is sorted");
    }
    assertFalse(brokenGraphs().isEmpty());
  }

  // ------------------------------------------------------------------------------------------------ the lines

  /** Jena SHACL's results on a graph, one sorted line each. */
  static List<String> jenaResults(Graph data) {
    Map<String, String> prefixes = prefixes(data);
    List<String> lines = new ArrayList<>();
    for (ReportEntry e : new ShaclPlainValidator().validate(SHAPES, data).getEntries()) {
      lines.add(String.join("\t",
          term(e.severity().level(), prefixes),
          term(e.focusNode(), prefixes),
          e.resultPath() == null ? "-" : path(e.resultPath(), prefixes),
          term(e.sourceConstraintComponent(), prefixes),
          term(namedShape(e.source()), prefixes),
          term(e.value(), prefixes)));
    }
    lines.sort(Comparator.naturalOrder());
    return lines;
  }

  /** The data file's prefixes and sh:, sstsh:, longest namespace first. */
  private static Map<String, String> prefixes(Graph data) {
    Map<String, String> all = new HashMap<>(data.getPrefixMapping().getNsPrefixMap());
    all.put("sh", SH);
    all.put("sstsh", SSTSH);
    Map<String, String> ordered = new LinkedHashMap<>();
    all.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, String> p) -> p.getValue().length()).reversed()
            .thenComparing(Map.Entry::getKey))
        .forEach(p -> ordered.put(p.getKey(), p.getValue()));
    return ordered;
  }

  private static String term(Node n, Map<String, String> prefixes) {
    if (n == null) {
      return "-";
    }
    if (n.isBlank()) {
      return "[]";
    }
    if (n.isURI()) {
      for (Map.Entry<String, String> p : prefixes.entrySet()) {
        String ns = p.getValue();
        if (!ns.isEmpty() && n.getURI().startsWith(ns) && n.getURI().length() > ns.length()) {
          return p.getKey() + ":" + n.getURI().substring(ns.length());
        }
      }
      return "<" + n.getURI() + ">";
    }
    String text = "\"" + n.getLiteralLexicalForm().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        + "\"";
    if (!n.getLiteralLanguage().isEmpty()) {
      return text + "@" + n.getLiteralLanguage();
    }
    if (n.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string")) {
      return text;
    }
    return text + "^^" + term(NodeFactory.createURI(n.getLiteralDatatypeURI()), prefixes);
  }

  /** A path in SPARQL syntax, alternatives and sequences flattened and bracketed only inside another path. */
  private static String path(org.apache.jena.sparql.path.Path p, Map<String, String> prefixes) {
    if (p instanceof P_Link link) {
      return term(link.getNode(), prefixes);
    }
    if (p instanceof P_Inverse inverse) {
      return "^" + grouped(inverse.getSubPath(), prefixes);
    }
    if (p instanceof P_Alt || p instanceof P_Seq) {
      List<String> parts = new ArrayList<>();
      flatten(p, p.getClass(), parts, prefixes);
      return String.join(p instanceof P_Alt ? "|" : "/", parts);
    }
    if (p instanceof P_ZeroOrMore1 star) {
      return grouped(star.getSubPath(), prefixes) + "*";
    }
    if (p instanceof P_OneOrMore1 plus) {
      return grouped(plus.getSubPath(), prefixes) + "+";
    }
    if (p instanceof P_ZeroOrOne optional) {
      return grouped(optional.getSubPath(), prefixes) + "?";
    }
    throw new AssertionError("a path the shapes do not use: " + p);
  }

  private static String grouped(org.apache.jena.sparql.path.Path p, Map<String, String> prefixes) {
    return p instanceof P_Alt || p instanceof P_Seq ? "(" + path(p, prefixes) + ")" : path(p, prefixes);
  }

  private static void flatten(org.apache.jena.sparql.path.Path p, Class<?> kind, List<String> parts,
      Map<String, String> prefixes) {
    if (kind.isInstance(p)) {
      flatten(((P_Path2) p).getLeft(), kind, parts, prefixes);
      flatten(((P_Path2) p).getRight(), kind, parts, prefixes);
    } else {
      parts.add(grouped(p, prefixes));
    }
  }

  /** The named shape that holds a blank-node shape (through sh:property, sh:node, a list of sh:or, ...). */
  private static Node namedShape(Node shape) {
    Set<Node> seen = new HashSet<>();
    Node s = shape;
    while (s != null && s.isBlank() && seen.add(s)) {
      s = SHAPES_GRAPH.find(Node.ANY, Node.ANY, s).nextOptional().map(Triple::getSubject).orElse(null);
    }
    return s;
  }

  // ------------------------------------------------------------------------------------------------ the files

  private static Path folder() {
    try {
      return Path.of(BrokenGraphShapesTest.class.getResource("broken").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code valid.ttl}, then each defect {@code NAME.trig}, in name order. */
  static List<Path> brokenGraphs() {
    try (Stream<Path> files = Files.list(folder())) {
      return Stream.concat(Stream.of(folder().resolve(VALID)),
          files.filter(f -> f.getFileName().toString().endsWith(".trig")).sorted()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** The expected lines of a broken graph, without comments and blank lines. */
  static List<String> expected(Path defect) {
    Path file = defect.resolveSibling(name(defect) + ".expected");
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The valid graph, or the valid graph with the defect a {@code .trig} file makes (its prefixes are valid.ttl's). */
  private static Graph read(Path file) {
    Graph graph = RDFParser.source(file.resolveSibling(VALID)).lang(Lang.TURTLE)
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toGraph();
    if (file.getFileName().toString().equals(VALID)) {
      return graph;
    }
    DatasetGraph defect = RDFParser.source(file).lang(Lang.TRIG)
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toDatasetGraph();
    defect.getGraph(REMOVE).find().forEach(t -> {
      assertTrue(graph.contains(t), () -> file.getFileName() + " removes a triple valid.ttl does not hold: " + t);
      graph.delete(t);
    });
    defect.getGraph(ADD).find().forEach(t -> {
      assertFalse(graph.contains(t), () -> file.getFileName() + " adds a triple valid.ttl holds: " + t);
      graph.add(t);
    });
    return graph;
  }
}

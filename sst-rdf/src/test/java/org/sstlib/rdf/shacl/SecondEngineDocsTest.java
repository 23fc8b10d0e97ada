package org.sstlib.rdf.shacl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The section of {@code docs/rdf.md} on the shapes and the SHACL engines that run them says what the shapes file
 * holds: how many shapes, which of them only an engine with SHACL-SPARQL runs (by name, rule and severity), and the
 * versions of the second engine that {@code .ci/shacl-second-engine} installs.
 */
class SecondEngineDocsTest {
  static {
    JenaSystem.init();
  }

  private static final Path DOC = Path.of("..", "docs", "rdf.md");
  private static final Path SCRIPT = Path.of("..", ".ci", "shacl-second-engine");
  private static final String HEADING = "## Shapes and SHACL engines";
  private static final Pattern ROW = Pattern.compile("^\\| `(sstsh:\\w+)` \\| ([^|]+?) \\|", Pattern.MULTILINE);
  private static final Pattern PIN = Pattern.compile("(rdf-validate-shacl|n3)@(\\d+\\.\\d+\\.\\d+)");

  private static String section;
  private static Graph shapes;

  @BeforeAll
  static void read() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(HEADING);
    assertTrue(start >= 0, DOC + " has a section '" + HEADING + "'");
    int end = doc.indexOf("\n## ", start + HEADING.length());
    section = end < 0 ? doc.substring(start) : doc.substring(start, end);
    shapes = SstShapes.shapes();
  }

  @Test
  void sectionNamesEveryShaclSparqlShapeWithItsRuleAndSeverity() {
    Map<String, String> expected = new TreeMap<>();
    for (Triple t : shapes.find(Node.ANY, SHACL.sparql, Node.ANY).toList()) {
      Node shape = t.getSubject();
      String label = G.getOneSP(shapes, shape, RDFS.label.asNode()).getLiteralLexicalForm();
      boolean warning = G.listSP(shapes, shape, SHACL.severity).contains(SHACL.Warning);
      expected.put(shapes.getPrefixMapping().shortForm(shape.getURI()), label + (warning ? " (warning)" : ""));
    }
    Map<String, String> documented = new TreeMap<>();
    Matcher row = ROW.matcher(section);
    while (row.find()) {
      documented.put(row.group(1), row.group(2));
    }
    assertEquals(expected, documented, "the SHACL-SPARQL shapes in " + DOC);
  }

  @Test
  void sectionCountsTheShapes() {
    long named = shapes.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
        .filter(t -> t.getSubject().isURI())
        .filter(t -> t.getObject().equals(SHACL.NodeShape) || t.getObject().equals(SHACL.PropertyShape))
        .map(Triple::getSubject).distinct().count();
    long sparql = shapes.find(Node.ANY, SHACL.sparql, Node.ANY).toList().stream().map(Triple::getSubject).distinct()
        .count();
    // Lines are wrapped anywhere: compare with every run of white space as one space.
    String text = section.replaceAll("\\s+", " ");
    for (String claim : new String[] {named + " named shapes", (named - sparql) + " use SHACL Core only",
        sparql + " are SHACL-SPARQL", "all " + named + " shapes", "the " + (named - sparql) + " SHACL Core shapes",
        "The " + sparql + " shapes below"}) {
      assertTrue(text.contains(claim), () -> DOC + " says '" + claim + "'");
    }
  }

  @Test
  void sectionGivesTheVersionsTheScriptInstalls() throws IOException {
    Matcher pin = PIN.matcher(Files.readString(SCRIPT, StandardCharsets.UTF_8));
    Map<String, String> pins = new TreeMap<>();
    while (pin.find()) {
      pins.put(pin.group(1), pin.group(2));
    }
    assertEquals(2, pins.size(), SCRIPT + " pins rdf-validate-shacl and n3: " + pins);
    assertTrue(section.contains("rdf-validate-shacl](https://github.com/zazuko/rdf-validate-shacl) "
        + pins.get("rdf-validate-shacl")), () -> DOC + " names rdf-validate-shacl " + pins.get("rdf-validate-shacl"));
    assertTrue(section.contains("N3.js " + pins.get("n3")), () -> DOC + " names N3.js " + pins.get("n3"));
  }
}

package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.sstlib.rdf.query.NamedQuery;
import org.sstlib.rdf.shacl.SstShapes;

/**
 * The vocabulary, the shapes and the named queries say what Stones' concepts mean, not something near them: the two
 * causal forces differ in control and the power to resist, not in whether the agent knows of a structure; a
 * general-dispositional structure is a disposition, not knowledge of particulars; scale is a position in a field of
 * practices, not a level of ontology; different agents' interpretations are not by themselves a contest.
 */
class DefinitionsTest {
  private static final String SST = "https://w3id.org/sst#";
  private static final String SSTSH = "https://w3id.org/sst/shapes#";
  private static final Node SH_MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");

  /** Wordings that make knowledge, rather than control, the difference between the two forces. */
  private static final Pattern KNOWLEDGE_AS_THE_DIFFERENCE = Pattern.compile(
      "pass(es)? through the agent's knowledge|does not pass through|whatever the agent knows|knows or wants");

  @Test
  void theTwoForcesDifferInControlAndThePowerToResistNotInKnowledge() {
    String independent = text("force-independent-influence");
    String irresistible = text("force-irresistible-force");
    String property = text("force");
    for (String t : List.of(independent, irresistible, property)) {
      assertFalse(KNOWLEDGE_AS_THE_DIFFERENCE.matcher(t).find(), t);
    }
    assertTrue(independent.contains("control") && independent.contains("may know"), independent);
    assertTrue(irresistible.contains("wants") && irresistible.contains("critical distance")
        && irresistible.contains("power") && irresistible.contains("resist"), irresistible);
    assertTrue(property.contains("control") && property.contains("critical distance"), property);
  }

  @Test
  void aGeneralDispositionalStructureIsADispositionNotKnowledgeOfParticulars() {
    for (String term : List.of("GeneralDispositionalStructure", "kind-general-dispositional")) {
      String t = text(term);
      assertTrue(t.contains("habitus") && t.contains("conjuncturally-specific"), t);
      // Its examples are dispositions: no "for example, ... knowledge of ..." under this kind.
      assertFalse(Pattern.compile("for example[^)]*knowledge").matcher(t).find(), t);
    }
    String specific = text("ConjuncturallySpecificStructure");
    assertTrue(specific.contains("particular patients"), specific);
  }

  @Test
  void scaleIsAPositionInAFieldOfPracticesNotALevelOfOntology() {
    for (String term : List.of("scale", "ScaleScheme")) {
      String t = text(term);
      assertTrue(t.contains("field of practices"), t);
      for (String level : List.of("ontology-in-general", "meso-level of ontology", "ontology-in-situ")) {
        assertTrue(t.contains(level), term + " does not name " + level + ": " + t);
      }
      assertFalse(t.contains("from national policy to everyday practice"), t);
    }
  }

  @Test
  void interpretationsAreNotCalledContested() {
    for (NamedQuery q : NamedQuery.values()) {
      assertFalse(q.sparql().toLowerCase(Locale.ROOT).contains("contested"), q.queryName());
    }
    String about = text("about");
    assertFalse(about.contains("contested meanings"), about);
  }

  @Test
  void theShapesMessagesSayTheSame() {
    String force = message("ForceValueShape");
    assertFalse(KNOWLEDGE_AS_THE_DIFFERENCE.matcher(force).find(), force);
    assertTrue(force.contains("control") && force.contains("critical distance"), force);
    String kind = message("InternalKindShape");
    assertTrue(kind.contains("not knowledge of particular"), kind);
  }

  /** Every rdfs:comment and skos:definition of an sst term, joined. */
  private static String text(String local) {
    Model m = OntologyTest.sstOntology();
    var term = m.createResource(SST + local);
    String joined = List.of(RDFS.comment, SKOS.definition).stream()
        .flatMap(p -> m.listObjectsOfProperty(term, p).toList().stream())
        .map(n -> n.asLiteral().getLexicalForm())
        .collect(Collectors.joining(" "));
    assertFalse(joined.isEmpty(), "sst:" + local + " has no comment or definition");
    return joined.replaceAll("\\s+", " ");
  }

  private static String message(String shape) {
    Graph g = SstShapes.shapes();
    String joined = g.find(NodeFactory.createURI(SSTSH + shape), SH_MESSAGE, Node.ANY).toList().stream()
        .map(t -> t.getObject().getLiteralLexicalForm())
        .collect(Collectors.joining(" "));
    assertFalse(joined.isEmpty(), "sstsh:" + shape + " has no message");
    return joined;
  }
}

package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.core.testing.ReferenceCase;

/**
 * A test fails if data written by the library uses a term the ontology does not declare.
 *
 * <p>For the reference case (Hughes et al. 2022) and for random cases (seeds 0..49), every triple of
 * {@link CaseGraphs#toGraph(Case)} is checked against {@code sst.ttl}: every predicate and every class (object of
 * {@code rdf:type}) is declared there or is one of the few terms of RDF, RDFS, SKOS, Dublin Core, PROV and Web
 * Annotation that {@code docs/rdf.md} lists; every IRI in the {@code sst:} namespace is declared; datatype
 * properties have literals of their declared datatype and object properties do not; and subjects and objects carry
 * the classes the ontology's domains and ranges claim. Across all these cases every class, property and code-list
 * concept the ontology declares is used, so it declares nothing the library does not write. Last, Jena's OWL Micro
 * rules find no clash (disjoint classes, datatypes) between the ontology and the data.
 */
class VocabularyCoverageTest {

  private static final String SST_NS = OntologyTest.SST;
  private static final String IC_NS = OntologyTest.IC;
  private static final String PROV = OntologyTest.PROV;

  private static final Model ONTOLOGY = OntologyTest.sstOntology();
  private static final Model IC = OntologyTest.icOntology();

  /** Predicates of other vocabularies the mapping writes (docs/rdf.md), plus rdf:first/rest of RDF lists. */
  private static final Set<Node> EXTERNAL_PREDICATES = Set.of(
      RDF.type.asNode(), RDF.first.asNode(), RDF.rest.asNode(),
      RDFS.label.asNode(),
      DCTerms.identifier.asNode(), DCTerms.title.asNode(), DCTerms.description.asNode(),
      DCTerms.bibliographicCitation.asNode(), DCTerms.date.asNode(), DCTerms.creator.asNode(),
      SKOS.inScheme.asNode(), SKOS.notation.asNode(), SKOS.prefLabel.asNode(), SKOS.broader.asNode(),
      SKOS.definition.asNode(),
      OA.motivatedBy.asNode(), OA.hasBody.asNode(), OA.hasTarget.asNode(), OA.hasSource.asNode(),
      OA.hasSelector.asNode(), OA.exact.asNode(), OA.prefix.asNode(), OA.suffix.asNode(), OA.start.asNode(),
      OA.end.asNode(), SST.Prov.wasAttributedTo, SST.Prov.wasDerivedFrom, DCTerms.source.asNode());

  /** Classes of other vocabularies the mapping writes. */
  private static final Set<Node> EXTERNAL_CLASSES = Set.of(
      SKOS.Concept.asNode(), SKOS.ConceptScheme.asNode(),
      OA.Annotation.asNode(), OA.SpecificResource.asNode(), OA.TextQuoteSelector.asNode(),
      OA.TextPositionSelector.asNode(), DCTerms.BibliographicResource.asNode(), SST.Prov.Agent);

  /** Other IRI values from those vocabularies the mapping writes. */
  private static final Set<Node> EXTERNAL_VALUES = Set.of(OA.classifying.asNode(), RDF.nil.asNode());

  /** Namespaces whose terms must be in the lists above when they appear as values. */
  private static final List<String> VOCABULARY_NAMESPACES = List.of(RDF.uri, RDFS.uri, OWL.NS, XSD.NS, SKOS.uri,
      DCTerms.NS, PROV, OntologyTest.ORG, OA.NS, SST_NS, IC_NS);

  /** The reference case. Path relative to the module directory, where surefire runs. */
  private static final Path HUGHES = ReferenceCase.FILE;

  // ------------------------------------------------------------------------------------------------ the ontology

  private static final Set<String> DECLARED = OntologyTest.declared(ONTOLOGY, SST_NS);
  private static final Set<String> IC_DECLARED = OntologyTest.declared(IC, IC_NS);
  private static final Set<String> CLASSES = iris(OWL.Class);
  private static final Set<String> OBJECT_PROPERTIES = iris(OWL.ObjectProperty);
  private static final Set<String> DATATYPE_PROPERTIES = iris(OWL.DatatypeProperty);
  private static final Set<String> CONCEPTS = iris(SKOS.Concept);
  /** Each class with itself and all its superclasses, from the ontology's rdfs:subClassOf. */
  private static final Map<String, Set<String>> SUPERCLASSES = superclasses();
  /** Each property with a domain: the named classes, one of which the subject must have. */
  private static final Map<String, Set<String>> DOMAINS = classExpressions(RDFS.domain);
  /** Each property with a class range: the named classes, one of which the object must have. */
  private static final Map<String, Set<String>> RANGES = classExpressions(RDFS.range);

  private static Set<String> iris(Resource type) {
    Set<String> iris = new TreeSet<>();
    ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
      if (s.isURIResource() && s.getURI().startsWith(SST_NS)) {
        iris.add(s.getURI());
      }
    });
    return iris;
  }

  private static Map<String, Set<String>> superclasses() {
    Map<String, Set<String>> direct = new HashMap<>();
    ONTOLOGY.listStatements(null, RDFS.subClassOf, (RDFNode) null).forEachRemaining(st -> {
      if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
        direct.computeIfAbsent(st.getSubject().getURI(), k -> new HashSet<>()).add(st.getResource().getURI());
      }
    });
    Map<String, Set<String>> closure = new HashMap<>();
    for (String c : direct.keySet()) {
      Set<String> all = new LinkedHashSet<>();
      List<String> todo = new ArrayList<>(List.of(c));
      while (!todo.isEmpty()) {
        String next = todo.remove(todo.size() - 1);
        if (all.add(next)) {
          todo.addAll(direct.getOrDefault(next, Set.of()));
        }
      }
      closure.put(c, all);
    }
    return closure;
  }

  /** For each sst: property: its rdfs:domain or rdfs:range as a set of named classes (a class or a union of them). */
  private static Map<String, Set<String>> classExpressions(Property which) {
    Map<String, Set<String>> map = new HashMap<>();
    ONTOLOGY.listStatements(null, which, (RDFNode) null).forEachRemaining(st -> {
      if (!st.getSubject().isURIResource() || !st.getSubject().getURI().startsWith(SST_NS)) {
        return;
      }
      Resource expression = st.getResource();
      Set<String> classes = new TreeSet<>();
      if (expression.isURIResource()) {
        if (expression.getURI().startsWith(XSD.NS)) {
          return;   // a datatype: checked separately
        }
        classes.add(expression.getURI());
      } else {
        Resource list = expression.getPropertyResourceValue(OWL.unionOf);
        assertTrue(list != null, st.getSubject() + ": only named classes and unions are supported here");
        for (RDFNode member : list.as(RDFList.class).asJavaList()) {
          classes.add(member.asResource().getURI());
        }
      }
      assertTrue(map.put(st.getSubject().getURI(), classes) == null, st.getSubject() + " has one " + which);
    });
    return map;
  }

  private static String xsdRange(String property) {
    RDFNode range = ONTOLOGY.getProperty(ONTOLOGY.createResource(property), RDFS.range).getObject();
    return range.asResource().getURI();
  }

  // ------------------------------------------------------------------------------------------------ the check

  /** Every way {@code graph} departs from the ontology, one line each; empty when it conforms. */
  static List<String> problems(Graph graph) {
    Set<String> problems = new LinkedHashSet<>();
    Map<Node, Set<String>> types = new HashMap<>();
    graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
      if (t.getObject().isURI()) {
        Set<String> all = types.computeIfAbsent(t.getSubject(), k -> new HashSet<>());
        String type = t.getObject().getURI();
        all.addAll(SUPERCLASSES.getOrDefault(type, Set.of(type)));
      }
    });

    graph.find().forEachRemaining(t -> check(t, graph, types, problems));
    return new ArrayList<>(problems);
  }

  private static void check(Triple t, Graph graph, Map<Node, Set<String>> types, Set<String> problems) {
    Node s = t.getSubject();
    Node p = t.getPredicate();
    Node o = t.getObject();
    String where = " (in " + t + ")";

    if (s.isURI() && s.getURI().startsWith(SST_NS)) {
      problems.add("data is written about the vocabulary term " + s.getURI() + where);
    }

    // predicate
    String pred = p.getURI();
    if (pred.startsWith(SST_NS)) {
      if (!OBJECT_PROPERTIES.contains(pred) && !DATATYPE_PROPERTIES.contains(pred)) {
        problems.add("predicate " + pred + " is not a property declared in sst.ttl");
      }
    } else if (!EXTERNAL_PREDICATES.contains(p)) {
      problems.add("predicate " + pred + " is neither declared in sst.ttl nor one of the external terms the "
          + "mapping uses");
    }

    // class
    if (p.equals(RDF.type.asNode())) {
      if (!o.isURI()) {
        problems.add("rdf:type with a value that is not an IRI" + where);
      } else if (o.getURI().startsWith(SST_NS)) {
        if (!CLASSES.contains(o.getURI())) {
          problems.add("class " + o.getURI() + " is not a class declared in sst.ttl");
        }
      } else if (!EXTERNAL_CLASSES.contains(o)) {
        problems.add("class " + o.getURI() + " is neither declared in sst.ttl nor one of the external classes the "
            + "mapping uses");
      }
    } else if (o.isURI()) {
      String iri = o.getURI();
      if (iri.startsWith(SST_NS) && !DECLARED.contains(iri)) {
        problems.add("value " + iri + " is not declared in sst.ttl");
      } else if (iri.startsWith(IC_NS) && !IC_DECLARED.contains(iri)
          && !graph.contains(o, RDF.type.asNode(), SKOS.Concept.asNode())) {
        problems.add("value " + iri + " is neither declared in ic.ttl nor a concept of the case");
      } else if (!iri.startsWith(SST_NS) && !iri.startsWith(IC_NS) && !EXTERNAL_VALUES.contains(o)
          && VOCABULARY_NAMESPACES.stream().anyMatch(iri::startsWith)) {
        problems.add("value " + iri + " is a vocabulary term the mapping is not known to use");
      }
    }

    if (!pred.startsWith(SST_NS)) {
      return;
    }

    // object vs datatype property
    if (DATATYPE_PROPERTIES.contains(pred)) {
      if (!o.isLiteral()) {
        problems.add(pred + " is a datatype property but has the value " + o + where);
      } else if (!o.getLiteralDatatypeURI().equals(xsdRange(pred))) {
        problems.add(pred + " has range " + xsdRange(pred) + " but a value of " + o.getLiteralDatatypeURI() + where);
      }
    } else if (OBJECT_PROPERTIES.contains(pred) && o.isLiteral()) {
      problems.add(pred + " is an object property but has the literal " + o + where);
    }

    // domain and range
    Set<String> domain = DOMAINS.get(pred);
    if (domain != null && !hasOneOf(s, domain, types)) {
      problems.add(pred + " has domain " + domain + " but its subject has types "
          + types.getOrDefault(s, Set.of()) + where);
    }
    Set<String> range = RANGES.get(pred);
    if (range != null && !o.isLiteral() && !hasOneOf(o, range, types)) {
      problems.add(pred + " has range " + range + " but its value has types "
          + types.getOrDefault(o, Set.of()) + where);
    }
  }

  private static boolean hasOneOf(Node node, Set<String> classes, Map<Node, Set<String>> types) {
    Set<String> have = new HashSet<>(types.getOrDefault(node, Set.of()));
    if (node.isURI() && CONCEPTS.contains(node.getURI())) {
      have.add(SKOS.Concept.getURI());   // a code-list concept is typed in the ontology, not in the data
    }
    return classes.stream().anyMatch(have::contains);
  }

  // ------------------------------------------------------------------------------------------------ the cases

  static Stream<Long> seeds() {
    return LongStream.range(0, 50).boxed();
  }

  @Test
  void theReferenceCaseUsesOnlyDeclaredTerms() {
    Graph graph = CaseGraphs.toGraph(CaseFiles.read(HUGHES));
    assertTrue(graph.size() > 1000, "the reference case has " + graph.size() + " triples");
    assertEquals(List.of(), problems(graph));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomCasesUseOnlyDeclaredTerms(long seed) {
    assertEquals(List.of(), problems(CaseGraphs.toGraph(RandomCases.generate(seed))), "seed=" + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fewSeeds")
  void caseAndOntologyAreConsistentForAnOwlReasoner(long seed) {
    // Jena's OWL Micro rules over ontology + data: no disjointness clash (a structure both external and material,
    // an agent both individual and collective), no literal of the wrong datatype.
    Case study = seed < 0 ? CaseFiles.read(HUGHES) : RandomCases.generate(seed);
    InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner().bindSchema(ONTOLOGY),
        ModelFactory.createModelForGraph(CaseGraphs.toGraph(study)));
    ValidityReport report = inf.validate();
    List<String> reports = new ArrayList<>();
    report.getReports().forEachRemaining(r -> reports.add(r.toString()));
    assertTrue(report.isValid(), "seed=" + seed + ": " + reports);
  }

  @Test
  void theReasonerSeesADisjointnessClash() {
    Graph graph = CaseGraphs.toGraph(CaseFiles.read(HUGHES));
    Node material = graph.find(Node.ANY, RDF.type.asNode(), SST.MaterialResource).next().getSubject();
    graph.add(Triple.create(material, RDF.type.asNode(), SST.ExternalStructure));
    InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner().bindSchema(ONTOLOGY),
        ModelFactory.createModelForGraph(graph));
    assertFalse(inf.validate().isValid(), "a structure both material and external must be a clash");
  }

  static Stream<Long> fewSeeds() {
    return LongStream.range(-1, 5).boxed();   // -1: the reference case
  }

  @Test
  void theCheckFindsUndeclaredTerms() {
    // Guards the check itself: a graph with a misspelt sst: term, a foreign predicate, a literal where a resource
    // belongs and a subject outside a property's domain is reported on each count.
    Graph graph = CaseGraphs.toGraph(RandomCases.generate(0));
    Node x = NodeFactory.createURI("https://example.org/x");
    graph.add(Triple.create(x, NodeFactory.createURI(SST_NS + "agentInFokus"), x));
    graph.add(Triple.create(x, RDF.type.asNode(), NodeFactory.createURI(SST_NS + "Cycel")));
    graph.add(Triple.create(x, DCTerms.subject.asNode(), x));
    graph.add(Triple.create(x, SST.agentInFocus, NodeFactory.createLiteralString("alf")));
    graph.add(Triple.create(x, SST.scale, NodeFactory.createURI(SST_NS + "scale-global")));
    List<String> problems = problems(graph);
    String all = String.join("\n", problems);
    assertTrue(all.contains("agentInFokus"), all);
    assertTrue(all.contains("Cycel"), all);
    assertTrue(all.contains(DCTerms.subject.getURI()), all);
    assertTrue(all.contains("is an object property but has the literal"), all);
    assertTrue(all.contains("scale-global"), all);
    assertTrue(all.contains("has domain"), all);
  }

  @Test
  void everyDeclaredClassAndPropertyIsWrittenBySomeCase() {
    // The ontology declares exactly what the library writes: the reference case and the random cases together
    // use every class and property (and every code-list concept) of sst.ttl.
    Set<String> used = new HashSet<>();
    List<Graph> graphs = new ArrayList<>();
    graphs.add(CaseGraphs.toGraph(CaseFiles.read(HUGHES)));
    seeds().forEach(seed -> graphs.add(CaseGraphs.toGraph(RandomCases.generate(seed))));
    for (Graph graph : graphs) {
      graph.find().forEachRemaining(t -> {
        for (Node n : List.of(t.getPredicate(), t.getObject())) {
          if (n.isURI() && n.getURI().startsWith(SST_NS)) {
            used.add(n.getURI());
          }
        }
      });
    }
    Set<String> unused = new TreeSet<>();
    for (Set<String> terms : List.of(CLASSES, OBJECT_PROPERTIES, DATATYPE_PROPERTIES, CONCEPTS)) {
      for (String term : terms) {
        if (!used.contains(term)) {
          unused.add(term);
        }
      }
    }
    // sst:source is version 1's (deprecated): read, no longer written.
    unused.remove(SST_NS + "source");
    assertEquals(Set.of(), unused, "declared in sst.ttl but written by none of the cases");
  }
}

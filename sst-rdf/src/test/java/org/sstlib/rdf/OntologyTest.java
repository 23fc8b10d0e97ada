package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.sstlib.core.AgentType;
import org.sstlib.core.Bracket;
import org.sstlib.core.Change;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Effect;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Lacking;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Scale;
import org.sstlib.core.SourceType;
import org.sstlib.core.StructureForm;
import org.sstlib.core.Term;

/**
 * The shipped ontologies ({@code sst.ttl}, {@code ic.ttl}): they parse strictly, every term is declared and
 * documented in English, the code lists equal the model's enums, every term of {@code docs/rdf.md} is declared, and
 * the alignment axioms of DESIGN section 6 are there.
 */
class OntologyTest {

  static final String SST = "https://w3id.org/sst#";
  static final String IC = "https://w3id.org/sst/ic#";
  static final String PROV = "http://www.w3.org/ns/prov#";
  static final String ORG = "http://www.w3.org/ns/org#";
  static final String OA = "http://www.w3.org/ns/oa#";

  static final String SST_RESOURCE = "/org/sstlib/rdf/sst.ttl";
  static final String IC_RESOURCE = "/org/sstlib/rdf/ic.ttl";

  /** {@code docs/rdf.md}, relative to the module directory (where surefire runs). */
  static final Path RDF_DOC = Path.of("../docs/rdf.md");

  private static final Model SST_MODEL = load(SST_RESOURCE);
  private static final Model IC_MODEL = load(IC_RESOURCE);

  /** Each code list of the model, with its scheme and the prefix of its concepts' local names. */
  private static final Map<Class<? extends CodeListValue>, String[]> CODE_LISTS = codeLists();

  private static Map<Class<? extends CodeListValue>, String[]> codeLists() {
    Map<Class<? extends CodeListValue>, String[]> lists = new LinkedHashMap<>();
    lists.put(Scale.class, new String[] {"ScaleScheme", "scale"});
    lists.put(AgentType.class, new String[] {"AgentTypeScheme", "agent"});
    lists.put(StructureForm.class, new String[] {"StructureFormScheme", "form"});
    lists.put(InternalKind.class, new String[] {"InternalKindScheme", "kind"});
    lists.put(Effect.class, new String[] {"EffectScheme", "effect"});
    lists.put(Force.class, new String[] {"ForceScheme", "force"});
    lists.put(Reflexivity.class, new String[] {"ReflexivityScheme", "reflexivity"});
    lists.put(Change.class, new String[] {"ChangeScheme", "change"});
    lists.put(Term.class, new String[] {"TermScheme", "term"});
    lists.put(Intended.class, new String[] {"IntendedScheme", "intended"});
    lists.put(SourceType.class, new String[] {"SourceTypeScheme", "source"});
    lists.put(EvidenceKind.class, new String[] {"EvidenceKindScheme", "evidence"});
    lists.put(OntologyLevel.class, new String[] {"OntologyLevelScheme", "level"});
    lists.put(Bracket.class, new String[] {"BracketScheme", "bracket"});
    lists.put(Lacking.class, new String[] {"LackingScheme", "lacking"});
    lists.put(org.sstlib.core.RelationType.class, new String[] {"RelationTypeScheme", "relation"});
    lists.put(org.sstlib.core.Degree.class, new String[] {"DegreeScheme", "degree"});
    return lists;
  }

  // ------------------------------------------------------------------------------------------------ loading

  /** Parses a classpath Turtle resource with Jena's strict settings: any warning is an error. */
  static Model load(String resource) {
    try (InputStream in = OntologyTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, "missing resource " + resource);
      Model model = ModelFactory.createDefaultModel();
      RDFParser.create()
          .source(in)
          .lang(Lang.TURTLE)
          .strict(true)
          .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
          .parse(model);
      return model;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sst ontology, parsed strictly (shared with other tests). */
  static Model sstOntology() {
    return SST_MODEL;
  }

  /** The ic code lists, parsed strictly (shared with other tests). */
  static Model icOntology() {
    return IC_MODEL;
  }

  /** The IRIs a model declares: subjects with an {@code rdf:type} of an IRI in {@code namespace}. */
  static Set<String> declared(Model model, String namespace) {
    Set<String> terms = new TreeSet<>();
    model.listSubjectsWithProperty(RDF.type).forEachRemaining(s -> {
      if (s.isURIResource() && s.getURI().startsWith(namespace)) {
        terms.add(s.getURI());
      }
    });
    return terms;
  }

  private static Set<String> typedAs(Model model, String namespace, Resource type) {
    Set<String> terms = new TreeSet<>();
    model.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
      if (s.isURIResource() && s.getURI().startsWith(namespace)) {
        terms.add(s.getURI());
      }
    });
    return terms;
  }

  private static Set<String> iris(Model model, String namespace) {
    Set<String> iris = new TreeSet<>();
    model.listStatements().forEachRemaining(st -> {
      for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
        if (n.isURIResource() && n.asResource().getURI().startsWith(namespace)) {
          iris.add(n.asResource().getURI());
        }
      }
    });
    return iris;
  }

  private static boolean hasEnglish(Model model, Resource subject, Property property) {
    return model.listObjectsOfProperty(subject, property).toList().stream()
        .anyMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals("en")
            && !o.asLiteral().getLexicalForm().isBlank());
  }

  private static String local(String iri, String namespace) {
    return iri.substring(namespace.length());
  }

  // ------------------------------------------------------------------------------------------------ parsing

  @Test
  void bothFilesParseStrictlyAndAreNotEmpty() {
    assertTrue(SST_MODEL.size() > 500, "sst.ttl has " + SST_MODEL.size() + " triples");
    assertTrue(IC_MODEL.size() > 100, "ic.ttl has " + IC_MODEL.size() + " triples");
  }

  @Test
  void noIriWasResolvedAgainstTheWorkingDirectory() {
    // A relative IRI in a .ttl would silently become file:///... (the parser has no base set).
    for (Model model : List.of(SST_MODEL, IC_MODEL)) {
      assertEquals(Set.of(), iris(model, "file:"));
    }
  }

  @Test
  void strictParsingRejectsBadTurtle() {
    // Guards the loader itself: a bad IRI must fail, not be logged and skipped.
    assertThrows(RiotException.class, () -> RDFParser.create()
        .fromString("<http://example.org/a b> <http://example.org/p> \"x\" .")
        .lang(Lang.TURTLE)
        .strict(true)
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
        .parse(ModelFactory.createDefaultModel()));
  }

  // ------------------------------------------------------------------------------------------------ ontology header

  @Test
  void ontologyHeader() {
    Resource ontology = SST_MODEL.createResource("https://w3id.org/sst");
    assertTrue(SST_MODEL.contains(ontology, RDF.type, OWL.Ontology));
    assertTrue(SST_MODEL.contains(ontology, OWL.versionIRI, SST_MODEL.createResource("https://w3id.org/sst/0.1.0")));
    assertTrue(SST_MODEL.contains(ontology, OWL.versionInfo, (RDFNode) null));
    assertTrue(hasEnglish(SST_MODEL, ontology, DCTerms.title));
    assertTrue(hasEnglish(SST_MODEL, ontology, DCTerms.description));
    assertTrue(hasEnglish(SST_MODEL, ontology, RDFS.label));
    assertTrue(hasEnglish(SST_MODEL, ontology, RDFS.comment));
    assertTrue(SST_MODEL.contains(ontology, DCTerms.license,
        SST_MODEL.createResource("https://www.apache.org/licenses/LICENSE-2.0")));

    Resource ic = IC_MODEL.createResource("https://w3id.org/sst/ic");
    assertTrue(IC_MODEL.contains(ic, RDF.type, OWL.Ontology));
    assertTrue(IC_MODEL.contains(ic, OWL.versionIRI, IC_MODEL.createResource("https://w3id.org/sst/ic/0.1.0")));
    assertTrue(hasEnglish(IC_MODEL, ic, DCTerms.title));
    assertTrue(hasEnglish(IC_MODEL, ic, RDFS.comment));
    assertTrue(IC_MODEL.contains(ic, DCTerms.license,
        IC_MODEL.createResource("https://www.apache.org/licenses/LICENSE-2.0")));
  }

  // ------------------------------------------------------------------------------------------------ documentation

  private static final List<Resource> TERM_TYPES = List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
      OWL.AnnotationProperty, RDF.Property, SKOS.ConceptScheme, SKOS.Concept);

  private static List<String> undocumented(Model model, String namespace) {
    List<String> problems = new ArrayList<>();
    // https://w3id.org/sst# -> https://w3id.org/sst, https://w3id.org/sst/ic# -> https://w3id.org/sst/ic
    Resource ontology = model.createResource(namespace.substring(0, namespace.length() - 1));
    for (String iri : declared(model, namespace)) {
      Resource term = model.createResource(iri);
      boolean known = TERM_TYPES.stream().anyMatch(t -> model.contains(term, RDF.type, t));
      if (!known) {
        problems.add(iri + ": not a class, property, concept scheme or concept");
      }
      if (!model.contains(term, RDFS.isDefinedBy, ontology)) {
        problems.add(iri + ": no rdfs:isDefinedBy its ontology");
      }
      if (!hasEnglish(model, term, RDFS.label)) {
        problems.add(iri + ": no rdfs:label in English");
      }
      if (!hasEnglish(model, term, RDFS.comment)) {
        problems.add(iri + ": no rdfs:comment in English");
      }
      if (model.contains(term, RDF.type, SKOS.Concept) && !hasEnglish(model, term, SKOS.definition)) {
        problems.add(iri + ": a concept without a skos:definition in English");
      }
    }
    return problems;
  }

  @Test
  void everySstTermHasLabelAndCommentInEnglish() {
    assertEquals(List.of(), undocumented(SST_MODEL, SST));
  }

  @Test
  void everyIcTermHasLabelAndCommentInEnglish() {
    assertEquals(List.of(), undocumented(IC_MODEL, IC));
  }

  @Test
  void everyTermUsedInTheOntologiesIsDeclared() {
    // A term mentioned anywhere (subject, predicate, object) must be declared, so a typo cannot hide.
    Set<String> sstDeclared = declared(SST_MODEL, SST);
    Set<String> icDeclared = declared(IC_MODEL, IC);
    Set<String> missing = new TreeSet<>();
    iris(SST_MODEL, SST).stream().filter(i -> !sstDeclared.contains(i)).forEach(missing::add);
    iris(IC_MODEL, SST).stream().filter(i -> !sstDeclared.contains(i)).forEach(missing::add);
    iris(IC_MODEL, IC).stream().filter(i -> !icDeclared.contains(i)).forEach(missing::add);
    iris(SST_MODEL, IC).stream().filter(i -> !icDeclared.contains(i)).forEach(missing::add);
    assertEquals(Set.of(), missing);
  }

  @Test
  void propertiesAreOfExactlyOneKindAndDatatypePropertiesHaveAnXsdRange() {
    List<String> problems = new ArrayList<>();
    Set<String> object = typedAs(SST_MODEL, SST, OWL.ObjectProperty);
    Set<String> datatype = typedAs(SST_MODEL, SST, OWL.DatatypeProperty);
    Set<String> annotation = typedAs(SST_MODEL, SST, OWL.AnnotationProperty);
    Set<String> classes = typedAs(SST_MODEL, SST, OWL.Class);
    for (String p : object) {
      if (datatype.contains(p) || annotation.contains(p) || classes.contains(p)) {
        problems.add(p + " has more than one kind");
      }
    }
    for (String p : datatype) {
      if (annotation.contains(p) || classes.contains(p)) {
        problems.add(p + " has more than one kind");
      }
      List<RDFNode> ranges = SST_MODEL.listObjectsOfProperty(SST_MODEL.createResource(p), RDFS.range).toList();
      if (ranges.size() != 1 || !ranges.get(0).isURIResource()
          || !ranges.get(0).asResource().getURI().startsWith(XSD.NS)) {
        problems.add(p + " is a datatype property without one xsd range: " + ranges);
      }
    }
    for (String p : object) {
      for (RDFNode range : SST_MODEL.listObjectsOfProperty(SST_MODEL.createResource(p), RDFS.range).toList()) {
        if (range.isURIResource() && range.asResource().getURI().startsWith(XSD.NS)) {
          problems.add(p + " is an object property with a datatype range " + range);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The properties whose values are literals; every other sst: property has resources (or RDF lists) as values. */
  static final Set<String> DATATYPE_PROPERTIES = Set.of("doi", "base", "formatVersion", "index", "available",
      "realised", "site", "time", "horizon", "creativity", "category", "quote", "note", "locator", "speakerRole",
      "text");

  @Test
  void datatypePropertiesAreExactlyTheLiteralValuedOnes() {
    Set<String> datatype = typedAs(SST_MODEL, SST, OWL.DatatypeProperty).stream()
        .map(i -> local(i, SST)).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(DATATYPE_PROPERTIES), datatype);
    assertRange("index", XSD.integer);
    assertRange("available", XSD.xboolean);
    assertRange("realised", XSD.xboolean);
  }

  private static void assertRange(String property, Resource range) {
    assertTrue(SST_MODEL.contains(SST_MODEL.createResource(SST + property), RDFS.range, range),
        "sst:" + property + " rdfs:range " + range);
  }

  // ------------------------------------------------------------------------------------------------ code lists

  @Test
  void eachCodeListSchemeHoldsExactlyTheEnumsCodes() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Class<? extends CodeListValue>, String[]> list : CODE_LISTS.entrySet()) {
      Resource scheme = SST_MODEL.createResource(SST + list.getValue()[0]);
      String prefix = list.getValue()[1];
      assertTrue(SST_MODEL.contains(scheme, RDF.type, SKOS.ConceptScheme), scheme + " is a skos:ConceptScheme");

      Set<String> expected = new TreeSet<>();
      for (String code : codes(list.getKey())) {
        expected.add(SST + prefix + "-" + code);
      }
      Set<String> actual = new TreeSet<>();
      SST_MODEL.listSubjectsWithProperty(SKOS.inScheme, scheme).forEachRemaining(c -> actual.add(c.getURI()));
      if (!expected.equals(actual)) {
        problems.add(scheme.getLocalName() + ": expected " + expected + " but was " + actual);
      }
      for (String code : codes(list.getKey())) {
        Resource concept = SST_MODEL.createResource(SST + prefix + "-" + code);
        if (!SST_MODEL.contains(concept, RDF.type, SKOS.Concept)) {
          problems.add(concept + " is not a skos:Concept");
        }
        List<RDFNode> notations = SST_MODEL.listObjectsOfProperty(concept, SKOS.notation).toList();
        if (notations.size() != 1 || !notations.get(0).isLiteral()
            || !notations.get(0).asLiteral().getLexicalForm().equals(code)) {
          problems.add(concept + " skos:notation should be \"" + code + "\" but is " + notations);
        }
        if (!hasEnglish(SST_MODEL, concept, SKOS.prefLabel)) {
          problems.add(concept + " has no English skos:prefLabel");
        }
        if (!hasEnglish(SST_MODEL, concept, SKOS.definition)) {
          problems.add(concept + " has no English skos:definition");
        }
        if (!SST_MODEL.contains(concept, SKOS.topConceptOf, scheme) || !SST_MODEL.contains(scheme, SKOS.hasTopConcept,
            concept)) {
          problems.add(concept + " is not a top concept of " + scheme);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theSstOntologyHasNoOtherSchemesOrConcepts() {
    Set<String> schemes = new TreeSet<>();
    Set<String> concepts = new TreeSet<>();
    for (Map.Entry<Class<? extends CodeListValue>, String[]> list : CODE_LISTS.entrySet()) {
      schemes.add(SST + list.getValue()[0]);
      for (String code : codes(list.getKey())) {
        concepts.add(SST + list.getValue()[1] + "-" + code);
      }
    }
    assertEquals(Map.of(), difference(schemes, typedAs(SST_MODEL, SST, SKOS.ConceptScheme)), "concept schemes");
    assertEquals(Map.of(), difference(concepts, typedAs(SST_MODEL, SST, SKOS.Concept)), "concepts");
  }

  /** What is missing from and what is extra in {@code actual}; empty when they are equal. */
  static Map<String, Set<String>> difference(Set<String> expected, Set<String> actual) {
    Map<String, Set<String>> diff = new LinkedHashMap<>();
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    if (!missing.isEmpty()) {
      diff.put("missing", missing);
    }
    if (!extra.isEmpty()) {
      diff.put("extra", extra);
    }
    return diff;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> codes(Class<? extends CodeListValue> type) {
    return CodeListValue.codes((Class) type);
  }

  @Test
  void theVocabularyClassAndTheOntologyDeclareTheSameTerms() {
    // org.sstlib.rdf.SST names the terms the library writes; the ontology declares exactly those.
    Set<String> inJava = org.sstlib.rdf.SST.terms().stream().map(n -> n.getURI())
        .filter(i -> i.startsWith(SST)).collect(Collectors.toCollection(TreeSet::new));
    Set<String> inOntology = declared(SST_MODEL, SST);
    Set<String> notDeclared = new TreeSet<>(inJava);
    notDeclared.removeAll(inOntology);
    Set<String> notInJava = new TreeSet<>(inOntology);
    notInJava.removeAll(inJava);
    assertEquals(Set.of(), notDeclared, "terms of SST.java that sst.ttl does not declare");
    assertEquals(Set.of(), notInJava, "terms of sst.ttl that SST.java does not name");
  }

  // ------------------------------------------------------------------------------------------------ docs/rdf.md

  /** {@code sst:} terms in running text; not the {@code sst:} of {@code urn:sst:case:...}, not a bare prefix. */
  private static final Pattern DOC_TERM = Pattern.compile("(?<![A-Za-z0-9:/_.-])sst:([A-Za-z][A-Za-z0-9-]*)");

  static Set<String> termsOfRdfDoc() {
    String text;
    try {
      text = Files.readString(RDF_DOC, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> terms = new TreeSet<>();
    Matcher m = DOC_TERM.matcher(text);
    while (m.find()) {
      String local = m.group(1);
      while (local.endsWith("-")) {
        local = local.substring(0, local.length() - 1);
      }
      terms.add(SST + local);
    }
    return terms;
  }

  @Test
  void everyTermOfTheRdfDocIsDeclared() {
    Set<String> terms = termsOfRdfDoc();
    assertTrue(terms.size() > 100, "found only " + terms.size() + " sst: terms in " + RDF_DOC.toAbsolutePath());
    assertFalse(terms.contains(SST + "case"), "urn:sst:case: is not a term");
    Set<String> missing = new TreeSet<>(terms);
    missing.removeAll(declared(SST_MODEL, SST));
    assertEquals(Set.of(), missing, "terms of docs/rdf.md that sst.ttl does not declare");
  }

  // ------------------------------------------------------------------------------------------------ axioms

  private static boolean subPropertyOf(String sub, String sup) {
    return SST_MODEL.contains(SST_MODEL.createResource(sub), RDFS.subPropertyOf, SST_MODEL.createResource(sup));
  }

  private static boolean subClassOf(String sub, String sup) {
    return SST_MODEL.contains(SST_MODEL.createResource(sub), RDFS.subClassOf, SST_MODEL.createResource(sup));
  }

  @Test
  void chainPropertiesAreSubPropertiesOfChainStep() {
    for (String p : List.of("conditions", "informs", "absentFor", "produces", "enactedIn", "reproduces", "changes",
        "creates", "erodes")) {
      assertTrue(subPropertyOf(SST + p, SST + "chainStep"), "sst:" + p + " rdfs:subPropertyOf sst:chainStep");
      assertTrue(SST_MODEL.contains(SST_MODEL.createResource(SST + p), RDF.type, OWL.ObjectProperty));
    }
    for (String p : List.of("reproduces", "changes", "creates", "erodes")) {
      assertTrue(subPropertyOf(SST + p, SST + "produces"), "sst:" + p + " rdfs:subPropertyOf sst:produces");
    }
    // Only the chain properties are chain steps.
    Set<String> steps = new TreeSet<>();
    SST_MODEL.listSubjectsWithProperty(RDFS.subPropertyOf, SST_MODEL.createResource(SST + "chainStep"))
        .forEachRemaining(s -> steps.add(local(s.getURI(), SST)));
    assertEquals(new TreeSet<>(List.of("conditions", "informs", "absentFor", "produces", "enactedIn", "reproduces",
        "changes", "creates", "erodes")), steps);
  }

  @Test
  void alignmentAxioms() {
    assertTrue(subClassOf(SST + "Agent", PROV + "Agent"));
    assertTrue(subClassOf(SST + "CollectiveAgent", ORG + "Organization"));
    assertTrue(subClassOf(SST + "CollectiveAgent", SST + "Agent"));
    assertTrue(subClassOf(SST + "IndividualAgent", SST + "Agent"));
    assertTrue(subClassOf(SST + "ActiveAgency", PROV + "Activity"));
    assertTrue(subClassOf(SST + "Structure", PROV + "Entity"));
    assertTrue(subClassOf(SST + "Event", PROV + "Entity"));
    assertTrue(subClassOf(SST + "Evidence", OA + "Annotation"));
    assertTrue(subClassOf(SST + "Codebook", SKOS.getURI() + "ConceptScheme"));
    assertTrue(subClassOf(SST + "Analyst", PROV + "Agent"));
    assertTrue(subPropertyOf(SST + "memberOf", ORG + "memberOf"));
    assertTrue(subPropertyOf(SST + "code", DCTerms.subject.getURI()));
  }

  @Test
  void structureClassHierarchy() {
    for (String c : List.of("ExternalStructure", "InternalStructure", "MaterialResource", "EmbodiedCapacity")) {
      assertTrue(subClassOf(SST + c, SST + "Structure"), c);
    }
    for (String c : List.of("ConjuncturallySpecificStructure", "GeneralDispositionalStructure")) {
      assertTrue(subClassOf(SST + c, SST + "InternalStructure"), c);
    }
  }

  // ------------------------------------------------------------------------------------------------ ic code lists

  private static final Map<String, List<String>> IC_SCHEMES = icSchemes();

  private static Map<String, List<String>> icSchemes() {
    Map<String, List<String>> schemes = new LinkedHashMap<>();
    schemes.put("EdwardsScheme", List.of("edwards-autonomy", "edwards-co-operation", "edwards-co-ordination",
        "edwards-integration"));
    schemes.put("NhsAdassScheme", List.of("nhs-adass-relative-autonomy", "nhs-adass-co-ordination",
        "nhs-adass-joint-appointments", "nhs-adass-enhanced-partnership", "nhs-adass-structural-integration"));
    schemes.put("ReedScheme", List.of("reed-between-sectors", "reed-between-professions", "reed-between-settings",
        "reed-between-organisation-types", "reed-between-types-of-care"));
    schemes.put("DirectionScheme", List.of("direction-horizontal", "direction-vertical"));
    schemes.put("DimensionScheme", List.of("dimension-clinical", "dimension-informational",
        "dimension-organisational", "dimension-financial", "dimension-administrative", "dimension-normative"));
    schemes.put("WelshModelsScheme", List.of("model-case-collaboration", "model-process-integration",
        "model-full-integration"));
    schemes.put("MechanismScheme", List.of("mechanism-section-33", "mechanism-care-trust", "mechanism-direct-payments",
        "mechanism-single-point-of-referral", "mechanism-case-management", "mechanism-needs-assessment",
        "mechanism-service-plan", "mechanism-information-sharing", "mechanism-joint-administration",
        "mechanism-harmonised-commissioning", "mechanism-bundled-payments", "mechanism-co-location"));
    return schemes;
  }

  /** The ordered continua: their concepts carry ic:rank 1..n in this order. */
  private static final Set<String> RANKED = Set.of("EdwardsScheme", "NhsAdassScheme", "WelshModelsScheme");

  @Test
  void icSchemesHoldTheirConceptsWithNotationAndSource() {
    List<String> problems = new ArrayList<>();
    Set<String> allConcepts = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : IC_SCHEMES.entrySet()) {
      Resource scheme = IC_MODEL.createResource(IC + e.getKey());
      if (!IC_MODEL.contains(scheme, RDF.type, SKOS.ConceptScheme)) {
        problems.add(scheme + " is not a skos:ConceptScheme");
      }
      if (!IC_MODEL.contains(scheme, DCTerms.source, (RDFNode) null)) {
        problems.add(scheme + " has no dcterms:source");
      }
      Set<String> expected = e.getValue().stream().map(l -> IC + l).collect(Collectors.toCollection(TreeSet::new));
      Set<String> actual = new TreeSet<>();
      IC_MODEL.listSubjectsWithProperty(SKOS.inScheme, scheme).forEachRemaining(c -> actual.add(c.getURI()));
      if (!expected.equals(actual)) {
        problems.add(scheme + ": expected " + expected + " but was " + actual);
      }
      allConcepts.addAll(expected);
      for (String local : e.getValue()) {
        Resource concept = IC_MODEL.createResource(IC + local);
        List<RDFNode> notation = IC_MODEL.listObjectsOfProperty(concept, SKOS.notation).toList();
        if (notation.size() != 1 || !notation.get(0).asLiteral().getLexicalForm().equals(local)) {
          problems.add(concept + " skos:notation should be \"" + local + "\" but is " + notation);
        }
        if (!hasEnglish(IC_MODEL, concept, SKOS.prefLabel) || !hasEnglish(IC_MODEL, concept, SKOS.definition)) {
          problems.add(concept + " lacks an English skos:prefLabel or skos:definition");
        }
        if (!local.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
          problems.add(concept + ": local name is not a legal sst id, so a case file cannot cite it");
        }
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(allConcepts, typedAs(IC_MODEL, IC, SKOS.Concept), "ic.ttl has no other concepts");
    Set<String> schemes = IC_SCHEMES.keySet().stream().map(s -> IC + s).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(schemes, typedAs(IC_MODEL, IC, SKOS.ConceptScheme), "ic.ttl has no other schemes");
  }

  @Test
  void orderedContinuaAreRankedFromOne() {
    Property rank = IC_MODEL.createProperty(IC + "rank");
    assertTrue(IC_MODEL.contains(rank, RDF.type, OWL.DatatypeProperty));
    assertTrue(IC_MODEL.contains(rank, RDFS.range, XSD.integer));
    for (Map.Entry<String, List<String>> e : IC_SCHEMES.entrySet()) {
      for (int i = 0; i < e.getValue().size(); i++) {
        Resource concept = IC_MODEL.createResource(IC + e.getValue().get(i));
        List<Statement> ranks = IC_MODEL.listStatements(concept, rank, (RDFNode) null).toList();
        if (RANKED.contains(e.getKey())) {
          assertEquals(1, ranks.size(), concept + " has one ic:rank");
          Literal value = ranks.get(0).getLiteral();
          assertEquals(XSD.integer.getURI(), value.getDatatypeURI(), concept + " rank datatype");
          assertEquals(i + 1, value.getInt(), concept + " rank");
        } else {
          assertEquals(List.of(), ranks, concept + " is in an unordered scheme");
        }
      }
    }
  }

  @Test
  void icDoesNotDuplicateTheScaleScheme() {
    for (String level : List.of("macro", "meso", "micro")) {
      for (String iri : declared(IC_MODEL, IC)) {
        assertFalse(local(iri, IC).toLowerCase().contains(level), iri + " duplicates sst:ScaleScheme");
      }
    }
    assertTrue(IC_MODEL.contains(IC_MODEL.createResource("https://w3id.org/sst/ic"), RDFS.seeAlso,
        IC_MODEL.createResource(SST + "ScaleScheme")));
  }
}

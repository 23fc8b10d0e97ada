package org.sstlib.rdf;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.ShippedCodebooks;
import org.sstlib.core.Change;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Codebook;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Effect;
import org.sstlib.core.Element;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.InternalKind;
import org.sstlib.core.InvalidCaseException;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Scale;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.Term;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;

/**
 * The lossless mapping between a {@link Case} and its RDF graph, exactly as {@code docs/rdf.md} describes it: the
 * case resource {@code urn:sst:case:<id>}, every element at {@code base + id}, qualified role entries with their
 * positions and qualifiers, and the chain steps of {@link ChainGraph} stored as triples (each also as every
 * super-property) so that {@code ?a sst:chainStep+ ?b} works in plain SPARQL.
 *
 * <pre>{@code
 * Case study = CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml"));
 * Graph graph = CaseGraphs.toGraph(study);                 // a new in-memory graph, prefixes set
 * RDFDataMgr.write(System.out, graph, Lang.TURTLE);
 * Case back = CaseGraphs.fromGraph(graph);                 // back.equals(study)
 *
 * DatasetGraph store = DatasetGraphFactory.createGeneral();
 * CaseGraphs.addTo(study, store.getGraph(GraphNames.graphNode(study.id())));   // urn:sst:graph:hughes-2022
 * List<Case> all = CaseGraphs.fromDataset(store);
 * }</pre>
 *
 * <p>Reading takes only what the case is made of: the case resource, the elements with their {@code sst:index},
 * the qualified entries and the agency's links. The chain steps and the plain role triples
 * ({@code sst:hasExternalStructure}, ...) follow from those and are not read. The case is rebuilt through
 * {@link Case#builder(String, String)}, so every rule of the model is checked again.
 *
 * <p>Stateless and thread-safe: any number of threads may convert cases at once, each into its own graph.
 */
public final class CaseGraphs {
  /** The case format version written as {@code sst:formatVersion}, the only one read. */
  public static final String FORMAT_VERSION = "1";

  static {
    // Jena's vocabulary classes must not be touched before Jena has initialised itself.
    JenaSystem.init();
  }

  private static final Node TYPE = RDF.type.asNode();
  private static final Node FIRST = RDF.first.asNode();
  private static final Node REST = RDF.rest.asNode();
  private static final Node NIL = RDF.nil.asNode();
  private static final Node LABEL = RDFS.label.asNode();
  private static final Node IDENTIFIER = DCTerms.identifier.asNode();
  private static final Node TITLE = DCTerms.title.asNode();
  private static final Node DESCRIPTION = DCTerms.description.asNode();
  private static final Node CITATION = DCTerms.bibliographicCitation.asNode();
  private static final Node DATE = DCTerms.date.asNode();
  private static final Node CREATOR = DCTerms.creator.asNode();
  private static final Node CONCEPT_SCHEME = SKOS.ConceptScheme.asNode();
  private static final Node CONCEPT = SKOS.Concept.asNode();
  private static final Node IN_SCHEME = SKOS.inScheme.asNode();
  private static final Node NOTATION = SKOS.notation.asNode();
  private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
  private static final Node BROADER = SKOS.broader.asNode();
  private static final Node ANNOTATION = OA.Annotation.asNode();
  private static final Node MOTIVATED_BY = OA.motivatedBy.asNode();
  private static final Node CLASSIFYING = OA.classifying.asNode();
  private static final Node HAS_BODY = OA.hasBody.asNode();
  private static final Node HAS_TARGET = OA.hasTarget.asNode();
  private static final Node SPECIFIC_RESOURCE = OA.SpecificResource.asNode();
  private static final Node HAS_SOURCE = OA.hasSource.asNode();
  private static final Node HAS_SELECTOR = OA.hasSelector.asNode();
  private static final Node TEXT_QUOTE_SELECTOR = OA.TextQuoteSelector.asNode();
  private static final Node EXACT = OA.exact.asNode();

  private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
  private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
  private static final Node[] SMALL_INTEGERS = new Node[256];

  static {
    for (int i = 0; i < SMALL_INTEGERS.length; i++) {
      SMALL_INTEGERS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }
  }

  private static final PrefixMapping PREFIXES = SST.prefixes();

  private CaseGraphs() {}

  // ------------------------------------------------------------------------------------------------ writing

  /**
   * A new in-memory graph (Jena's GraphMem2) holding the case as {@code docs/rdf.md} describes, with the
   * prefixes of {@link SST#prefixes()} (none for the case's base).
   *
   * <pre>{@code
   * Graph graph = CaseGraphs.toGraph(study);
   * graph.contains(NodeFactory.createURI(GraphNames.caseIri(study.id())), RDF.type.asNode(), SST.Case);   // true
   * }</pre>
   *
   * @throws RdfCaseException if an IRI the case mints ({@code base + id}, ...) is not a valid IRI; the message
   *     names the element
   */
  public static Graph toGraph(Case study) {
    checkNotNull(study, "study");
    Graph graph = GraphMemFactory.createDefaultGraphSameTerm();
    graph.getPrefixMapping().setNsPrefixes(PREFIXES);
    new Writer(study, graph::add).write();
    return graph;
  }

  /**
   * Adds the triples of a case to a graph, for bulk loading (for example into the named graph
   * {@link #graphNode(String) urn:sst:graph:<id>} of a dataset). Sets no prefixes. The triples are made and their
   * IRIs checked before the first is added, so a case that cannot be written leaves {@code graph} as it was.
   *
   * <pre>{@code
   * for (Case c : cases) {
   *   CaseGraphs.addTo(c, dataset.getGraph(GraphNames.graphNode(c.id())));
   * }
   * }</pre>
   *
   * @throws RdfCaseException if an IRI the case mints is not a valid IRI
   */
  public static void addTo(Case study, Graph graph) {
    checkNotNull(study, "study");
    checkNotNull(graph, "graph");
    List<Triple> triples = new ArrayList<>();
    new Writer(study, triples::add).write();
    for (Triple t : triples) {
      graph.add(t);
    }
  }

  /** Turns one case into triples, handing each to a sink. Single use, not thread-safe. */
  private static final class Writer {
    private final Case study;
    private final Consumer<Triple> sink;
    private final String base;
    private final Map<String, Node> elementNodes;
    private final Map<String, Node> conceptNodes = new HashMap<>();
    private final PlainIris plain;

    Writer(Case study, Consumer<Triple> sink) {
      this.study = study;
      this.sink = sink;
      this.base = study.base();
      this.plain = new PlainIris(base);
      // Sized for every id of the case up front: growing it step by step was a tenth of the mapping's time.
      int ids = study.elements().size() + study.sources().size() + study.evidence().size()
          + study.analysts().size() + study.codebooks().size();
      this.elementNodes = new HashMap<>((int) (ids / 0.75) + 16);
    }

    void write() {
      Node caseNode = mint(GraphNames.caseIri(study.id()), () -> "the case resource");
      add(caseNode, TYPE, SST.Case);
      text(caseNode, IDENTIFIER, study.id());
      text(caseNode, TITLE, study.title());
      study.citation().ifPresent(t -> text(caseNode, CITATION, t));
      study.doi().ifPresent(t -> text(caseNode, SST.doi, t));
      text(caseNode, SST.base, base);
      text(caseNode, SST.formatVersion, FORMAT_VERSION);

      for (int i = 0; i < study.analysts().size(); i++) {
        analyst(study.analysts().get(i), i);
      }
      for (int i = 0; i < study.sources().size(); i++) {
        source(study.sources().get(i), i);
      }
      for (int i = 0; i < study.agents().size(); i++) {
        agent(study.agents().get(i), i);
      }
      for (int i = 0; i < study.positionPractices().size(); i++) {
        positionPractice(study.positionPractices().get(i), i);
      }
      for (int i = 0; i < study.structures().size(); i++) {
        structure(study.structures().get(i), i);
      }
      for (int i = 0; i < study.events().size(); i++) {
        Event e = study.events().get(i);
        Node n = element(e, i);
        add(n, TYPE, SST.Event);
      }
      for (int i = 0; i < study.cycles().size(); i++) {
        cycle(study.cycles().get(i), i);
      }
      for (int i = 0; i < study.evidence().size(); i++) {
        evidence(study.evidence().get(i), i);
      }
      for (int i = 0; i < study.codebooks().size(); i++) {
        codebook(study.codebooks().get(i), i);
      }
      chain();
      // A base such as urn:sst:case: could make an element's IRI the case's own.
      String caseIri = GraphNames.caseIri(study.id());
      if (caseIri.startsWith(base) && elementNodes.containsKey(caseIri.substring(base.length()))) {
        throw new RdfCaseException("case '" + study.id() + "': the IRI <" + caseIri + "> of '"
            + caseIri.substring(base.length()) + "' (base + id) is the IRI of the case resource; choose another "
            + "base");
      }
    }

    // -------------------------------------------------------------------------------------------- parts

    private void analyst(Analyst a, int index) {
      Node n = node(a.id());
      add(n, TYPE, SST.Analyst);
      add(n, TYPE, SST.Prov.Agent);
      text(n, IDENTIFIER, a.id());
      add(n, SST.index, integer(index));
      text(n, LABEL, a.name());
    }

    private void source(Source s, int index) {
      Node n = node(s.id());
      add(n, TYPE, SST.Source);
      text(n, IDENTIFIER, s.id());
      add(n, SST.index, integer(index));
      add(n, SST.sourceType, SST.concept(s.type()));
      s.category().ifPresent(t -> text(n, SST.category, t));
      s.title().ifPresent(t -> text(n, TITLE, t));
      s.date().ifPresent(t -> text(n, DATE, t));
    }

    private void agent(Agent a, int index) {
      Node n = element(a, index);
      add(n, TYPE, SST.Agent);
      add(n, TYPE, a.type() == AgentType.INDIVIDUAL ? SST.IndividualAgent : SST.CollectiveAgent);
      add(n, SST.agentType, SST.concept(a.type()));
      refs(n, SST.memberOf, a.memberOf());
    }

    private void positionPractice(PositionPractice p, int index) {
      Node n = element(p, index);
      add(n, TYPE, SST.PositionPractice);
      refs(n, SST.occupiedBy, p.occupiedBy());
      list(n, SST.practices, p.practices());
      list(n, SST.prerogatives, p.prerogatives());
      list(n, SST.obligations, p.obligations());
      for (int i = 0; i < p.relations().size(); i++) {
        PositionPractice.Relation r = p.relations().get(i);
        int at = i;
        Node rel = mint(base + p.id() + "/relation/" + i, () -> "relation " + at + " of position-practice '"
            + p.id() + "'");
        add(n, SST.hasRelation, rel);
        add(rel, TYPE, SST.PositionPracticeRelation);
        add(rel, SST.index, integer(i));
        add(rel, SST.relationTo, node(r.to()));
        text(rel, LABEL, r.label());
      }
    }

    private void structure(Structure s, int index) {
      Node n = element(s, index);
      add(n, TYPE, SST.Structure);
      if (s.isInternal()) {
        add(n, TYPE, SST.InternalStructure);
        s.kind().ifPresent(k -> add(n, TYPE, k == InternalKind.CONJUNCTURALLY_SPECIFIC
            ? SST.ConjuncturallySpecificStructure : SST.GeneralDispositionalStructure));
      } else if (s.form() == StructureForm.MATERIAL_RESOURCE) {
        add(n, TYPE, SST.MaterialResource);
      } else if (s.form() == StructureForm.EMBODIED_CAPACITY) {
        add(n, TYPE, SST.EmbodiedCapacity);
      } else {
        add(n, TYPE, SST.ExternalStructure);
      }
      add(n, SST.form, SST.concept(s.form()));
      s.internalTo().ifPresent(agent -> add(n, SST.internalTo, node(agent)));
      s.kind().ifPresent(k -> add(n, SST.kind, SST.concept(k)));
      refs(n, SST.about, s.about());
      s.of().ifPresent(agent -> add(n, SST.materialOf, node(agent)));
    }

    private void cycle(Cycle c, int index) {
      Node n = element(c, index);
      add(n, TYPE, SST.Cycle);
      text(n, SST.site, c.site());
      c.time().ifPresent(t -> text(n, SST.time, t));
      refs(n, SST.follows, c.follows());
      add(n, SST.agentInFocus, node(c.agentInFocus()));
      refs(n, SST.agentInContext, c.agentsInContext());
      c.positionPractice().ifPresent(pp -> add(n, SST.positionPractice, node(pp)));
      conditions(c, n, c.external(), "external", SST.hasExternalStructure, SST.qualifiedExternal,
          SST.ExternalEntry);
      conditions(c, n, c.material(), "material", SST.hasMaterialCondition, SST.qualifiedMaterial,
          SST.MaterialEntry);
      for (int i = 0; i < c.internal().size(); i++) {
        Node entity = node(c.internal().get(i));
        Node entry = entry(c, "internal", i);
        add(n, SST.hasInternalStructure, entity);
        add(n, SST.qualifiedInternal, entry);
        add(entry, TYPE, SST.InternalEntry);
        add(entry, SST.index, integer(i));
        add(entry, SST.entity, entity);
      }
      for (int i = 0; i < c.agency().size(); i++) {
        ActiveAgency a = c.agency().get(i);
        Node agency = element(a, i);
        add(n, SST.hasActiveAgency, agency);
        add(agency, TYPE, SST.ActiveAgency);
        add(agency, SST.inCycle, n);
        a.reflexivity().ifPresent(r -> add(agency, SST.reflexivity, SST.concept(r)));
        a.horizon().ifPresent(t -> text(agency, SST.horizon, t));
        list(agency, SST.concerns, a.concerns());
        a.creativity().ifPresent(t -> text(agency, SST.creativity, t));
        refs(agency, SST.drawsOn, a.drawsOn());
        refs(agency, SST.conditionedBy, a.conditionedBy());
      }
      for (int i = 0; i < c.outcomes().size(); i++) {
        Outcome o = c.outcomes().get(i);
        Node entity = node(o.ref());
        Node entry = entry(c, "outcome", i);
        add(n, SST.hasOutcome, entity);
        add(n, SST.qualifiedOutcome, entry);
        add(entry, TYPE, SST.OutcomeEntry);
        add(entry, SST.index, integer(i));
        add(entry, SST.entity, entity);
        o.change().ifPresent(v -> add(entry, SST.change, SST.concept(v)));
        o.term().ifPresent(v -> add(entry, SST.term, SST.concept(v)));
        add(entry, SST.intended, SST.concept(o.intended()));
        refs(entry, SST.producedBy, o.producedBy());
      }
    }

    private void conditions(Cycle c, Node cycle, List<Condition> entries, String role, Node plain, Node qualified,
        Node type) {
      for (int i = 0; i < entries.size(); i++) {
        Condition e = entries.get(i);
        Node entity = node(e.ref());
        Node entry = entry(c, role, i);
        add(cycle, plain, entity);
        add(cycle, qualified, entry);
        add(entry, TYPE, type);
        add(entry, SST.index, integer(i));
        add(entry, SST.entity, entity);
        e.effect().ifPresent(v -> add(entry, SST.effect, SST.concept(v)));
        e.force().ifPresent(v -> add(entry, SST.force, SST.concept(v)));
        add(entry, SST.available, e.available() ? TRUE : FALSE);
      }
    }

    private Node entry(Cycle c, String role, int i) {
      return mint(base + c.id() + "/" + role + "/" + i, () -> role + " entry " + i + " of cycle '" + c.id() + "'");
    }

    private void evidence(Evidence e, int index) {
      Node n = node(e.id());
      add(n, TYPE, SST.Evidence);
      add(n, TYPE, ANNOTATION);
      text(n, IDENTIFIER, e.id());
      add(n, SST.index, integer(index));
      add(n, MOTIVATED_BY, CLASSIFYING);
      Node source = node(e.source());
      add(n, SST.source, source);
      e.quote().ifPresent(t -> text(n, SST.quote, t));
      e.note().ifPresent(t -> text(n, SST.note, t));
      e.locator().ifPresent(t -> text(n, SST.locator, t));
      e.speakerRole().ifPresent(t -> text(n, SST.speakerRole, t));
      e.analyst().ifPresent(a -> add(n, CREATOR, node(a)));
      for (String claim : e.supports()) {
        int slash = claim.indexOf('/');
        if (slash < 0) {
          Node element = node(claim);
          add(n, SST.supports, element);
          add(n, HAS_BODY, element);
        } else {
          Node roleClaim = mint(base + e.id() + "/claim/" + claim, () -> "the claim '" + claim + "' of evidence '"
              + e.id() + "'");
          add(n, SST.supportsRole, roleClaim);
          add(n, HAS_BODY, roleClaim);
          add(roleClaim, TYPE, SST.RoleClaim);
          add(roleClaim, SST.cycle, node(claim.substring(0, slash)));
          add(roleClaim, SST.entity, node(claim.substring(slash + 1)));
        }
      }
      Node target = mint(base + e.id() + "/target", () -> "the target of evidence '" + e.id() + "'");
      add(n, HAS_TARGET, target);
      add(target, TYPE, SPECIFIC_RESOURCE);
      add(target, HAS_SOURCE, source);
      e.quote().ifPresent(quote -> {
        Node selector = mint(base + e.id() + "/selector", () -> "the selector of evidence '" + e.id() + "'");
        add(target, HAS_SELECTOR, selector);
        add(selector, TYPE, TEXT_QUOTE_SELECTOR);
        text(selector, EXACT, quote);
      });
    }

    private void codebook(Codebook cb, int index) {
      Node n = node(cb.id());
      add(n, TYPE, CONCEPT_SCHEME);
      add(n, TYPE, SST.Codebook);
      text(n, IDENTIFIER, cb.id());
      add(n, SST.index, integer(index));
      text(n, LABEL, cb.label());
      for (int i = 0; i < cb.concepts().size(); i++) {
        Codebook.Concept concept = cb.concepts().get(i);
        Node c = concept(cb.id(), concept.id());
        add(c, TYPE, CONCEPT);
        add(c, IN_SCHEME, n);
        text(c, NOTATION, concept.id());
        text(c, PREF_LABEL, concept.label());
        concept.broader().ifPresent(b -> add(c, BROADER, concept(cb.id(), b)));
        add(c, SST.index, integer(i));
      }
    }

    private void chain() {
      for (ChainStep step : ChainGraph.stepsOf(study)) {
        Node from = node(step.from());
        Node to = node(step.to());
        add(from, SST.chainProperty(step.kind()), to);
        add(from, SST.chainStep, to);
        if (step.kind() == StepKind.PRODUCES) {
          step.change().flatMap(SST::producesProperty).ifPresent(p -> add(from, p, to));
        }
      }
    }

    // -------------------------------------------------------------------------------------------- helpers

    /** The node of an element with the fields every element shares. */
    private Node element(Element e, int index) {
      Node n = node(e.id());
      text(n, IDENTIFIER, e.id());
      add(n, SST.index, integer(index));
      text(n, LABEL, e.label());
      e.description().ifPresent(t -> text(n, DESCRIPTION, t));
      e.scale().ifPresent(s -> add(n, SST.scale, SST.concept(s)));
      for (String code : e.codes()) {
        int colon = code.indexOf(':');
        add(n, SST.code, concept(code.substring(0, colon), code.substring(colon + 1)));
      }
      return n;
    }

    /** The IRI {@code base + id} of anything with an id in the case, minted once. */
    private Node node(String id) {
      Node n = elementNodes.get(id);
      if (n == null) {
        n = mint(base + id, () -> study.element(id).map(Element::typeName).orElse("element") + " '" + id + "'");
        elementNodes.put(id, n);
      }
      return n;
    }

    private Node concept(String codebook, String concept) {
      String key = codebook + ":" + concept;
      Node n = conceptNodes.get(key);
      if (n == null) {
        // A code list the case does not define is one that comes with sst: its concepts have IRIs of their own
        // (ic: is https://w3id.org/sst/ic#), shared by every case that cites them.
        boolean own = study.codebooks().stream().anyMatch(cb -> cb.id().equals(codebook));
        Optional<String> shipped = own ? Optional.empty() : ShippedCodebooks.namespace(codebook);
        String iri = shipped.map(ns -> ns + concept).orElse(base + codebook + "/" + concept);
        n = mint(iri, () -> "concept '" + key + "'");
        conceptNodes.put(key, n);
      }
      return n;
    }

    private Node mint(String iri, Supplier<String> what) {
      if (plain.valid(iri)) {
        return NodeFactory.createURI(iri);
      }
      try {
        IRIs.checkEx(iri);
      } catch (IRIException e) {
        throw new RdfCaseException("case '" + study.id() + "': the IRI <" + iri + "> of " + what.get()
            + " is not a valid IRI (check the base <" + base + ">): " + e.getMessage(), e);
      }
      return NodeFactory.createURI(iri);
    }

    private void refs(Node s, Node p, List<String> ids) {
      for (String id : ids) {
        add(s, p, node(id));
      }
    }

    private void list(Node s, Node p, List<String> items) {
      if (items.isEmpty()) {
        return;
      }
      Node cell = NodeFactory.createBlankNode();
      add(s, p, cell);
      for (int i = 0; i < items.size(); i++) {
        add(cell, FIRST, NodeFactory.createLiteralString(items.get(i)));
        Node next = i + 1 == items.size() ? NIL : NodeFactory.createBlankNode();
        add(cell, REST, next);
        cell = next;
      }
    }

    private void text(Node s, Node p, String text) {
      add(s, p, NodeFactory.createLiteralString(text));
    }

    private void add(Node s, Node p, Node o) {
      sink.accept(Triple.create(s, p, o));
    }
  }

  private static Node integer(int i) {
    return i < SMALL_INTEGERS.length ? SMALL_INTEGERS[i]
        : NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * The case held by a graph, equal ({@link Case#equals}) to the case the graph was made from.
   *
   * <pre>{@code
   * Graph graph = RDFParser.source("hughes-2022.ttl").toGraph();
   * Case study = CaseGraphs.fromGraph(graph);
   * }</pre>
   *
   * @throws RdfCaseException if the graph does not hold exactly one {@code sst:Case} or its data is not shaped as
   *     {@code docs/rdf.md} says (a missing {@code sst:agentInFocus}, a value that is not a concept of its scheme,
   *     an element IRI that is not {@code base + id}, ...); the message lists every such problem with the IRIs
   * @throws InvalidCaseException if the data is well formed but the case breaks the model's rules
   */
  public static Case fromGraph(Graph graph) {
    checkNotNull(graph, "graph");
    return new Reader(graph, null).read();
  }

  /**
   * Every case of a dataset: one per named graph whose name starts with {@value #GRAPH_PREFIX}, in order of the
   * graph names; other graphs, and the default graph, are ignored. Runs in a read transaction when the dataset
   * supports transactions and none is active.
   *
   * <pre>{@code
   * DatasetGraph store = TDB2Factory.connectDataset("store").asDatasetGraph();
   * List<Case> cases = CaseGraphs.fromDataset(store);
   * }</pre>
   *
   * @throws RdfCaseException if a graph does not hold an sst case, or holds a case whose id does not match its
   *     name ({@code urn:sst:graph:<id>}); the message names the graph
   * @throws InvalidCaseException if a graph holds a case that breaks the model's rules
   */
  public static List<Case> fromDataset(DatasetGraph dataset) {
    checkNotNull(dataset, "dataset");
    if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
      return Txn.calculateRead(dataset, () -> readDataset(dataset));
    }
    return readDataset(dataset);
  }

  private static List<Case> readDataset(DatasetGraph dataset) {
    List<Node> names = new ArrayList<>();
    for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
      Node name = it.next();
      if (name.isURI() && name.getURI().startsWith(GraphNames.GRAPH_PREFIX)) {
        names.add(name);
      }
    }
    names.sort(Comparator.comparing(Node::getURI));
    List<Case> cases = new ArrayList<>(names.size());
    for (Node name : names) {
      cases.add(new Reader(dataset.getGraph(name), name.getURI()).read());
    }
    return ImmutableList.copyOf(cases);
  }

  /**
   * Reads one case from a graph, collecting every problem before giving up. Single use, not thread-safe.
   */
  private static final class Reader {
    private final Graph g;
    /** The name of the graph in its dataset, or null. */
    private final String graphName;
    private final List<String> problems = new ArrayList<>();
    private String base = "";
    /** Each concept of the case's codebooks, as {@code codebook:concept}. */
    private final Map<Node, String> conceptCodes = new HashMap<>();

    Reader(Graph g, String graphName) {
      this.g = g;
      this.graphName = graphName;
    }

    private String where() {
      return graphName == null ? "" : "graph <" + graphName + ">: ";
    }

    Case read() {
      List<Node> cases = G.listPO(g, TYPE, SST.Case);
      if (cases.isEmpty()) {
        throw new RdfCaseException(where() + "no sst:Case in the graph: an sst case has exactly one resource of "
            + "type " + SST.Case.getURI());
      }
      if (cases.size() > 1) {
        List<String> shown = cases.stream().map(CaseGraphs::show).sorted().toList();
        throw new RdfCaseException(where() + (cases.size() == 2 ? "two" : Integer.toString(cases.size()))
            + " sst:Case resources in the graph (" + String.join(", ", shown) + "): an sst case graph holds "
            + "exactly one case; load several cases into separate named graphs urn:sst:graph:<id>");
      }
      Node caseNode = cases.get(0);
      String what = "case";
      String id = requiredText(caseNode, IDENTIFIER, what);
      if (!id.isEmpty() && !caseNode.equals(NodeFactory.createURI(GraphNames.caseIri(id)))) {
        problem("case " + show(caseNode) + " has dcterms:identifier '" + id + "', so its IRI should be <"
            + GraphNames.caseIri(id) + ">");
      }
      if (graphName != null && !id.isEmpty() && !graphName.equals(GraphNames.graphName(id))) {
        throw new RdfCaseException(where() + "it holds case '" + id + "', whose graph is <" + GraphNames.graphName(id)
            + ">: a case lives in the named graph urn:sst:graph:<id>");
      }
      String title = requiredText(caseNode, TITLE, what);
      Optional<String> citation = optionalText(caseNode, CITATION, what);
      Optional<String> doi = optionalText(caseNode, SST.doi, what);
      base = requiredText(caseNode, SST.base, what);
      optionalText(caseNode, SST.formatVersion, what).ifPresent(v -> {
        if (!v.equals(FORMAT_VERSION)) {
          problem("case " + show(caseNode) + " has sst:formatVersion '" + v + "'; this library reads version '"
              + FORMAT_VERSION + "'");
        }
      });
      if (base.isEmpty()) {
        // Without a base no element IRI can be read; say so once rather than once per reference.
        throw failure(id);
      }

      List<Codebook> codebooks = codebooks();
      List<Analyst> analysts = new ArrayList<>();
      for (Node n : ofType(SST.Analyst, "analyst")) {
        analysts.add(new Analyst(identifier(n, "analyst"), requiredText(n, LABEL, "analyst")));
      }
      List<Source> sources = new ArrayList<>();
      for (Node n : ofType(SST.Source, "source")) {
        sources.add(new Source(identifier(n, "source"),
            requiredConcept(n, SST.sourceType, SourceType.class, SourceType.OTHER, "source"),
            optionalText(n, SST.category, "source"), optionalText(n, TITLE, "source"),
            optionalText(n, DATE, "source")));
      }
      List<Agent> agents = new ArrayList<>();
      for (Node n : ofType(SST.Agent, "agent")) {
        Common c = common(n, "agent");
        agents.add(new Agent(c.id, c.label, c.description, c.scale, c.codes,
            requiredConcept(n, SST.agentType, AgentType.class, AgentType.INDIVIDUAL, "agent"),
            refs(n, SST.memberOf, "agent")));
      }
      List<PositionPractice> positionPractices = new ArrayList<>();
      for (Node n : ofType(SST.PositionPractice, "position-practice")) {
        positionPractices.add(positionPractice(n));
      }
      List<Structure> structures = new ArrayList<>();
      for (Node n : ofType(SST.Structure, "structure")) {
        structures.add(structure(n));
      }
      List<Event> events = new ArrayList<>();
      for (Node n : ofType(SST.Event, "event")) {
        Common c = common(n, "event");
        events.add(new Event(c.id, c.label, c.description, c.scale, c.codes));
      }
      List<Node> cycleNodes = ofType(SST.Cycle, "cycle");
      Map<Node, List<Node>> agencyByCycle = agencyByCycle(new HashSet<>(cycleNodes));
      List<Cycle> cycles = new ArrayList<>();
      for (Node n : cycleNodes) {
        cycles.add(cycle(n, agencyByCycle.getOrDefault(n, List.of())));
      }
      List<Evidence> evidence = new ArrayList<>();
      for (Node n : ofType(SST.Evidence, "evidence")) {
        evidence.add(evidence(n));
      }
      if (!problems.isEmpty()) {
        throw failure(id);
      }

      Case.Builder b = Case.builder(id, title).base(base);
      citation.ifPresent(b::citation);
      doi.ifPresent(b::doi);
      analysts.forEach(b::analyst);
      sources.forEach(b::source);
      agents.forEach(b::agent);
      positionPractices.forEach(b::positionPractice);
      structures.forEach(b::structure);
      events.forEach(b::event);
      cycles.forEach(b::cycle);
      evidence.forEach(b::evidence);
      codebooks.forEach(b::codebook);
      return b.build();
    }

    private RdfCaseException failure(String id) {
      String name = id.isEmpty() ? "the graph" : "the graph of case '" + id + "'";
      return new RdfCaseException(where() + name + " is not an sst case as docs/rdf.md describes it ("
          + problems.size() + (problems.size() == 1 ? " problem):" : " problems):"), problems);
    }

    // -------------------------------------------------------------------------------------------- parts

    private List<Codebook> codebooks() {
      List<Codebook> codebooks = new ArrayList<>();
      for (Node n : ofType(SST.Codebook, "codebook")) {
        String id = identifier(n, "codebook");
        String label = requiredText(n, LABEL, "codebook");
        List<Node> conceptNodes = sortedByIndex(G.listPO(g, IN_SCHEME, n), "concept");
        Map<Node, String> notations = new LinkedHashMap<>();
        for (Node c : conceptNodes) {
          notations.put(c, requiredText(c, NOTATION, "concept"));
        }
        List<Codebook.Concept> concepts = new ArrayList<>();
        for (Node c : conceptNodes) {
          Optional<String> broader = Optional.ofNullable(optionalOne(c, BROADER, "concept")).map(b -> {
            String notation = notations.get(b);
            if (notation == null) {
              problem("concept " + show(c) + " has skos:broader " + show(b) + ", which is not a concept of its "
                  + "codebook " + show(n));
              return "";
            }
            return notation;
          });
          String notation = notations.get(c);
          concepts.add(new Codebook.Concept(notation, requiredText(c, PREF_LABEL, "concept"), broader));
          conceptCodes.put(c, id + ":" + notation);
        }
        codebooks.add(new Codebook(id, label, ImmutableList.copyOf(concepts)));
      }
      return codebooks;
    }

    private PositionPractice positionPractice(Node n) {
      String what = "position-practice";
      Common c = common(n, what);
      List<PositionPractice.Relation> relations = new ArrayList<>();
      for (Node r : sortedByIndex(G.listSP(g, n, SST.hasRelation), "relation")) {
        Node to = requiredOne(r, SST.relationTo, "relation");
        relations.add(new PositionPractice.Relation(to == null ? "" : ref(r, SST.relationTo, to, "relation"),
            requiredText(r, LABEL, "relation")));
      }
      return new PositionPractice(c.id, c.label, c.description, c.scale, c.codes, refs(n, SST.occupiedBy, what),
          textList(n, SST.practices, what), textList(n, SST.prerogatives, what), textList(n, SST.obligations, what),
          ImmutableList.copyOf(relations));
    }

    private Structure structure(Node n) {
      String what = "structure";
      Common c = common(n, what);
      return new Structure(c.id, c.label, c.description, c.scale, c.codes,
          requiredConcept(n, SST.form, StructureForm.class, StructureForm.OTHER, what),
          optionalRef(n, SST.internalTo, what),
          optionalConcept(n, SST.kind, InternalKind.class, what),
          refs(n, SST.about, what),
          optionalRef(n, SST.materialOf, what));
    }

    private Map<Node, List<Node>> agencyByCycle(Set<Node> cycles) {
      Map<Node, List<Node>> byCycle = new HashMap<>();
      for (Node a : G.listPO(g, TYPE, SST.ActiveAgency)) {
        Node cycle = requiredOne(a, SST.inCycle, "agency");
        if (cycle == null) {
          continue;
        }
        if (!cycles.contains(cycle)) {
          problem("agency " + show(a) + " has sst:inCycle " + show(cycle) + ", which is not an sst:Cycle");
          continue;
        }
        byCycle.computeIfAbsent(cycle, k -> new ArrayList<>()).add(a);
      }
      return byCycle;
    }

    private Cycle cycle(Node n, List<Node> agencyNodes) {
      String what = "cycle";
      Common c = common(n, what);
      String site = requiredText(n, SST.site, what);
      Optional<String> time = optionalText(n, SST.time, what);
      ImmutableList<String> follows = refs(n, SST.follows, what);
      Node focus = requiredOne(n, SST.agentInFocus, what);
      String agentInFocus = focus == null ? "" : ref(n, SST.agentInFocus, focus, what);
      ImmutableList<String> agentsInContext = refs(n, SST.agentInContext, what);
      Optional<String> positionPractice = optionalRef(n, SST.positionPractice, what);
      ImmutableList<Condition> external = conditions(n, SST.qualifiedExternal, "external entry");
      ImmutableList<Condition> material = conditions(n, SST.qualifiedMaterial, "material entry");
      List<String> internal = new ArrayList<>();
      for (Node e : sortedByIndex(G.listSP(g, n, SST.qualifiedInternal), "internal entry")) {
        internal.add(entity(e, "internal entry"));
      }
      List<ActiveAgency> agency = new ArrayList<>();
      for (Node a : sortedByIndex(agencyNodes, "agency")) {
        agency.add(agency(a));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Node e : sortedByIndex(G.listSP(g, n, SST.qualifiedOutcome), "outcome entry")) {
        String w = "outcome entry";
        outcomes.add(new Outcome(entity(e, w),
            optionalConcept(e, SST.change, Change.class, w),
            optionalConcept(e, SST.term, Term.class, w),
            optionalConcept(e, SST.intended, Intended.class, w).orElse(Intended.UNKNOWN),
            refs(e, SST.producedBy, w)));
      }
      return new Cycle(c.id, c.label, c.description, c.scale, c.codes, site, time, follows, agentInFocus,
          agentsInContext, positionPractice, external, material, ImmutableList.copyOf(internal),
          ImmutableList.copyOf(agency), ImmutableList.copyOf(outcomes));
    }

    private ImmutableList<Condition> conditions(Node cycle, Node property, String what) {
      ImmutableList.Builder<Condition> out = ImmutableList.builder();
      for (Node e : sortedByIndex(G.listSP(g, cycle, property), what)) {
        Node available = optionalOne(e, SST.available, what);
        boolean isAvailable = true;
        if (available != null) {
          Object value = literalValue(available, XSDDatatype.XSDboolean);
          if (value instanceof Boolean bool) {
            isAvailable = bool;
          } else {
            problem(what + " " + show(e) + " has sst:available " + show(available)
                + ", which is not an xsd:boolean (true or false)");
          }
        }
        out.add(new Condition(entity(e, what), optionalConcept(e, SST.effect, Effect.class, what),
            optionalConcept(e, SST.force, Force.class, what), isAvailable));
      }
      return out.build();
    }

    private String entity(Node entry, String what) {
      Node entity = requiredOne(entry, SST.entity, what);
      return entity == null ? "" : ref(entry, SST.entity, entity, what);
    }

    private ActiveAgency agency(Node n) {
      String what = "agency";
      Common c = common(n, what);
      return new ActiveAgency(c.id, c.label, c.description, c.scale, c.codes,
          optionalConcept(n, SST.reflexivity, Reflexivity.class, what),
          optionalText(n, SST.horizon, what),
          textList(n, SST.concerns, what),
          optionalText(n, SST.creativity, what),
          refs(n, SST.drawsOn, what),
          refs(n, SST.conditionedBy, what));
    }

    private Evidence evidence(Node n) {
      String what = "evidence";
      String id = identifier(n, what);
      Node source = requiredOne(n, SST.source, what);
      List<String> supports = new ArrayList<>(refs(n, SST.supports, what));
      for (Node claim : G.listSP(g, n, SST.supportsRole)) {
        Node cycle = requiredOne(claim, SST.cycle, "role claim");
        Node entity = requiredOne(claim, SST.entity, "role claim");
        if (cycle != null && entity != null) {
          supports.add(ref(claim, SST.cycle, cycle, "role claim") + "/" + ref(claim, SST.entity, entity,
              "role claim"));
        }
      }
      return new Evidence(id, source == null ? "" : ref(n, SST.source, source, what),
          optionalText(n, SST.quote, what), optionalText(n, SST.note, what), optionalText(n, SST.locator, what),
          optionalText(n, SST.speakerRole, what), optionalRef(n, CREATOR, what), ImmutableList.copyOf(supports));
    }

    // -------------------------------------------------------------------------------------------- helpers

    /** The fields every element shares. */
    private record Common(String id, String label, Optional<String> description, Optional<Scale> scale,
        ImmutableList<String> codes) {}

    /** {@code ic:concept} for the IRI of a concept of a code list that comes with sst, or null. */
    private String shippedCode(Node code) {
      if (!code.isURI()) {
        return null;
      }
      for (String id : ShippedCodebooks.ids()) {
        String ns = ShippedCodebooks.namespace(id).orElseThrow();
        if (code.getURI().startsWith(ns)) {
          String concept = code.getURI().substring(ns.length());
          boolean known = ShippedCodebooks.get(id).orElseThrow().concepts().stream()
              .anyMatch(c -> c.id().equals(concept));
          return known ? id + ":" + concept : null;
        }
      }
      return null;
    }

    private Common common(Node n, String what) {
      String id = identifier(n, what);
      String label = requiredText(n, LABEL, what);
      Optional<String> description = optionalText(n, DESCRIPTION, what);
      Optional<Scale> scale = optionalConcept(n, SST.scale, Scale.class, what);
      List<String> codes = new ArrayList<>();
      for (Node code : G.listSP(g, n, SST.code)) {
        String c = conceptCodes.get(code);
        if (c == null) {
          c = shippedCode(code);
        }
        if (c == null) {
          problem(what + " " + show(n) + " has sst:code " + show(code) + ", which is not a concept of a codebook "
              + "of the case (a skos:Concept with skos:inScheme an sst:Codebook)");
        } else {
          codes.add(c);
        }
      }
      return new Common(id, label, description, scale, ImmutableList.copyOf(codes));
    }

    /** The resources of a type, in the order of their {@code sst:index}. */
    private List<Node> ofType(Node type, String what) {
      return sortedByIndex(G.listPO(g, TYPE, type), what);
    }

    /** The nodes in the order of their {@code sst:index}; reports a missing, malformed or repeated index. */
    private List<Node> sortedByIndex(List<Node> nodes, String what) {
      List<Map.Entry<Integer, Node>> indexed = new ArrayList<>(nodes.size());
      for (Node n : nodes) {
        Node index = requiredOne(n, SST.index, what);
        int i = Integer.MAX_VALUE;
        if (index != null) {
          Object value = literalValue(index, XSDDatatype.XSDinteger);
          if (value instanceof Number number && isWhole(number) && number.longValue() >= 0
              && number.longValue() < Integer.MAX_VALUE) {
            i = number.intValue();
          } else {
            problem(what + " " + show(n) + " has sst:index " + show(index) + ", which is not an xsd:integer "
                + "from 0");
          }
        }
        indexed.add(Map.entry(i, n));
      }
      indexed.sort(Map.Entry.<Integer, Node>comparingByKey().thenComparing(e -> show(e.getValue())));
      List<Node> sorted = new ArrayList<>(indexed.size());
      for (int k = 0; k < indexed.size(); k++) {
        if (k > 0 && indexed.get(k).getKey() != Integer.MAX_VALUE
            && indexed.get(k).getKey().equals(indexed.get(k - 1).getKey())) {
          problem(what + " " + show(indexed.get(k - 1).getValue()) + " and " + show(indexed.get(k).getValue())
              + " have the same sst:index " + indexed.get(k).getKey());
        }
        sorted.add(indexed.get(k).getValue());
      }
      return sorted;
    }

    private static boolean isWhole(Number n) {
      return n instanceof Integer || n instanceof Long || n instanceof BigInteger || n instanceof Short
          || n instanceof Byte;
    }

    /** The {@code dcterms:identifier} of an element, which must be the end of its IRI {@code base + id}. */
    private String identifier(Node n, String what) {
      String id = requiredText(n, IDENTIFIER, what);
      if (!id.isEmpty() && !(n.isURI() && n.getURI().equals(base + id))) {
        problem(what + " " + show(n) + " has dcterms:identifier '" + id + "', so its IRI should be <" + base + id
            + "> (the case's sst:base followed by the id)");
      }
      return id;
    }

    /** The id of the element an object IRI names ({@code base + id}), or "" after reporting a problem. */
    private String ref(Node s, Node p, Node o, String what) {
      if (o.isURI() && o.getURI().startsWith(base)) {
        String id = o.getURI().substring(base.length());
        if (!id.isEmpty() && id.indexOf('/') < 0) {
          return id;
        }
      }
      problem(what + " " + show(s) + " has " + prop(p) + " " + show(o) + ", which is not an element of the case "
          + "(an IRI made of the case's sst:base <" + base + "> and an id)");
      return "";
    }

    private ImmutableList<String> refs(Node s, Node p, String what) {
      ImmutableList.Builder<String> ids = ImmutableList.builder();
      for (Node o : G.listSP(g, s, p)) {
        ids.add(ref(s, p, o, what));
      }
      return ids.build();
    }

    private Optional<String> optionalRef(Node s, Node p, String what) {
      return Optional.ofNullable(optionalOne(s, p, what)).map(o -> ref(s, p, o, what));
    }

    /** The one value of (s, p), or null if there is none or, after reporting it, more than one. */
    private Node optionalOne(Node s, Node p, String what) {
      List<Node> values = G.listSP(g, s, p);
      if (values.size() > 1) {
        problem(what + " " + show(s) + " has " + values.size() + " values of " + prop(p) + " ("
            + String.join(", ", values.stream().map(CaseGraphs::show).sorted().toList()) + "); it takes one");
        return null;
      }
      return values.isEmpty() ? null : values.get(0);
    }

    /** The one value of (s, p), or null after reporting that there is none or more than one. */
    private Node requiredOne(Node s, Node p, String what) {
      if (!g.contains(s, p, Node.ANY)) {
        problem(what + " " + show(s) + " has no " + prop(p));
        return null;
      }
      return optionalOne(s, p, what);
    }

    private Optional<String> optionalText(Node s, Node p, String what) {
      return Optional.ofNullable(optionalOne(s, p, what)).map(o -> text(s, p, o, what));
    }

    private String requiredText(Node s, Node p, String what) {
      Node o = requiredOne(s, p, what);
      return o == null ? "" : text(s, p, o, what);
    }

    private String text(Node s, Node p, Node o, String what) {
      if (o.isLiteral() && XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
        return o.getLiteralLexicalForm();
      }
      problem(what + " " + show(s) + " has " + prop(p) + " " + show(o) + ", which is not a plain string literal "
          + "(xsd:string, no language tag)");
      return "";
    }

    /** An RDF list of plain strings; empty when the property is absent. */
    private ImmutableList<String> textList(Node s, Node p, String what) {
      Node head = optionalOne(s, p, what);
      ImmutableList.Builder<String> items = ImmutableList.builder();
      if (head == null) {
        return items.build();
      }
      Set<Node> seen = new HashSet<>();
      Node cell = head;
      while (!cell.equals(NIL)) {
        List<Node> first = cell.isLiteral() ? List.of() : G.listSP(g, cell, FIRST);
        List<Node> rest = cell.isLiteral() ? List.of() : G.listSP(g, cell, REST);
        if (!seen.add(cell) || first.size() != 1 || rest.size() != 1) {
          problem(what + " " + show(s) + " has " + prop(p) + " " + show(head) + ", which is not a well-formed RDF "
              + "list (each cell has one rdf:first and one rdf:rest, ending in rdf:nil)");
          return ImmutableList.of();
        }
        items.add(text(s, p, first.get(0), what));
        cell = rest.get(0);
      }
      return items.build();
    }

    private <E extends Enum<E> & CodeListValue> Optional<E> optionalConcept(Node s, Node p, Class<E> type,
        String what) {
      Node o = optionalOne(s, p, what);
      if (o == null) {
        return Optional.empty();
      }
      Optional<E> value = SST.value(type, o);
      if (value.isEmpty()) {
        problem(what + " " + show(s) + " has " + prop(p) + " " + show(o) + ", which is not a concept of "
            + prop(SST.scheme(type)) + " (one of " + String.join(", ", CodeListValue.codes(type).stream()
                .map(code -> prop(SST.concept(CodeListValue.fromCode(type, code).orElseThrow()))).toList())
            + ")");
      }
      return value;
    }

    private <E extends Enum<E> & CodeListValue> E requiredConcept(Node s, Node p, Class<E> type, E placeholder,
        String what) {
      if (!g.contains(s, p, Node.ANY)) {
        problem(what + " " + show(s) + " has no " + prop(p));
        return placeholder;
      }
      return optionalConcept(s, p, type, what).orElse(placeholder);
    }

    private void problem(String message) {
      problems.add(message);
    }
  }

  /** The integer datatypes an {@code sst:index} may have (a store may hand back a narrower one). */
  private static final Set<XSDDatatype> INTEGER_TYPES = Set.of(XSDDatatype.XSDinteger,
      XSDDatatype.XSDnonNegativeInteger, XSDDatatype.XSDpositiveInteger, XSDDatatype.XSDlong, XSDDatatype.XSDint,
      XSDDatatype.XSDshort, XSDDatatype.XSDbyte, XSDDatatype.XSDunsignedLong, XSDDatatype.XSDunsignedInt,
      XSDDatatype.XSDunsignedShort, XSDDatatype.XSDunsignedByte);

  /**
   * The value of a literal of the given datatype (for {@code xsd:integer}, of any integer datatype), or null if the
   * node is not a valid literal of it.
   */
  private static Object literalValue(Node node, XSDDatatype datatype) {
    if (!node.isLiteral() || !(node.getLiteralDatatype() instanceof XSDDatatype dt)) {
      return null;
    }
    boolean fits = datatype == XSDDatatype.XSDinteger ? INTEGER_TYPES.contains(dt) : dt.equals(datatype);
    if (!fits || !dt.isValid(node.getLiteralLexicalForm())) {
      return null;
    }
    return node.getLiteralValue();
  }

  /** A node as it appears in messages: an IRI in angle brackets, a literal in N-Triples form. */
  private static String show(Node node) {
    return node.isBlank() ? "[a blank node]" : NodeFmtLib.strNT(node);
  }

  /** A property as a prefixed name where one of the case prefixes fits. */
  private static String prop(Node property) {
    return property.isURI() ? PREFIXES.shortForm(property.getURI()) : show(property);
  }
}

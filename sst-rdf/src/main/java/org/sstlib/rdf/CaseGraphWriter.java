package org.sstlib.rdf;

import static org.sstlib.rdf.MappingTerms.ANNOTATION;
import static org.sstlib.rdf.MappingTerms.BIBLIOGRAPHIC_RESOURCE;
import static org.sstlib.rdf.MappingTerms.BROADER;
import static org.sstlib.rdf.MappingTerms.CITATION;
import static org.sstlib.rdf.MappingTerms.CLASSIFYING;
import static org.sstlib.rdf.MappingTerms.CONCEPT;
import static org.sstlib.rdf.MappingTerms.CONCEPT_SCHEME;
import static org.sstlib.rdf.MappingTerms.DEFINITION;
import static org.sstlib.rdf.MappingTerms.CREATOR;
import static org.sstlib.rdf.MappingTerms.DATE;
import static org.sstlib.rdf.MappingTerms.DESCRIPTION;
import static org.sstlib.rdf.MappingTerms.EXACT;
import static org.sstlib.rdf.MappingTerms.FIRST;
import static org.sstlib.rdf.MappingTerms.HAS_BODY;
import static org.sstlib.rdf.MappingTerms.HAS_SELECTOR;
import static org.sstlib.rdf.MappingTerms.HAS_SOURCE;
import static org.sstlib.rdf.MappingTerms.HAS_TARGET;
import static org.sstlib.rdf.MappingTerms.IDENTIFIER;
import static org.sstlib.rdf.MappingTerms.IN_SCHEME;
import static org.sstlib.rdf.MappingTerms.LABEL;
import static org.sstlib.rdf.MappingTerms.MOTIVATED_BY;
import static org.sstlib.rdf.MappingTerms.NIL;
import static org.sstlib.rdf.MappingTerms.NOTATION;
import static org.sstlib.rdf.MappingTerms.PREF_LABEL;
import static org.sstlib.rdf.MappingTerms.REST;
import static org.sstlib.rdf.MappingTerms.SOURCE;
import static org.sstlib.rdf.MappingTerms.PREFIX;
import static org.sstlib.rdf.MappingTerms.SPECIFIC_RESOURCE;
import static org.sstlib.rdf.MappingTerms.START;
import static org.sstlib.rdf.MappingTerms.END;
import static org.sstlib.rdf.MappingTerms.SUFFIX;
import static org.sstlib.rdf.MappingTerms.TEXT_POSITION_SELECTOR;
import static org.sstlib.rdf.MappingTerms.TEXT_QUOTE_SELECTOR;
import static org.sstlib.rdf.MappingTerms.TITLE;
import static org.sstlib.rdf.MappingTerms.TYPE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Analyst;
import org.sstlib.core.Author;
import org.sstlib.core.Case;
import org.sstlib.core.Codebook;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Element;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.ShippedCodebooks;
import org.sstlib.core.Source;
import org.sstlib.core.quotes.Anchor;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;

/**
 * Turns one case into the triples {@code docs/rdf.md} describes, handing each to a sink as it is made; every IRI it
 * mints is checked ({@link PlainIris}, else {@link IRIs#checkEx}) and a bad one stops it with an
 * {@link RdfCaseException} naming the element. {@link CaseGraphs} decides where the triples go.
 *
 * <p>{@link #check()} runs the same walk over the case, minting and checking every IRI but making no triple, so
 * that a caller can know that the case can be written before the first triple goes anywhere, without holding the
 * triples meanwhile; {@link #write} may follow on the same writer, its IRIs then already made.
 *
 * <p>Not thread-safe.
 */
final class CaseGraphWriter {
  private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
  private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
  private static final Node[] SMALL_INTEGERS = new Node[256];

  static {
    for (int i = 0; i < SMALL_INTEGERS.length; i++) {
      SMALL_INTEGERS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }
  }

  private final Case study;
  /** Where each quote was found in its source's text, by evidence id: empty when the texts were not at hand. */
  private final Map<String, Anchor> anchors;
  /** Where the triples go; null while checking. */
  private Consumer<Triple> sink;
  private final String base;
  private final Map<String, Node> elementNodes;
  private final Map<String, Node> conceptNodes = new HashMap<>();
  private final PlainIris plain;

  CaseGraphWriter(Case study) {
    this(study, Map.of());
  }

  /** A writer whose quotes' selectors say where each quote was found in its source's text. */
  CaseGraphWriter(Case study, Map<String, Anchor> anchors) {
    this.study = study;
    this.anchors = anchors;
    this.base = study.base();
    this.plain = new PlainIris(base);
    // Sized for every id of the case up front: growing it step by step was a tenth of the mapping's time.
    int ids = study.elements().size() + study.sources().size() + study.evidence().size()
        + study.analysts().size() + study.codebooks().size();
    this.elementNodes = new HashMap<>((int) (ids / 0.75) + 16);
  }

  /**
   * Mints and checks every IRI of the case, making no triple.
   *
   * @throws RdfCaseException if an IRI is not valid, or an element's IRI is the case's
   */
  void check() {
    sink = null;
    walk();
  }

  /**
   * Hands every triple of the case to a sink as it is made; a repeated triple (a chain step that two roles give)
   * comes twice.
   *
   * @throws RdfCaseException if an IRI is not valid, or an element's IRI is the case's, part-way through
   */
  void write(Consumer<Triple> sink) {
    this.sink = sink;
    walk();
  }

  private void walk() {
    Node caseNode = mint(GraphNames.caseIri(study.id()), () -> "the case resource");
    add(caseNode, TYPE, SST.Case);
    text(caseNode, IDENTIFIER, study.id());
    text(caseNode, TITLE, study.title());
    study.citation().ifPresent(t -> text(caseNode, CITATION, t));
    study.doi().ifPresent(t -> text(caseNode, SST.doi, t));
    text(caseNode, SST.base, base);
    text(caseNode, SST.formatVersion, CaseGraphs.FORMAT_VERSION);
    add(caseNode, SST.level, SstConcepts.concept(study.level()));
    for (String other : study.continues()) {
      add(caseNode, SST.continues, mint(GraphNames.caseIri(other), () -> "the case '" + other + "' it continues"));
    }

    for (int i = 0; i < study.analysts().size(); i++) {
      analyst(study.analysts().get(i), i);
      // The analysis is the analysts': each classification is theirs unless it names its own (by).
      add(caseNode, SST.Prov.wasAttributedTo, node(study.analysts().get(i).id()));
    }
    publication(caseNode);
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
    a.orcid().ifPresent(o -> add(n, SST.orcid, orcid(o)));
  }

  /**
   * The study the case analyses, when its authors are given: {@code <case>/publication}, a bibliographic resource
   * whose {@code dcterms:creator}s are the authors. The authors are credited with the publication only, never with
   * the case's classifications (those are attributed to the analysts).
   */
  private void publication(Node caseNode) {
    if (study.authors().isEmpty()) {
      return;
    }
    String caseIri = GraphNames.caseIri(study.id());
    Node pub = mint(caseIri + "/publication", () -> "the publication of case '" + study.id() + "'");
    add(caseNode, SOURCE, pub);
    add(pub, TYPE, BIBLIOGRAPHIC_RESOURCE);
    for (int i = 0; i < study.authors().size(); i++) {
      Author a = study.authors().get(i);
      int index = i;
      Node n = mint(caseIri + "/author/" + i, () -> "author " + index + " of case '" + study.id() + "'");
      add(pub, CREATOR, n);
      add(n, TYPE, SST.Author);
      add(n, TYPE, SST.Prov.Agent);
      add(n, SST.index, integer(i));
      text(n, LABEL, a.name());
      a.orcid().ifPresent(o -> add(n, SST.orcid, orcid(o)));
    }
  }

  private static Node orcid(String id) {
    return NodeFactory.createURI("https://orcid.org/" + id);
  }

  private void source(Source s, int index) {
    Node n = node(s.id());
    add(n, TYPE, SST.Source);
    text(n, IDENTIFIER, s.id());
    add(n, SST.index, integer(index));
    add(n, SST.sourceType, SstConcepts.concept(s.type()));
    s.category().ifPresent(t -> text(n, SST.category, t));
    s.title().ifPresent(t -> text(n, TITLE, t));
    s.date().ifPresent(t -> text(n, DATE, t));
    s.text().ifPresent(t -> text(n, SST.text, t));
  }

  private void agent(Agent a, int index) {
    Node n = element(a, index);
    add(n, TYPE, SST.Agent);
    add(n, TYPE, a.type() == AgentType.INDIVIDUAL ? SST.IndividualAgent : SST.CollectiveAgent);
    add(n, SST.agentType, SstConcepts.concept(a.type()));
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
      add(rel, SST.relationType, SstConcepts.concept(r.type()));
      r.label().ifPresent(t -> text(rel, LABEL, t));
      r.strength().ifPresent(d -> add(rel, SST.strength, SstConcepts.concept(d)));
      r.trust().ifPresent(d -> add(rel, SST.trust, SstConcepts.concept(d)));
    }
  }

  private void structure(Structure s, int index) {
    Node n = element(s, index);
    add(n, TYPE, SST.Structure);
    if (s.isInternal()) {
      add(n, TYPE, SST.InternalStructure);
      s.kind().ifPresent(k -> add(n, TYPE, k == InternalKind.CONJUNCTURALLY_SPECIFIC
          ? SST.ConjuncturallySpecificStructure : SST.GeneralDispositionalStructure));
    } else if (s.form().equals(Optional.of(StructureForm.MATERIAL_RESOURCE))) {
      add(n, TYPE, SST.MaterialResource);
    } else if (s.form().equals(Optional.of(StructureForm.EMBODIED_CAPACITY))) {
      add(n, TYPE, SST.EmbodiedCapacity);
    } else {
      add(n, TYPE, SST.ExternalStructure);
    }
    s.form().ifPresent(f -> add(n, SST.form, SstConcepts.concept(f)));
    refs(n, SST.internalTo, s.internalTo());
    s.kind().ifPresent(k -> add(n, SST.kind, SstConcepts.concept(k)));
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
    c.bracket().ifPresent(b -> add(n, SST.bracket, SstConcepts.concept(b)));
    c.by().ifPresent(a -> add(n, SST.Prov.wasAttributedTo, node(a)));
    refs(n, SST.drawsOnCollective, c.drawsOn());
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
      add(entry, SST.available, c.internalAvailable(c.internal().get(i)) ? TRUE : FALSE);
    }
    for (int i = 0; i < c.agency().size(); i++) {
      ActiveAgency a = c.agency().get(i);
      Node agency = element(a, i);
      add(n, SST.hasActiveAgency, agency);
      add(agency, TYPE, SST.ActiveAgency);
      add(agency, SST.inCycle, n);
      a.reflexivity().ifPresent(r -> add(agency, SST.reflexivity, SstConcepts.concept(r)));
      a.horizon().ifPresent(t -> text(agency, SST.horizon, t));
      list(agency, SST.concerns, a.concerns());
      a.creativity().ifPresent(t -> text(agency, SST.creativity, t));
      refs(agency, SST.drawsOn, a.drawsOn());
      refs(agency, SST.conditionedBy, a.conditionedBy());
      refs(agency, SST.actor, a.by());
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
      o.change().ifPresent(v -> add(entry, SST.change, SstConcepts.concept(v)));
      o.term().ifPresent(v -> add(entry, SST.term, SstConcepts.concept(v)));
      add(entry, SST.intended, SstConcepts.concept(o.intended()));
      refs(entry, SST.producedBy, o.producedBy());
      add(entry, SST.realised, o.realised() ? TRUE : FALSE);
      refs(entry, SST.intendedBy, o.intendedBy());
      refs(entry, SST.instead, o.instead());
      o.by().ifPresent(a -> add(entry, SST.Prov.wasAttributedTo, node(a)));
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
      e.effect().ifPresent(v -> add(entry, SST.effect, SstConcepts.concept(v)));
      e.force().ifPresent(v -> add(entry, SST.force, SstConcepts.concept(v)));
      add(entry, SST.available, e.available() ? TRUE : FALSE);
      e.by().ifPresent(a -> add(entry, SST.Prov.wasAttributedTo, node(a)));
      list(entry, SST.sacrifices, e.sacrifices());
      e.lacking().forEach(v -> add(entry, SST.lacking, SstConcepts.concept(v)));
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
    add(n, SST.Prov.wasDerivedFrom, source);
    e.kind().ifPresent(k -> add(n, SST.evidenceKind, SstConcepts.concept(k)));
    e.quote().ifPresent(t -> text(n, SST.quote, t));
    e.note().ifPresent(t -> text(n, SST.note, t));
    e.locator().ifPresent(t -> text(n, SST.locator, t));
    e.speakerRole().ifPresent(t -> text(n, SST.speakerRole, t));
    e.by().ifPresent(a -> add(n, SST.Prov.wasAttributedTo, node(a)));
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
      Anchor anchor = anchors.get(e.id());
      if (anchor == null) {
        text(selector, EXACT, quote);
        return;
      }
      // Found in the source's text: the passage as the text has it, with its context and position, so that another
      // tool finds it again (W3C Web Annotation selectors).
      text(selector, EXACT, anchor.exact());
      text(selector, PREFIX, anchor.prefix());
      text(selector, SUFFIX, anchor.suffix());
      Node position = mint(base + e.id() + "/position", () -> "the position selector of evidence '" + e.id() + "'");
      add(target, HAS_SELECTOR, position);
      add(position, TYPE, TEXT_POSITION_SELECTOR);
      add(position, START, NodeFactory.createLiteralDT(Integer.toString(anchor.start()),
          XSDDatatype.XSDnonNegativeInteger));
      add(position, END, NodeFactory.createLiteralDT(Integer.toString(anchor.end()),
          XSDDatatype.XSDnonNegativeInteger));
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
      concept.definition().ifPresent(d -> text(c, DEFINITION, d));
      add(c, SST.index, integer(i));
    }
  }

  private void chain() {
    // A produces step reaches, and a step that leaves an outcome leaves, the outcome entry of its cycle: the
    // structure or event as that cycle's agency produced it, which leads on only into agency that is not earlier.
    Map<String, Map<String, Integer>> outcomeIndex = new HashMap<>();
    for (Cycle c : study.cycles()) {
      Map<String, Integer> index = outcomeIndex.computeIfAbsent(c.id(), k -> new HashMap<>());
      for (int i = 0; i < c.outcomes().size(); i++) {
        index.putIfAbsent(c.outcomes().get(i).ref(), i);
      }
    }
    Map<String, Cycle> cycles = new HashMap<>();
    study.cycles().forEach(c -> cycles.putIfAbsent(c.id(), c));
    for (ChainStep step : ChainGraph.stepsOf(study)) {
      Node from = step.producedIn().isPresent()
          ? entry(cycles.get(step.producedIn().get()), "outcome",
              outcomeIndex.get(step.producedIn().get()).get(step.from()))
          : node(step.from());
      Node to = step.kind() == StepKind.PRODUCES
          ? entry(cycles.get(step.cycle()), "outcome", outcomeIndex.get(step.cycle()).get(step.to()))
          : node(step.to());
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
    e.scale().ifPresent(s -> add(n, SST.scale, SstConcepts.concept(s)));
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
    if (items.isEmpty() || sink == null) {
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
    if (sink != null) {
      add(s, p, NodeFactory.createLiteralString(text));
    }
  }

  private void add(Node s, Node p, Node o) {
    if (sink != null) {
      sink.accept(Triple.create(s, p, o));
    }
  }

  private static Node integer(int i) {
    return i < SMALL_INTEGERS.length ? SMALL_INTEGERS[i]
        : NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
  }
}

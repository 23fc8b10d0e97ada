package org.sstlib.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Analyst;
import org.sstlib.core.Author;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Codebook;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.CycleOrder;
import org.sstlib.core.Element;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.ShippedCodebooks;
import org.sstlib.core.Source;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.SstConcepts;
import org.sstlib.rdf.GraphNames;

/**
 * The baseline of the map benchmark: a straight loop over a {@link Case} that creates the triples
 * {@code CaseGraphs.toGraph} creates and adds them to a graph, with no checks at all (no IRI validation, no
 * minted-node cache, no model rules), written directly against Jena's {@code NodeFactory}. Each node is created where
 * it is used. The chain-step triples are derived in the same loop, straight from each agency's links: a produces step
 * reaches the outcome entry, and after the last cycle each realised outcome entry leads on into the agencies that
 * list its structure, in cycles that the order in time lets it feed. That order ({@link CycleOrder}, from
 * {@code follows} and {@code time}) is domain logic that both sides share, not mapping, so this loop asks it too.
 *
 * <p>Only for measuring: the benchmark's setup checks that the graph it makes is isomorphic with the library's.
 */
final class RawCaseTriples {
  private static final Node TYPE = RDF.type.asNode();
  private static final Node LABEL = RDFS.label.asNode();
  private static final Node IDENTIFIER = DCTerms.identifier.asNode();

  /** An entry that leads into an agency: what a structure produced in some cycle may go on to. */
  private record Use(Node agency, StepKind kind, String cycle) {}

  private final Case study;
  private final Graph graph;
  private final String base;
  /** For each structure or event, the agencies whose entries list it, with the step each gets. */
  private final Map<String, List<Use>> uses = new HashMap<>();

  private RawCaseTriples(Case study, Graph graph) {
    this.study = study;
    this.graph = graph;
    this.base = study.base();
  }

  /** Adds the triples of {@code study} to {@code graph}. */
  static void addTo(Case study, Graph graph) {
    new RawCaseTriples(study, graph).write();
  }

  private void write() {
    Node c = NodeFactory.createURI(GraphNames.caseIri(study.id()));
    add(c, TYPE, SST.Case);
    text(c, IDENTIFIER, study.id());
    text(c, DCTerms.title.asNode(), study.title());
    study.citation().ifPresent(t -> text(c, DCTerms.bibliographicCitation.asNode(), t));
    study.doi().ifPresent(t -> text(c, SST.doi, t));
    text(c, SST.base, base);
    text(c, SST.formatVersion, CaseGraphs.FORMAT_VERSION);
    add(c, SST.level, SstConcepts.concept(study.level()));
    for (String other : study.continues()) {
      add(c, SST.continues, NodeFactory.createURI(GraphNames.caseIri(other)));
    }
    int i = 0;
    for (Analyst a : study.analysts()) {
      Node n = iri(a.id());
      add(n, TYPE, SST.Analyst);
      add(n, TYPE, SST.Prov.Agent);
      text(n, IDENTIFIER, a.id());
      add(n, SST.index, integer(i++));
      text(n, LABEL, a.name());
      a.orcid().ifPresent(o -> add(n, SST.orcid, NodeFactory.createURI("https://orcid.org/" + o)));
      add(c, SST.Prov.wasAttributedTo, n);
    }
    if (!study.authors().isEmpty()) {
      Node pub = NodeFactory.createURI(GraphNames.caseIri(study.id()) + "/publication");
      add(c, DCTerms.source.asNode(), pub);
      add(pub, TYPE, DCTerms.BibliographicResource.asNode());
      i = 0;
      for (Author a : study.authors()) {
        Node n = NodeFactory.createURI(GraphNames.caseIri(study.id()) + "/author/" + i);
        add(pub, DCTerms.creator.asNode(), n);
        add(n, TYPE, SST.Author);
        add(n, TYPE, SST.Prov.Agent);
        add(n, SST.index, integer(i++));
        text(n, LABEL, a.name());
        a.orcid().ifPresent(o -> add(n, SST.orcid, NodeFactory.createURI("https://orcid.org/" + o)));
      }
    }
    i = 0;
    for (Source s : study.sources()) {
      Node n = iri(s.id());
      add(n, TYPE, SST.Source);
      text(n, IDENTIFIER, s.id());
      add(n, SST.index, integer(i++));
      add(n, SST.sourceType, SstConcepts.concept(s.type()));
      s.category().ifPresent(t -> text(n, SST.category, t));
      s.title().ifPresent(t -> text(n, DCTerms.title.asNode(), t));
      s.date().ifPresent(t -> text(n, DCTerms.date.asNode(), t));
      s.text().ifPresent(t -> text(n, SST.text, t));
    }
    i = 0;
    for (Agent a : study.agents()) {
      Node n = element(a, i++);
      add(n, TYPE, SST.Agent);
      add(n, TYPE, a.type() == AgentType.INDIVIDUAL ? SST.IndividualAgent : SST.CollectiveAgent);
      add(n, SST.agentType, SstConcepts.concept(a.type()));
      refs(n, SST.memberOf, a.memberOf());
    }
    i = 0;
    for (PositionPractice p : study.positionPractices()) {
      positionPractice(p, i++);
    }
    i = 0;
    for (Structure s : study.structures()) {
      structure(s, i++);
    }
    i = 0;
    for (Event e : study.events()) {
      add(element(e, i++), TYPE, SST.Event);
    }
    i = 0;
    for (Cycle cycle : study.cycles()) {
      cycle(cycle, i++);
    }
    outcomeSteps();
    i = 0;
    for (Evidence e : study.evidence()) {
      evidence(e, i++);
    }
    i = 0;
    for (Codebook cb : study.codebooks()) {
      codebook(cb, i++);
    }
  }

  private void positionPractice(PositionPractice p, int index) {
    Node n = element(p, index);
    add(n, TYPE, SST.PositionPractice);
    refs(n, SST.occupiedBy, p.occupiedBy());
    list(n, SST.practices, p.practices());
    list(n, SST.prerogatives, p.prerogatives());
    list(n, SST.obligations, p.obligations());
    for (int i = 0; i < p.relations().size(); i++) {
      Node rel = NodeFactory.createURI(base + p.id() + "/relation/" + i);
      add(n, SST.hasRelation, rel);
      add(rel, TYPE, SST.PositionPracticeRelation);
      add(rel, SST.index, integer(i));
      PositionPractice.Relation r = p.relations().get(i);
      add(rel, SST.relationTo, iri(r.to()));
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
    } else if (s.isMaterial() && s.form().get() == StructureForm.MATERIAL_RESOURCE) {
      add(n, TYPE, SST.MaterialResource);
    } else if (s.isMaterial()) {
      add(n, TYPE, SST.EmbodiedCapacity);
    } else {
      add(n, TYPE, SST.ExternalStructure);
    }
    s.form().ifPresent(f -> add(n, SST.form, SstConcepts.concept(f)));
    refs(n, SST.internalTo, s.internalTo());
    s.kind().ifPresent(k -> add(n, SST.kind, SstConcepts.concept(k)));
    refs(n, SST.about, s.about());
    s.of().ifPresent(agent -> add(n, SST.materialOf, iri(agent)));
  }

  private void cycle(Cycle c, int index) {
    Node n = element(c, index);
    add(n, TYPE, SST.Cycle);
    text(n, SST.site, c.site());
    c.time().ifPresent(t -> text(n, SST.time, t));
    refs(n, SST.follows, c.follows());
    add(n, SST.agentInFocus, iri(c.agentInFocus()));
    refs(n, SST.agentInContext, c.agentsInContext());
    c.positionPractice().ifPresent(pp -> add(n, SST.positionPractice, iri(pp)));
    c.bracket().ifPresent(b -> add(n, SST.bracket, SstConcepts.concept(b)));
    c.by().ifPresent(a -> add(n, SST.Prov.wasAttributedTo, iri(a)));
    refs(n, SST.drawsOnCollective, c.drawsOn());
    conditions(c, n, c.external(), "/external/", SST.hasExternalStructure, SST.qualifiedExternal,
        SST.ExternalEntry);
    conditions(c, n, c.material(), "/material/", SST.hasMaterialCondition, SST.qualifiedMaterial,
        SST.MaterialEntry);
    for (int i = 0; i < c.internal().size(); i++) {
      Node entry = NodeFactory.createURI(base + c.id() + "/internal/" + i);
      add(n, SST.hasInternalStructure, iri(c.internal().get(i)));
      add(n, SST.qualifiedInternal, entry);
      add(entry, TYPE, SST.InternalEntry);
      add(entry, SST.index, integer(i));
      add(entry, SST.entity, iri(c.internal().get(i)));
      add(entry, SST.available, bool(c.internalAvailable(c.internal().get(i))));
    }
    Map<String, Condition> available = new HashMap<>();
    for (Condition e : c.external()) {
      available.putIfAbsent(e.ref(), e);
    }
    for (Condition e : c.material()) {
      available.putIfAbsent(e.ref(), e);
    }
    Set<String> stepped = new HashSet<>();
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
      // The chain steps of this agency: from the elements as they stand, and to the outcome entries.
      for (String ref : a.conditionedBy()) {
        Condition entry = available.get(ref);
        if (entry != null && stepped.add(ref + " " + a.id())) {
          use(ref, agency, entry.available() ? StepKind.CONDITIONS : StepKind.ABSENT_FOR, c);
        }
      }
      for (String ref : a.drawsOn()) {
        if (stepped.add(ref + " " + a.id())) {
          use(ref, agency, c.internalAvailable(ref) ? StepKind.INFORMS : StepKind.ABSENT_FOR, c);
        }
      }
      for (int k = 0; k < c.outcomes().size(); k++) {
        Outcome o = c.outcomes().get(k);
        if (o.realised() && o.producedBy().contains(a.id()) && stepped.add(a.id() + " " + o.ref())) {
          step(agency, StepKind.PRODUCES, outcomeEntry(c, o.ref()), o.change().orElse(null));
        }
      }
      if (c.positionPractice().isPresent() && stepped.add(a.id() + " " + c.positionPractice().get())) {
        step(agency, StepKind.ENACTED_IN, iri(c.positionPractice().get()), null);
      }
    }
    for (int i = 0; i < c.outcomes().size(); i++) {
      Outcome o = c.outcomes().get(i);
      Node entry = NodeFactory.createURI(base + c.id() + "/outcome/" + i);
      add(n, SST.hasOutcome, iri(o.ref()));
      add(n, SST.qualifiedOutcome, entry);
      add(entry, TYPE, SST.OutcomeEntry);
      add(entry, SST.index, integer(i));
      add(entry, SST.entity, iri(o.ref()));
      o.change().ifPresent(v -> add(entry, SST.change, SstConcepts.concept(v)));
      o.term().ifPresent(v -> add(entry, SST.term, SstConcepts.concept(v)));
      add(entry, SST.intended, SstConcepts.concept(o.intended()));
      refs(entry, SST.producedBy, o.producedBy());
      add(entry, SST.realised, bool(o.realised()));
      refs(entry, SST.intendedBy, o.intendedBy());
      refs(entry, SST.instead, o.instead());
      o.by().ifPresent(a -> add(entry, SST.Prov.wasAttributedTo, iri(a)));
    }
  }

  private void use(String ref, Node agency, StepKind kind, Cycle c) {
    step(iri(ref), kind, agency, null);
    uses.computeIfAbsent(ref, k -> new ArrayList<>()).add(new Use(agency, kind, c.id()));
  }

  /** The steps that leave each realised outcome entry: never into an agency of an earlier cycle. */
  private void outcomeSteps() {
    CycleOrder order = CycleOrder.of(study.cycles());
    for (Cycle c : study.cycles()) {
      for (Outcome o : c.outcomes()) {
        if (!o.realised() || o.producedBy().isEmpty()) {
          continue;
        }
        for (Use use : uses.getOrDefault(o.ref(), List.of())) {
          if (order.mayFeed(c.id(), use.cycle())) {
            step(outcomeEntry(c, o.ref()), use.kind(), use.agency(), null);
          }
        }
      }
    }
  }

  /** The first outcome entry of cycle {@code c} whose structure or event is {@code ref}. */
  private Node outcomeEntry(Cycle c, String ref) {
    int i = 0;
    while (!c.outcomes().get(i).ref().equals(ref)) {
      i++;
    }
    return NodeFactory.createURI(base + c.id() + "/outcome/" + i);
  }

  private void step(Node from, StepKind kind, Node to, Change change) {
    add(from, SST.chainProperty(kind), to);
    add(from, SST.chainStep, to);
    if (change != null) {
      SST.producesProperty(change).ifPresent(p -> add(from, p, to));
    }
  }

  private void conditions(Cycle c, Node cycle, List<Condition> entries, String role, Node plain, Node qualified,
      Node type) {
    for (int i = 0; i < entries.size(); i++) {
      Condition e = entries.get(i);
      Node entry = NodeFactory.createURI(base + c.id() + role + i);
      add(cycle, plain, iri(e.ref()));
      add(cycle, qualified, entry);
      add(entry, TYPE, type);
      add(entry, SST.index, integer(i));
      add(entry, SST.entity, iri(e.ref()));
      e.effect().ifPresent(v -> add(entry, SST.effect, SstConcepts.concept(v)));
      e.force().ifPresent(v -> add(entry, SST.force, SstConcepts.concept(v)));
      add(entry, SST.available, bool(e.available()));
      e.by().ifPresent(a -> add(entry, SST.Prov.wasAttributedTo, iri(a)));
      list(entry, SST.sacrifices, e.sacrifices());
      e.lacking().forEach(v -> add(entry, SST.lacking, SstConcepts.concept(v)));
    }
  }

  private void evidence(Evidence e, int index) {
    Node n = iri(e.id());
    add(n, TYPE, SST.Evidence);
    add(n, TYPE, OA.Annotation.asNode());
    text(n, IDENTIFIER, e.id());
    add(n, SST.index, integer(index));
    add(n, OA.motivatedBy.asNode(), OA.classifying.asNode());
    add(n, SST.Prov.wasDerivedFrom, iri(e.source()));
    e.kind().ifPresent(k -> add(n, SST.evidenceKind, SstConcepts.concept(k)));
    e.quote().ifPresent(t -> text(n, SST.quote, t));
    e.note().ifPresent(t -> text(n, SST.note, t));
    e.locator().ifPresent(t -> text(n, SST.locator, t));
    e.speakerRole().ifPresent(t -> text(n, SST.speakerRole, t));
    e.by().ifPresent(a -> add(n, SST.Prov.wasAttributedTo, iri(a)));
    for (String claim : e.supports()) {
      int slash = claim.indexOf('/');
      if (slash < 0) {
        add(n, SST.supports, iri(claim));
        add(n, OA.hasBody.asNode(), iri(claim));
      } else {
        Node roleClaim = NodeFactory.createURI(base + e.id() + "/claim/" + claim);
        add(n, SST.supportsRole, roleClaim);
        add(n, OA.hasBody.asNode(), roleClaim);
        add(roleClaim, TYPE, SST.RoleClaim);
        add(roleClaim, SST.cycle, iri(claim.substring(0, slash)));
        add(roleClaim, SST.entity, iri(claim.substring(slash + 1)));
      }
    }
    Node target = NodeFactory.createURI(base + e.id() + "/target");
    add(n, OA.hasTarget.asNode(), target);
    add(target, TYPE, OA.SpecificResource.asNode());
    add(target, OA.hasSource.asNode(), iri(e.source()));
    e.quote().ifPresent(quote -> {
      Node selector = NodeFactory.createURI(base + e.id() + "/selector");
      add(target, OA.hasSelector.asNode(), selector);
      add(selector, TYPE, OA.TextQuoteSelector.asNode());
      text(selector, OA.exact.asNode(), quote);
    });
  }

  private void codebook(Codebook cb, int index) {
    Node n = iri(cb.id());
    add(n, TYPE, SKOS.ConceptScheme.asNode());
    add(n, TYPE, SST.Codebook);
    text(n, IDENTIFIER, cb.id());
    add(n, SST.index, integer(index));
    text(n, LABEL, cb.label());
    for (int i = 0; i < cb.concepts().size(); i++) {
      Codebook.Concept concept = cb.concepts().get(i);
      Node c = concept(cb.id() + ":" + concept.id());
      add(c, TYPE, SKOS.Concept.asNode());
      add(c, SKOS.inScheme.asNode(), n);
      text(c, SKOS.notation.asNode(), concept.id());
      text(c, SKOS.prefLabel.asNode(), concept.label());
      concept.broader().ifPresent(b -> add(c, SKOS.broader.asNode(), concept(cb.id() + ":" + b)));
      concept.definition().ifPresent(d -> text(c, SKOS.definition.asNode(), d));
      add(c, SST.index, integer(i));
    }
  }

  private Node element(Element e, int index) {
    Node n = iri(e.id());
    text(n, IDENTIFIER, e.id());
    add(n, SST.index, integer(index));
    text(n, LABEL, e.label());
    e.description().ifPresent(t -> text(n, DCTerms.description.asNode(), t));
    e.scale().ifPresent(s -> add(n, SST.scale, SstConcepts.concept(s)));
    for (String code : e.codes()) {
      add(n, SST.code, concept(code));
    }
    return n;
  }

  /** A code {@code codebook:concept}: the case's own codebook, else a shipped one. */
  private Node concept(String code) {
    int colon = code.indexOf(':');
    String codebook = code.substring(0, colon);
    boolean own = study.codebooks().stream().anyMatch(cb -> cb.id().equals(codebook));
    String ns = own ? base + codebook + "/" : ShippedCodebooks.namespace(codebook).orElse(base + codebook + "/");
    return NodeFactory.createURI(ns + code.substring(colon + 1));
  }

  private Node iri(String id) {
    return NodeFactory.createURI(base + id);
  }

  private void refs(Node s, Node p, List<String> ids) {
    for (String id : ids) {
      add(s, p, iri(id));
    }
  }

  private void list(Node s, Node p, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    Node cell = NodeFactory.createBlankNode();
    add(s, p, cell);
    for (int i = 0; i < items.size(); i++) {
      add(cell, RDF.first.asNode(), NodeFactory.createLiteralString(items.get(i)));
      Node next = i + 1 == items.size() ? RDF.nil.asNode() : NodeFactory.createBlankNode();
      add(cell, RDF.rest.asNode(), next);
      cell = next;
    }
  }

  private static Node integer(int i) {
    return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
  }

  private static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }

  private void text(Node s, Node p, String text) {
    add(s, p, NodeFactory.createLiteralString(text));
  }

  private void add(Node s, Node p, Node o) {
    graph.add(s, p, o);
  }
}

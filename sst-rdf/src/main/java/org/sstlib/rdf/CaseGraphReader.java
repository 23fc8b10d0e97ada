package org.sstlib.rdf;

import static org.sstlib.rdf.MappingTerms.BROADER;
import static org.sstlib.rdf.MappingTerms.CITATION;
import static org.sstlib.rdf.MappingTerms.CREATOR;
import static org.sstlib.rdf.MappingTerms.DEFINITION;
import static org.sstlib.rdf.MappingTerms.SOURCE;
import static org.sstlib.rdf.MappingTerms.DATE;
import static org.sstlib.rdf.MappingTerms.IDENTIFIER;
import static org.sstlib.rdf.MappingTerms.IN_SCHEME;
import static org.sstlib.rdf.MappingTerms.LABEL;
import static org.sstlib.rdf.MappingTerms.NOTATION;
import static org.sstlib.rdf.MappingTerms.PREF_LABEL;
import static org.sstlib.rdf.MappingTerms.TITLE;
import static org.sstlib.rdf.MappingTerms.TYPE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Bracket;
import org.sstlib.core.Analyst;
import org.sstlib.core.Author;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Codebook;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Effect;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Lacking;
import org.sstlib.core.RelationType;
import org.sstlib.core.Degree;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.Term;

/**
 * Reads one case from a graph, taking only what the case is made of (the case resource, the elements with their
 * {@code sst:index}, the qualified entries and the agency's links) and collecting every problem before giving up:
 * an {@link RdfCaseException} lists them all with the IRIs. The case is rebuilt through
 * {@link Case#builder(String, String)}, so every rule of the model is checked again.
 *
 * <p>Single use, not thread-safe.
 */
final class CaseGraphReader extends GraphFieldReader {
  /** The name of the graph in its dataset, or null. */
  private final String graphName;

  CaseGraphReader(Graph g, String graphName) {
    super(g);
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
      List<String> shown = cases.stream().map(CaseGraphReader::show).sorted().toList();
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
    // Version 1 of the RDF form had no level: its cases are in-situ, the model's default.
    Optional<OntologyLevel> level = optionalConcept(caseNode, SST.level, OntologyLevel.class, what);
    base = requiredText(caseNode, SST.base, what);
    optionalText(caseNode, SST.formatVersion, what).ifPresent(v -> {
      if (!CaseGraphs.FORMAT_VERSIONS.contains(v)) {
        problem("case " + show(caseNode) + " has sst:formatVersion '" + v + "'; this library reads versions '1' "
            + "and '" + CaseGraphs.FORMAT_VERSION + "'");
      }
    });
    if (base.isEmpty()) {
      // Without a base no element IRI can be read; say so once rather than once per reference.
      throw failure(id);
    }

    List<Codebook> codebooks = codebooks();
    List<Analyst> analysts = new ArrayList<>();
    for (Node n : ofType(SST.Analyst, "analyst")) {
      analysts.add(new Analyst(identifier(n, "analyst"), requiredText(n, LABEL, "analyst"), orcid(n, "analyst")));
    }
    List<Author> authors = authors(caseNode);
    List<Source> sources = new ArrayList<>();
    for (Node n : ofType(SST.Source, "source")) {
      sources.add(new Source(identifier(n, "source"),
          requiredConcept(n, SST.sourceType, SourceType.class, SourceType.OTHER, "source"),
          optionalText(n, SST.category, "source"), optionalText(n, TITLE, "source"),
          optionalText(n, DATE, "source"), optionalText(n, SST.text, "source")));
    }
    List<Agent> agents = new ArrayList<>();
    for (Node n : ofType(SST.Agent, "agent")) {
      Common c = common(n, "agent");
      agents.add(new Agent(c.id(), c.label(), c.description(), c.scale(), c.codes(),
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
      events.add(new Event(c.id(), c.label(), c.description(), c.scale(), c.codes()));
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
    level.ifPresent(b::level);
    for (Node other : G.listSP(g, caseNode, SST.continues)) {
      Optional<String> otherId = other.isURI() && other.getURI().startsWith(GraphNames.CASE_PREFIX)
          ? Optional.of(other.getURI().substring(GraphNames.CASE_PREFIX.length())) : Optional.empty();
      if (otherId.isEmpty()) {
        problem("case " + show(caseNode) + " has sst:continues " + show(other) + ", which is not a case IRI ("
            + GraphNames.CASE_PREFIX + "ID)");
      } else {
        b.continues(otherId.get());
      }
    }
    authors.forEach(b::author);
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
        concepts.add(new Codebook.Concept(notation, requiredText(c, PREF_LABEL, "concept"), broader,
            optionalText(c, DEFINITION, "concept")));
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
      // A version-1 graph says no type: its relations are of type other, and say what they are in their label.
      relations.add(new PositionPractice.Relation(to == null ? "" : ref(r, SST.relationTo, to, "relation"),
          optionalConcept(r, SST.relationType, RelationType.class, "relation").orElse(RelationType.OTHER),
          optionalText(r, LABEL, "relation"), optionalConcept(r, SST.strength, Degree.class, "relation"),
          optionalConcept(r, SST.trust, Degree.class, "relation")));
    }
    return new PositionPractice(c.id(), c.label(), c.description(), c.scale(), c.codes(), refs(n, SST.occupiedBy, what),
        textList(n, SST.practices, what), textList(n, SST.prerogatives, what), textList(n, SST.obligations, what),
        ImmutableList.copyOf(relations));
  }

  private Structure structure(Node n) {
    String what = "structure";
    Common c = common(n, what);
    // Knowledge and dispositions have no form: it is required only of structures that are not internal.
    Optional<StructureForm> form = g.contains(n, SST.internalTo, Node.ANY)
        ? optionalConcept(n, SST.form, StructureForm.class, what)
        : Optional.of(requiredConcept(n, SST.form, StructureForm.class, StructureForm.OTHER, what));
    return new Structure(c.id(), c.label(), c.description(), c.scale(), c.codes(), form,
        refs(n, SST.internalTo, what),
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
    List<String> unavailableInternal = new ArrayList<>();
    for (Node e : sortedByIndex(G.listSP(g, n, SST.qualifiedInternal), "internal entry")) {
      String ref = entity(e, "internal entry");
      internal.add(ref);
      if (!flag(e, SST.available, "internal entry")) {
        unavailableInternal.add(ref);
      }
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
          refs(e, SST.producedBy, w), flag(e, SST.realised, w), refs(e, SST.intendedBy, w),
          refs(e, SST.instead, w), optionalRef(e, SST.Prov.wasAttributedTo, w)));
    }
    return new Cycle(c.id(), c.label(), c.description(), c.scale(), c.codes(), site, time, follows, agentInFocus,
        agentsInContext, positionPractice, external, material, ImmutableList.copyOf(internal),
        ImmutableList.copyOf(unavailableInternal), refs(n, SST.drawsOnCollective, what), ImmutableList.copyOf(agency),
        ImmutableList.copyOf(outcomes),
        optionalRef(n, SST.Prov.wasAttributedTo, what), optionalConcept(n, SST.bracket, Bracket.class, what));
  }

  private ImmutableList<Condition> conditions(Node cycle, Node property, String what) {
    ImmutableList.Builder<Condition> out = ImmutableList.builder();
    for (Node e : sortedByIndex(G.listSP(g, cycle, property), what)) {
      out.add(new Condition(entity(e, what), optionalConcept(e, SST.effect, Effect.class, what),
          optionalConcept(e, SST.force, Force.class, what), flag(e, SST.available, what),
          optionalRef(e, SST.Prov.wasAttributedTo, what), textList(e, SST.sacrifices, what),
          concepts(e, SST.lacking, Lacking.class, what)));
    }
    return out.build();
  }

  /** An optional xsd:boolean of an entry (sst:available, sst:realised); true when absent. */
  private boolean flag(Node entry, Node property, String what) {
    Node node = optionalOne(entry, property, what);
    if (node == null) {
      return true;
    }
    if (literalValue(node, XSDDatatype.XSDboolean) instanceof Boolean bool) {
      return bool;
    }
    problem(what + " " + show(entry) + " has " + prop(property) + " " + show(node)
        + ", which is not an xsd:boolean (true or false)");
    return true;
  }

  private String entity(Node entry, String what) {
    Node entity = requiredOne(entry, SST.entity, what);
    return entity == null ? "" : ref(entry, SST.entity, entity, what);
  }

  private ActiveAgency agency(Node n) {
    String what = "agency";
    Common c = common(n, what);
    return new ActiveAgency(c.id(), c.label(), c.description(), c.scale(), c.codes(),
        optionalConcept(n, SST.reflexivity, Reflexivity.class, what),
        optionalText(n, SST.horizon, what),
        textList(n, SST.concerns, what),
        optionalText(n, SST.creativity, what),
        refs(n, SST.drawsOn, what),
        refs(n, SST.conditionedBy, what),
        // Version 1 of the RDF form had no actors: the model then takes the agent-in-focus.
        refs(n, SST.actor, what));
  }

  private Evidence evidence(Node n) {
    String what = "evidence";
    String id = identifier(n, what);
    // Version 1 of the RDF form said sst:source and dcterms:creator; version 2 says it with PROV.
    Node sourceProperty = g.contains(n, SST.source, Node.ANY) ? SST.source : SST.Prov.wasDerivedFrom;
    Node byProperty = g.contains(n, CREATOR, Node.ANY) ? CREATOR : SST.Prov.wasAttributedTo;
    Node source = requiredOne(n, sourceProperty, what);
    List<String> supports = new ArrayList<>(refs(n, SST.supports, what));
    for (Node claim : G.listSP(g, n, SST.supportsRole)) {
      Node cycle = requiredOne(claim, SST.cycle, "role claim");
      Node entity = requiredOne(claim, SST.entity, "role claim");
      if (cycle != null && entity != null) {
        supports.add(ref(claim, SST.cycle, cycle, "role claim") + "/" + ref(claim, SST.entity, entity,
            "role claim"));
      }
    }
    return new Evidence(id, source == null ? "" : ref(n, sourceProperty, source, what),
        optionalText(n, SST.quote, what), optionalText(n, SST.note, what), optionalText(n, SST.locator, what),
        optionalText(n, SST.speakerRole, what), optionalRef(n, byProperty, what), ImmutableList.copyOf(supports),
        optionalConcept(n, SST.evidenceKind, EvidenceKind.class, what));
  }

  /** The authors of the study: the creators of the case's publication ({@code dcterms:source}), in index order. */
  private List<Author> authors(Node caseNode) {
    Node pub = optionalOne(caseNode, SOURCE, "case");
    if (pub == null) {
      return List.of();
    }
    List<Author> authors = new ArrayList<>();
    for (Node n : sortedByIndex(G.listSP(g, pub, CREATOR), "author")) {
      authors.add(new Author(requiredText(n, LABEL, "author"), orcid(n, "author")));
    }
    return authors;
  }

  /** An ORCID iD written as the IRI https://orcid.org/ID, as the ID. */
  private Optional<String> orcid(Node n, String what) {
    Node o = optionalOne(n, SST.orcid, what);
    if (o == null) {
      return Optional.empty();
    }
    if (o.isURI() && o.getURI().startsWith(ORCID)) {
      return Optional.of(o.getURI().substring(ORCID.length()));
    }
    problem(what + " " + show(n) + " has sst:orcid " + show(o) + ", which is not an ORCID IRI (" + ORCID + "ID)");
    return Optional.empty();
  }

  private static final String ORCID = "https://orcid.org/";
}

package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Bracket;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Codebook;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Effect;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.InternalKind;
import org.sstlib.core.InvalidCaseException;
import org.sstlib.core.Lacking;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Problem;
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
import org.sstlib.core.testing.RandomCases;
import org.sstlib.core.testing.ReferenceCase;

/**
 * The RDF of a case, triple by triple against {@code docs/rdf.md}, on a case from management accounting (an ERP
 * system and the month-end close); the round trip of the reference case; the chain steps against
 * {@link ChainGraph}; hostile text; and the messages for graphs that are not sst cases.
 */
class CaseGraphsTest {
  static {
    // Jena's vocabulary classes must not be touched before Jena has initialised itself.
    JenaSystem.init();
  }

  static final String BASE = "https://example.org/erp-study/";

  static final Node TYPE = RDF.type.asNode();
  static final Node LABEL = RDFS.label.asNode();
  static final Node IDENTIFIER = DCTerms.identifier.asNode();

  static Case erp;
  static Graph graph;

  /**
   * A small case from management accounting. Cycle {@code month-end-close}: the controller reconciles the ledgers
   * and explains variances, conditioned by the ERP (enables and constrains), the close calendar (unavailable: it
   * had not been set), the CFO's view of the report (an agent-in-context's internal structure) and a laptop
   * (material); outcomes: the variance report (created, by explain-variances only), the ERP (reproduced, by all)
   * and an audit finding (an event). Cycle {@code audit-review} follows it with no position-practice.
   */
  static Case erpCase() {
    return Case.builder("erp-study", "ERP systems and the month-end close")
        .citation("Doe, J. (2020). ERP and management accounting. Accounting, Organizations and Society.")
        .doi("10.1016/j.aos.2020.101234")
        .base(BASE)
        .analyst(new Analyst("ak", "A. Kumar"))
        .source(new Source("interviews", SourceType.INTERVIEW, Optional.of("finance staff"),
                Optional.of("Interviews with the finance team"), Optional.of("2019-05")),
            Source.of("erp-manual", SourceType.DOCUMENT))
        .agent(Agent.builder("finance-dept", "Finance department", AgentType.COLLECTIVE).scale(Scale.MESO).build(),
            Agent.builder("controller", "Financial controller", AgentType.INDIVIDUAL)
                .description("Runs the month-end close").scale(Scale.MICRO).memberOf("finance-dept").build(),
            Agent.builder("cfo", "Chief financial officer", AgentType.INDIVIDUAL).build())
        .positionPractice(
            PositionPractice.builder("controller-role", "Controller").occupiedBy("controller")
                .practices("reconcile the ledgers", "prepare the variance report")
                .obligations("close the books within five working days")
                .relation("cfo-role", "reports to").build(),
            PositionPractice.builder("cfo-role", "CFO").occupiedBy("cfo").build())
        .structure(
            Structure.builder("erp", "The ERP system", StructureForm.TECHNOLOGY).scale(Scale.MESO)
                .codes("acc:erp-tech").build(),
            Structure.builder("close-calendar", "The close calendar", StructureForm.ORGANISATIONAL_ARRANGEMENT)
                .build(),
            Structure.builder("variance-report", "Monthly variance report", StructureForm.ARTEFACT).build(),
            Structure.builder("controller-knows-erp", "Knows the ERP's workarounds", StructureForm.OTHER)
                .internalTo("controller", InternalKind.CONJUNCTURALLY_SPECIFIC).about("erp").build(),
            Structure.builder("cost-ethos", "Every cost has an owner", StructureForm.OTHER)
                .internalTo("finance-dept", InternalKind.GENERAL_DISPOSITIONAL).build(),
            Structure.builder("cfo-view", "The CFO reads the report for blame", StructureForm.OTHER)
                .internalTo("cfo", InternalKind.CONJUNCTURALLY_SPECIFIC).about("variance-report").build(),
            Structure.builder("laptop", "The controller's laptop", StructureForm.MATERIAL_RESOURCE).of("controller")
                .build(),
            Structure.builder("spreadsheet-skill", "Fluency with spreadsheets", StructureForm.EMBODIED_CAPACITY)
                .of("controller").build())
        .event(Event.builder("audit-finding", "The auditors flag a reconciliation").build())
        .cycle(
            Cycle.builder("month-end-close", "Month-end close").site("Head office, finance floor")
                .time("2019-01/2019-06").scale(Scale.MESO)
                .agentInFocus("controller").agentsInContext("cfo").positionPractice("controller-role")
                .external(Condition.of("erp").withEffect(Effect.BOTH).withForce(Force.INDEPENDENT_INFLUENCE),
                    Condition.of("close-calendar").withEffect(Effect.CONSTRAINS).unavailable(),
                    Condition.of("cfo-view"))
                .material(Condition.of("laptop"))
                .internal("controller-knows-erp", "cost-ethos")
                .drawsOn("finance-dept")
                .agency(ActiveAgency.builder("reconcile", "Reconciles the ledgers").reflexivity(Reflexivity.ROUTINE)
                        .concerns("close on time", "no open items").build(),
                    ActiveAgency.builder("explain-variances", "Explains the variances")
                        .reflexivity(Reflexivity.STRATEGIC).drawsOn("controller-knows-erp").conditionedBy("erp")
                        .horizon("the next board meeting").creativity("rewrites the ERP's standard report")
                        .build())
                .outcome(Outcome.of("variance-report").withChange(Change.CREATED).withTerm(Term.SHORT)
                        .withIntended(Intended.YES).withProducedBy("explain-variances"),
                    Outcome.of("erp").withChange(Change.REPRODUCED).withTerm(Term.LONG),
                    Outcome.of("audit-finding").withChange(Change.EVENT))
                .build(),
            Cycle.builder("audit-review", "The CFO reviews the audit").site("Board room").follows("month-end-close")
                .agentInFocus("cfo")
                .external("variance-report", "audit-finding")
                .agency(ActiveAgency.builder("review", "Reviews the finding").build())
                .outcome(Outcome.of("close-calendar").withChange(Change.CHANGED))
                .build())
        .evidence(
            Evidence.builder("ev-erp", "interviews")
                .quote("He said \"the ERP won't let me\" \\ and left.\nNext line")
                .note("ERP as constraint").locator("p. 12").speakerRole("controller").by("ak")
                .supports("erp", "month-end-close/erp").build(),
            Evidence.builder("ev-note", "erp-manual").note("The manual fixes the close steps")
                .supports("reconcile").build())
        .codebook(new Codebook("acc", "Accounting codes", ImmutableList.of(
            Codebook.Concept.of("tech", "Technology"),
            new Codebook.Concept("erp-tech", "ERP technology", Optional.of("tech"),
                Optional.of("The ERP system as the firm runs it:\nits screens, its month-end steps.")))))
        .build();
  }

  @BeforeAll
  static void write() {
    erp = erpCase();
    graph = CaseGraphs.toGraph(erp);
  }

  static Node iri(String id) {
    return NodeFactory.createURI(BASE + id);
  }

  static Node str(String text) {
    return NodeFactory.createLiteralString(text);
  }

  static Node integer(int i) {
    return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
  }

  static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }

  static void has(Node s, Node p, Node o) {
    assertTrue(graph.contains(s, p, o), () -> "missing triple " + s + " " + p + " " + o);
  }

  static void hasNot(Node s, Node p, Node o) {
    assertFalse(graph.contains(s, p, o), () -> "unexpected triple " + s + " " + p + " " + o);
  }

  /** The objects of (s, p), as a set. */
  static Set<Node> objects(Node s, Node p) {
    return new HashSet<>(G.listSP(graph, s, p));
  }

  /** The subjects of (p, o), as a set. */
  static Set<Node> subjects(Node p, Node o) {
    return new HashSet<>(G.listPO(graph, p, o));
  }

  static List<String> texts(Node list) {
    List<String> out = new ArrayList<>();
    for (Node n : G.rdfList(graph, list)) {
      out.add(n.getLiteralLexicalForm());
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------ names

  @Test
  void namesTheGraphAndTheCaseByIdWhateverTheBase() {
    assertEquals("urn:sst:graph:erp-study", GraphNames.graphName("erp-study"));
    assertEquals(NodeFactory.createURI("urn:sst:graph:erp-study"), GraphNames.graphNode("erp-study"));
    assertEquals("urn:sst:case:erp-study", GraphNames.caseIri("erp-study"));
    assertThrows(IllegalArgumentException.class, () -> GraphNames.graphNode("bad id"));
  }

  @Test
  void setsTheCasePrefixesButNoneForTheBase() {
    var prefixes = graph.getPrefixMapping();
    assertEquals(SST.NS, prefixes.getNsPrefixURI("sst"));
    for (String prefix : List.of("sst", "ic", "rdf", "rdfs", "xsd", "skos", "dcterms", "prov", "org", "oa")) {
      assertNotNull(prefixes.getNsPrefixURI(prefix), prefix);
    }
    assertNull(prefixes.getNsURIPrefix(BASE));
    assertEquals("http://www.w3.org/ns/prov#", prefixes.getNsPrefixURI("prov"));
    assertEquals("http://www.w3.org/ns/oa#", prefixes.getNsPrefixURI("oa"));
    assertEquals("http://www.w3.org/ns/org#", prefixes.getNsPrefixURI("org"));
  }

  // ------------------------------------------------------------------------------------------------ the case

  @Test
  void writesTheCaseResource() {
    Node c = NodeFactory.createURI("urn:sst:case:erp-study");
    has(c, TYPE, SST.Case);
    has(c, IDENTIFIER, str("erp-study"));
    has(c, DCTerms.title.asNode(), str("ERP systems and the month-end close"));
    has(c, DCTerms.bibliographicCitation.asNode(),
        str("Doe, J. (2020). ERP and management accounting. Accounting, Organizations and Society."));
    has(c, SST.doi, str("10.1016/j.aos.2020.101234"));
    has(c, SST.base, str(BASE));
    has(c, SST.formatVersion, str("2"));
    assertEquals(List.of(c), G.listPO(graph, TYPE, SST.Case));
  }

  @Test
  void writesTheDefaultBaseOfACaseWithoutOne() {
    Case plain = Case.builder("plain", "No base").build();
    Graph g = CaseGraphs.toGraph(plain);
    assertTrue(g.contains(NodeFactory.createURI("urn:sst:case:plain"), SST.base, str("urn:sst:case:plain:")));
    assertEquals(plain, CaseGraphs.fromGraph(g));
  }

  // ------------------------------------------------------------------------------------------------ elements

  @Test
  void writesAgentsWithTheirTypeClassAndConcept() {
    Node controller = iri("controller");
    has(controller, TYPE, SST.Agent);
    has(controller, TYPE, SST.IndividualAgent);
    hasNot(controller, TYPE, SST.CollectiveAgent);
    has(controller, SST.agentType, SstConcepts.agent_individual);
    has(controller, IDENTIFIER, str("controller"));
    has(controller, SST.index, integer(1));
    has(controller, LABEL, str("Financial controller"));
    has(controller, DCTerms.description.asNode(), str("Runs the month-end close"));
    has(controller, SST.scale, SstConcepts.scale_micro);
    has(controller, SST.memberOf, iri("finance-dept"));

    Node dept = iri("finance-dept");
    has(dept, TYPE, SST.CollectiveAgent);
    has(dept, SST.agentType, SstConcepts.agent_collective);
    has(dept, SST.index, integer(0));
    assertTrue(objects(iri("cfo"), SST.scale).isEmpty());
    assertTrue(objects(iri("cfo"), DCTerms.description.asNode()).isEmpty());
  }

  @Test
  void writesPositionPracticesWithListsAndRelationNodes() {
    Node role = iri("controller-role");
    has(role, TYPE, SST.PositionPractice);
    has(role, SST.index, integer(0));
    has(role, SST.occupiedBy, iri("controller"));
    Node practices = G.getOneSP(graph, role, SST.practices);
    assertEquals(List.of("reconcile the ledgers", "prepare the variance report"), texts(practices));
    assertEquals(List.of("close the books within five working days"),
        texts(G.getOneSP(graph, role, SST.obligations)));
    assertTrue(objects(role, SST.prerogatives).isEmpty(), "an empty list is not written");

    Node relation = iri("controller-role/relation/0");
    assertEquals(Set.of(relation), objects(role, SST.hasRelation));
    has(relation, TYPE, SST.PositionPracticeRelation);
    has(relation, SST.index, integer(0));
    has(relation, SST.relationTo, iri("cfo-role"));
    has(relation, LABEL, str("reports to"));
  }

  @Test
  void writesEachKindOfStructureWithItsClasses() {
    Node erpSystem = iri("erp");
    has(erpSystem, TYPE, SST.Structure);
    has(erpSystem, TYPE, SST.ExternalStructure);
    has(erpSystem, SST.form, SstConcepts.form_technology);
    has(erpSystem, SST.code, iri("acc/erp-tech"));
    assertEquals(Set.of(SST.Structure, SST.ExternalStructure), objects(erpSystem, TYPE));

    Node knows = iri("controller-knows-erp");
    assertEquals(Set.of(SST.Structure, SST.InternalStructure, SST.ConjuncturallySpecificStructure),
        objects(knows, TYPE));
    has(knows, SST.internalTo, iri("controller"));
    has(knows, SST.kind, SstConcepts.kind_conjuncturally_specific);
    has(knows, SST.about, iri("erp"));

    Node ethos = iri("cost-ethos");
    assertEquals(Set.of(SST.Structure, SST.InternalStructure, SST.GeneralDispositionalStructure),
        objects(ethos, TYPE));
    has(ethos, SST.kind, SstConcepts.kind_general_dispositional);

    Node laptop = iri("laptop");
    assertEquals(Set.of(SST.Structure, SST.MaterialResource), objects(laptop, TYPE));
    has(laptop, SST.form, SstConcepts.form_material_resource);
    has(laptop, SST.materialOf, iri("controller"));
    assertTrue(objects(laptop, SST.kind).isEmpty());

    Node skill = iri("spreadsheet-skill");
    assertEquals(Set.of(SST.Structure, SST.EmbodiedCapacity), objects(skill, TYPE));
    has(skill, SST.form, SstConcepts.form_embodied_capacity);
  }

  @Test
  void writesEventsAndTheirIndex() {
    has(iri("audit-finding"), TYPE, SST.Event);
    has(iri("audit-finding"), SST.index, integer(0));
    has(iri("audit-finding"), LABEL, str("The auditors flag a reconciliation"));
  }

  // ------------------------------------------------------------------------------------------------ cycles

  @Test
  void writesTheCycleRolesAsPlainTriples() {
    Node cycle = iri("month-end-close");
    has(cycle, TYPE, SST.Cycle);
    has(cycle, SST.index, integer(0));
    has(cycle, SST.site, str("Head office, finance floor"));
    has(cycle, SST.time, str("2019-01/2019-06"));
    has(cycle, SST.scale, SstConcepts.scale_meso);
    has(cycle, SST.agentInFocus, iri("controller"));
    has(cycle, SST.agentInContext, iri("cfo"));
    has(cycle, SST.positionPractice, iri("controller-role"));
    assertEquals(Set.of(iri("erp"), iri("close-calendar"), iri("cfo-view")),
        objects(cycle, SST.hasExternalStructure));
    assertEquals(Set.of(iri("laptop")), objects(cycle, SST.hasMaterialCondition));
    assertEquals(Set.of(iri("controller-knows-erp"), iri("cost-ethos")), objects(cycle, SST.hasInternalStructure));
    assertEquals(Set.of(iri("reconcile"), iri("explain-variances")), objects(cycle, SST.hasActiveAgency));
    assertEquals(Set.of(iri("variance-report"), iri("erp"), iri("audit-finding")), objects(cycle, SST.hasOutcome));

    Node review = iri("audit-review");
    has(review, SST.follows, iri("month-end-close"));
    has(review, SST.index, integer(1));
    assertTrue(objects(review, SST.positionPractice).isEmpty());
    assertTrue(objects(review, SST.time).isEmpty());
  }

  @Test
  void writesQualifiedExternalAndMaterialEntriesWithIndexAndQualifiers() {
    Node cycle = iri("month-end-close");
    assertEquals(Set.of(iri("month-end-close/external/0"), iri("month-end-close/external/1"),
        iri("month-end-close/external/2")), objects(cycle, SST.qualifiedExternal));

    Node erpEntry = iri("month-end-close/external/0");
    has(erpEntry, TYPE, SST.ExternalEntry);
    has(erpEntry, SST.index, integer(0));
    has(erpEntry, SST.entity, iri("erp"));
    has(erpEntry, SST.effect, SstConcepts.effect_both);
    has(erpEntry, SST.force, SstConcepts.force_independent_influence);
    has(erpEntry, SST.available, bool(true));

    Node calendar = iri("month-end-close/external/1");
    has(calendar, SST.index, integer(1));
    has(calendar, SST.entity, iri("close-calendar"));
    has(calendar, SST.effect, SstConcepts.effect_constrains);
    has(calendar, SST.available, bool(false));
    assertTrue(objects(calendar, SST.force).isEmpty());

    Node bare = iri("month-end-close/external/2");
    has(bare, SST.available, bool(true));
    assertTrue(objects(bare, SST.effect).isEmpty());

    Node laptop = iri("month-end-close/material/0");
    assertEquals(Set.of(laptop), objects(cycle, SST.qualifiedMaterial));
    has(laptop, TYPE, SST.MaterialEntry);
    has(laptop, SST.index, integer(0));
    has(laptop, SST.entity, iri("laptop"));
    has(laptop, SST.available, bool(true));
  }

  @Test
  void writesQualifiedInternalEntriesInOrder() {
    Node cycle = iri("month-end-close");
    assertEquals(Set.of(iri("month-end-close/internal/0"), iri("month-end-close/internal/1")),
        objects(cycle, SST.qualifiedInternal));
    has(iri("month-end-close/internal/0"), TYPE, SST.InternalEntry);
    has(iri("month-end-close/internal/0"), SST.entity, iri("controller-knows-erp"));
    has(iri("month-end-close/internal/1"), SST.index, integer(1));
    has(iri("month-end-close/internal/1"), SST.entity, iri("cost-ethos"));
  }

  @Test
  void writesOutcomeEntriesWithIntendedUnknownByDefaultAndExplicitProducedBy() {
    Node report = iri("month-end-close/outcome/0");
    has(report, TYPE, SST.OutcomeEntry);
    has(report, SST.index, integer(0));
    has(report, SST.entity, iri("variance-report"));
    has(report, SST.change, SstConcepts.change_created);
    has(report, SST.term, SstConcepts.term_short);
    has(report, SST.intended, SstConcepts.intended_yes);
    assertEquals(Set.of(iri("explain-variances")), objects(report, SST.producedBy));

    Node erpOutcome = iri("month-end-close/outcome/1");
    has(erpOutcome, SST.change, SstConcepts.change_reproduced);
    has(erpOutcome, SST.intended, SstConcepts.intended_unknown);
    assertEquals(Set.of(iri("reconcile"), iri("explain-variances")), objects(erpOutcome, SST.producedBy),
        "producedBy defaults to all of the cycle's agency, written explicitly");

    Node finding = iri("month-end-close/outcome/2");
    has(finding, SST.change, SstConcepts.change_event);
    assertTrue(objects(finding, SST.term).isEmpty());
    has(finding, SST.intended, SstConcepts.intended_unknown);
  }

  @Test
  void writesAgencyWithItsCycleIndexAndExplicitLinks() {
    Node reconcile = iri("reconcile");
    has(reconcile, TYPE, SST.ActiveAgency);
    has(reconcile, SST.inCycle, iri("month-end-close"));
    has(reconcile, SST.index, integer(0));
    has(reconcile, SST.reflexivity, SstConcepts.reflexivity_routine);
    assertEquals(List.of("close on time", "no open items"), texts(G.getOneSP(graph, reconcile, SST.concerns)));
    assertEquals(Set.of(iri("controller-knows-erp"), iri("cost-ethos")), objects(reconcile, SST.drawsOn));
    assertEquals(Set.of(iri("erp"), iri("close-calendar"), iri("cfo-view"), iri("laptop")),
        objects(reconcile, SST.conditionedBy));

    Node explain = iri("explain-variances");
    has(explain, SST.index, integer(1));
    has(explain, SST.reflexivity, SstConcepts.reflexivity_strategic);
    has(explain, SST.horizon, str("the next board meeting"));
    has(explain, SST.creativity, str("rewrites the ERP's standard report"));
    assertEquals(Set.of(iri("controller-knows-erp")), objects(explain, SST.drawsOn));
    assertEquals(Set.of(iri("erp")), objects(explain, SST.conditionedBy));

    has(iri("review"), SST.index, integer(0));
    has(iri("review"), SST.inCycle, iri("audit-review"));
    assertTrue(objects(iri("review"), SST.concerns).isEmpty());
  }

  // ------------------------------------------------------------------------------------------------ chain

  @Test
  void writesConditionsStepsForAvailableEntriesAndAbsentForStepsForUnavailableOnes() {
    has(iri("erp"), SST.conditions, iri("reconcile"));
    has(iri("erp"), SST.chainStep, iri("reconcile"));
    has(iri("laptop"), SST.conditions, iri("reconcile"));
    has(iri("laptop"), SST.chainStep, iri("reconcile"));
    has(iri("erp"), SST.conditions, iri("explain-variances"));
    hasNot(iri("laptop"), SST.conditions, iri("explain-variances"));

    // The close calendar was unavailable: it stays in the role, conditions nothing, and its absence constrains the
    // agency that lists it (reconcile lists every condition; explain-variances only the ERP).
    assertTrue(objects(iri("close-calendar"), SST.conditions).isEmpty());
    has(iri("close-calendar"), SST.absentFor, iri("reconcile"));
    has(iri("close-calendar"), SST.chainStep, iri("reconcile"));
    hasNot(iri("close-calendar"), SST.absentFor, iri("explain-variances"));
    hasNot(iri("close-calendar"), SST.chainStep, iri("explain-variances"));
    has(iri("month-end-close/external/1"), SST.entity, iri("close-calendar"));
    has(iri("month-end-close/external/1"), SST.available, bool(false));
    // The audit review, which follows the close, changed the calendar: what it produced never reaches back into
    // the earlier close.
    assertTrue(objects(iri("audit-review/outcome/0"), SST.chainStep).isEmpty());
  }

  @Test
  void writesInformsAndEnactedInSteps() {
    has(iri("controller-knows-erp"), SST.informs, iri("explain-variances"));
    has(iri("controller-knows-erp"), SST.chainStep, iri("explain-variances"));
    has(iri("cost-ethos"), SST.informs, iri("reconcile"));
    hasNot(iri("cost-ethos"), SST.informs, iri("explain-variances"));
    has(iri("reconcile"), SST.enactedIn, iri("controller-role"));
    has(iri("reconcile"), SST.chainStep, iri("controller-role"));
    has(iri("explain-variances"), SST.enactedIn, iri("controller-role"));
    assertTrue(objects(iri("review"), SST.enactedIn).isEmpty(), "audit-review has no position-practice");
  }

  @Test
  void writesProducesStepsToTheOutcomeEntryWithEverySuperPropertyAndTheChangeSubProperty() {
    Node explain = iri("explain-variances");
    Node report = iri("month-end-close/outcome/0");
    Node erpOutcome = iri("month-end-close/outcome/1");
    Node finding = iri("month-end-close/outcome/2");
    has(explain, SST.creates, report);
    has(explain, SST.produces, report);
    has(explain, SST.chainStep, report);
    hasNot(iri("reconcile"), SST.produces, report);
    // The step reaches the structure as this cycle produced it, not the structure as it stands.
    for (Node element : List.of(iri("variance-report"), iri("erp"), iri("audit-finding"))) {
      assertTrue(subjects(SST.produces, element).isEmpty(), () -> element + " is produced as itself");
      assertTrue(subjects(SST.chainStep, element).isEmpty(), () -> element + " is reached as itself");
    }

    for (Node agency : List.of(iri("reconcile"), explain)) {
      has(agency, SST.reproduces, erpOutcome);
      has(agency, SST.produces, erpOutcome);
      has(agency, SST.chainStep, erpOutcome);
      // An event: produced, but neither reproduced, changed, created nor eroded.
      has(agency, SST.produces, finding);
      has(agency, SST.chainStep, finding);
      for (Node sub : List.of(SST.reproduces, SST.changes, SST.creates, SST.erodes)) {
        hasNot(agency, sub, finding);
      }
    }
    has(iri("review"), SST.changes, iri("audit-review/outcome/0"));
    has(iri("review"), SST.produces, iri("audit-review/outcome/0"));
  }

  @Test
  void writesTheStepsThatLeaveAnOutcomeEntryIntoTheAgencyOfItsOwnCycleOrALaterOne() {
    // The ERP the close reproduced conditions the close's own agency again: the loop of reproduction.
    has(iri("month-end-close/outcome/1"), SST.conditions, iri("reconcile"));
    has(iri("month-end-close/outcome/1"), SST.chainStep, iri("reconcile"));
    has(iri("month-end-close/outcome/1"), SST.conditions, iri("explain-variances"));
    // The report and the finding the close produced condition the review of the cycle that follows it.
    has(iri("month-end-close/outcome/0"), SST.conditions, iri("review"));
    has(iri("month-end-close/outcome/0"), SST.chainStep, iri("review"));
    has(iri("month-end-close/outcome/2"), SST.conditions, iri("review"));
    has(iri("month-end-close/outcome/2"), SST.chainStep, iri("review"));
    // An outcome entry leaves only by conditions, informs or absentFor steps.
    assertEquals(Set.of(), objects(iri("month-end-close/outcome/0"), SST.produces));
    assertEquals(Set.of(), objects(iri("month-end-close/outcome/0"), SST.enactedIn));
  }

  @Test
  void everyChainStepTripleIsAStepOfTheChainGraphAndViceVersa() {
    assertChainAgrees(erp, graph, "erp-study");
    Case hughes = hughes();
    assertChainAgrees(hughes, CaseGraphs.toGraph(hughes), "hughes-2022");
    for (long seed = 0; seed < 20; seed++) {
      Case random = RandomCases.generate(seed);
      assertChainAgrees(random, CaseGraphs.toGraph(random), "seed=" + seed);
    }
  }

  /**
   * The (from, to) pairs of sst:chainStep equal the steps of ChainGraph, and each step has its own property. A
   * produces step reaches the outcome entry of its cycle, and a step that leaves an outcome
   * ({@link ChainStep#producedIn()}) leaves the outcome entry of the cycle that produced it; every other end is the
   * element itself. Read back, each triple's ends (an outcome entry as its sst:entity and its cycle) give the step.
   */
  static void assertChainAgrees(Case study, Graph g, String label) {
    // The IRI of each cycle's outcome entry of each element (the first, should an element be listed twice).
    Map<List<String>, Node> outcomeEntries = new HashMap<>();
    // And back: an outcome entry IRI to its (element, cycle).
    Map<Node, List<String>> entryOf = new HashMap<>();
    for (Cycle cycle : study.cycles()) {
      for (int i = 0; i < cycle.outcomes().size(); i++) {
        Node entry = NodeFactory.createURI(study.base() + cycle.id() + "/outcome/" + i);
        outcomeEntries.putIfAbsent(List.of(cycle.outcomes().get(i).ref(), cycle.id()), entry);
        entryOf.put(entry, List.of(cycle.outcomes().get(i).ref(), cycle.id()));
        assertTrue(g.contains(entry, SST.entity, NodeFactory.createURI(study.base() + cycle.outcomes().get(i).ref())),
            () -> label + ": " + entry + " names its element");
      }
    }
    Set<List<Node>> expected = new HashSet<>();
    List<ChainStep> steps = ChainGraph.of(study).steps();
    // Each step as (from element, producedIn or "", to element, kind, cycle), to compare with the triples read back.
    Set<List<String>> expectedSteps = new HashSet<>();
    for (ChainStep step : steps) {
      Node from = step.producedIn()
          .map(c -> outcomeEntries.get(List.of(step.from(), c)))
          .orElse(NodeFactory.createURI(study.base() + step.from()));
      Node to = step.kind() == StepKind.PRODUCES
          ? outcomeEntries.get(List.of(step.to(), step.cycle()))
          : NodeFactory.createURI(study.base() + step.to());
      assertNotNull(from, () -> label + ": no outcome entry for the start of " + step);
      assertNotNull(to, () -> label + ": no outcome entry for the end of " + step);
      expected.add(List.of(from, to));
      expectedSteps.add(List.of(step.from(), step.producedIn().orElse(""), step.to(), step.kind().code()));
      assertTrue(g.contains(from, SST.chainProperty(step.kind()), to), () -> label + ": " + step);
      step.change().flatMap(SST::producesProperty)
          .ifPresent(p -> assertTrue(g.contains(from, p, to), () -> label + ": " + step + " without " + p));
    }
    Set<List<Node>> actual = new HashSet<>();
    g.find(Node.ANY, SST.chainStep, Node.ANY).forEachRemaining(t -> actual.add(List.of(t.getSubject(),
        t.getObject())));
    assertEquals(expected, actual, label);
    assertEquals(steps.size(), actual.size(), label + ": one sst:chainStep triple per step");
    // The reverse: every chain property triple, its outcome entries mapped back to their element and cycle, is a
    // step of the chain graph.
    Set<List<String>> read = new HashSet<>();
    for (StepKind kind : StepKind.values()) {
      g.find(Node.ANY, SST.chainProperty(kind), Node.ANY).forEachRemaining(t -> {
        List<String> from = entryOf.get(t.getSubject());
        List<String> to = entryOf.get(t.getObject());
        assertEquals(kind == StepKind.PRODUCES, to != null, () -> label + ": " + t
            + (kind == StepKind.PRODUCES ? " reaches no outcome entry" : " reaches an outcome entry"));
        read.add(List.of(from != null ? from.get(0) : idOf(study, t.getSubject()), from != null ? from.get(1) : "",
            to != null ? to.get(0) : idOf(study, t.getObject()), kind.code()));
      });
    }
    assertEquals(expectedSteps, read, label + ": the triples read back as steps");
    // Every sub-property triple has its sst:chainStep triple.
    for (Node p : List.of(SST.conditions, SST.informs, SST.absentFor, SST.produces, SST.enactedIn, SST.reproduces,
        SST.changes, SST.creates, SST.erodes)) {
      g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> assertTrue(
          actual.contains(List.of(t.getSubject(), t.getObject())), () -> label + ": " + t + " is no chain step"));
    }
  }

  private static String idOf(Case study, Node element) {
    assertTrue(element.isURI() && element.getURI().startsWith(study.base()), () -> element + " is not in the base");
    return element.getURI().substring(study.base().length());
  }

  // ------------------------------------------------------------------------------------------------ evidence

  @Test
  void writesEvidenceAsAnAnnotationWithRoleClaimsTargetAndSelector() {
    Node ev = iri("ev-erp");
    assertEquals(Set.of(SST.Evidence, OA.Annotation.asNode()), objects(ev, TYPE));
    has(ev, IDENTIFIER, str("ev-erp"));
    has(ev, SST.index, integer(0));
    has(ev, OA.motivatedBy.asNode(), OA.classifying.asNode());
    has(ev, SST.Prov.wasDerivedFrom, iri("interviews"));
    assertTrue(objects(ev, SST.source).isEmpty(), "version 1's property");
    has(ev, SST.quote, str("He said \"the ERP won't let me\" \\ and left.\nNext line"));
    has(ev, SST.note, str("ERP as constraint"));
    has(ev, SST.locator, str("p. 12"));
    has(ev, SST.speakerRole, str("controller"));
    has(ev, SST.Prov.wasAttributedTo, iri("ak"));
    assertTrue(objects(ev, DCTerms.creator.asNode()).isEmpty(), "an analyst is not a creator");
    assertEquals(Set.of(iri("erp")), objects(ev, SST.supports));

    Node claim = iri("ev-erp/claim/month-end-close/erp");
    assertEquals(Set.of(claim), objects(ev, SST.supportsRole));
    has(claim, TYPE, SST.RoleClaim);
    has(claim, SST.cycle, iri("month-end-close"));
    has(claim, SST.entity, iri("erp"));
    assertEquals(Set.of(iri("erp"), claim), objects(ev, OA.hasBody.asNode()));

    Node target = iri("ev-erp/target");
    has(ev, OA.hasTarget.asNode(), target);
    has(target, TYPE, OA.SpecificResource.asNode());
    has(target, OA.hasSource.asNode(), iri("interviews"));
    Node selector = iri("ev-erp/selector");
    has(target, OA.hasSelector.asNode(), selector);
    has(selector, TYPE, OA.TextQuoteSelector.asNode());
    has(selector, OA.exact.asNode(), str("He said \"the ERP won't let me\" \\ and left.\nNext line"));
  }

  @Test
  void writesNoSelectorForEvidenceWithoutAQuote() {
    Node ev = iri("ev-note");
    has(ev, SST.index, integer(1));
    has(ev, OA.hasTarget.asNode(), iri("ev-note/target"));
    has(iri("ev-note/target"), OA.hasSource.asNode(), iri("erp-manual"));
    assertTrue(objects(iri("ev-note/target"), OA.hasSelector.asNode()).isEmpty());
    assertTrue(objects(ev, SST.quote).isEmpty());
    assertTrue(objects(ev, SST.Prov.wasAttributedTo).isEmpty());
    assertEquals(Set.of(iri("reconcile")), objects(ev, SST.supports));
  }

  @Test
  void writesSourcesAnalystsAndCodebooks() {
    Node interviews = iri("interviews");
    has(interviews, TYPE, SST.Source);
    has(interviews, IDENTIFIER, str("interviews"));
    has(interviews, SST.index, integer(0));
    has(interviews, SST.sourceType, SstConcepts.source_interview);
    has(interviews, SST.category, str("finance staff"));
    has(interviews, DCTerms.title.asNode(), str("Interviews with the finance team"));
    has(interviews, DCTerms.date.asNode(), str("2019-05"));
    has(iri("erp-manual"), SST.sourceType, SstConcepts.source_document);
    has(iri("erp-manual"), SST.index, integer(1));

    Node analyst = iri("ak");
    assertEquals(Set.of(SST.Analyst, SST.Prov.Agent), objects(analyst, TYPE));
    has(analyst, LABEL, str("A. Kumar"));
    has(analyst, IDENTIFIER, str("ak"));
    has(analyst, SST.index, integer(0));

    Node codebook = iri("acc");
    assertEquals(Set.of(SKOS.ConceptScheme.asNode(), SST.Codebook), objects(codebook, TYPE));
    has(codebook, LABEL, str("Accounting codes"));
    has(codebook, IDENTIFIER, str("acc"));
    Node tech = iri("acc/tech");
    Node erpTech = iri("acc/erp-tech");
    for (Node concept : List.of(tech, erpTech)) {
      has(concept, TYPE, SKOS.Concept.asNode());
      has(concept, SKOS.inScheme.asNode(), codebook);
    }
    has(tech, SKOS.notation.asNode(), str("tech"));
    has(tech, SKOS.prefLabel.asNode(), str("Technology"));
    has(tech, SST.index, integer(0));
    has(erpTech, SST.index, integer(1));
    has(erpTech, SKOS.broader.asNode(), tech);
    has(erpTech, SKOS.definition.asNode(), str("The ERP system as the firm runs it:\nits screens, its month-end steps."));
    assertEquals(Set.of(), objects(tech, SKOS.definition.asNode()), "a concept with no definition has none");
  }

  @Test
  void writesTextAsPlainStringsAndNumbersAsTypedLiterals() {
    graph.find(Node.ANY, SST.index, Node.ANY).forEachRemaining(
        t -> assertEquals(XSDDatatype.XSDinteger, t.getObject().getLiteralDatatype(), t::toString));
    graph.find(Node.ANY, SST.available, Node.ANY).forEachRemaining(
        t -> assertEquals(XSDDatatype.XSDboolean, t.getObject().getLiteralDatatype(), t::toString));
    for (Node p : List.of(LABEL, SST.site, SST.quote, SST.note, DCTerms.title.asNode())) {
      graph.find(Node.ANY, p, Node.ANY).forEachRemaining(
          t -> assertEquals(XSDDatatype.XSDstring, t.getObject().getLiteralDatatype(), t::toString));
    }
  }

  @Test
  void usesOnlyTermsOfTheVocabularyInTheSstNamespace() {
    Set<Node> terms = SST.terms();
    graph.find().forEachRemaining(t -> {
      for (Node n : List.of(t.getPredicate(), t.getObject())) {
        if (n.isURI() && n.getURI().startsWith(SST.NS)) {
          assertTrue(terms.contains(n), () -> n + " is not declared in SST");
        }
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ round trips

  @Test
  void readsTheCaseBackEqual() {
    assertEquals(erp, CaseGraphs.fromGraph(graph));
  }

  @Test
  void internalStructureWithoutFormWritesNoFormAndReadsBackEqual() {
    Case c = Case.builder("knowing", "A disposition with no form").base(BASE)
        .agent(Agent.builder("controller", "Financial controller", AgentType.INDIVIDUAL).build())
        .structure(Structure.builder("ledger-ethic", "Keeps the ledgers honest")
                .internalTo("controller", InternalKind.GENERAL_DISPOSITIONAL).build(),
            Structure.builder("old-style", "Knows the close calendar", StructureForm.OTHER)
                .internalTo("controller", InternalKind.CONJUNCTURALLY_SPECIFIC).build())
        .build();
    Graph g = CaseGraphs.toGraph(c);
    assertFalse(g.contains(iri("ledger-ethic"), SST.form, Node.ANY));
    assertTrue(g.contains(iri("old-style"), SST.form, SstConcepts.concept(StructureForm.OTHER)));
    assertEquals(c, CaseGraphs.fromGraph(g));
    assertEquals(c, CaseGraphs.fromGraph(turtleRoundTrip(g)));
  }

  @Test
  void sharedInternalStructureHasOneHolderTripleEachAndReadsBackEqual() {
    Case c = Case.builder("sharing", "A lens shared by several agents").base(BASE)
        .agent(Agent.builder("leaders", "Partnership leaders", AgentType.COLLECTIVE).build(),
            Agent.builder("team", "ICM team", AgentType.COLLECTIVE).build(),
            Agent.builder("matron", "Community matron", AgentType.INDIVIDUAL).memberOf("team").build())
        .structure(Structure.builder("lens", "The lens of integrated care")
                .internalTo(InternalKind.GENERAL_DISPOSITIONAL, "team", "leaders").build(),
            Structure.builder("caseload", "Caseload", StructureForm.ORGANISATIONAL_ARRANGEMENT).build())
        .cycle(Cycle.builder("icm", "ICM meeting").site("localities").agentInFocus("matron")
            .agentsInContext("leaders").external("caseload").internal("lens").drawsOn("team")
            .agency(ActiveAgency.builder("review", "Reviews the list").build()).outcome("caseload").build())
        .build();
    Graph g = CaseGraphs.toGraph(c);
    assertTrue(g.contains(iri("lens"), SST.internalTo, iri("team")));
    assertTrue(g.contains(iri("lens"), SST.internalTo, iri("leaders")));
    assertTrue(g.contains(iri("icm"), SST.drawsOnCollective, iri("team")));
    assertEquals(c, CaseGraphs.fromGraph(g));
    assertEquals(c, CaseGraphs.fromGraph(turtleRoundTrip(g)));
  }

  @Test
  void aConceptWithTwoDefinitionsOrALanguageTaggedOneIsRefused() {
    Graph two = CaseGraphs.toGraph(erp);
    two.add(iri("acc/erp-tech"), SKOS.definition.asNode(), str("Another meaning."));
    RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(two));
    assertTrue(e.getMessage().contains("2 values of skos:definition"), e.getMessage());
    Graph tagged = CaseGraphs.toGraph(erp);
    tagged.add(iri("acc/tech"), SKOS.definition.asNode(), NodeFactory.createLiteralLang("Technology", "en"));
    e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(tagged));
    assertTrue(e.getMessage().contains("skos:definition"), e.getMessage());
  }

  @Test
  void structureThatIsNotInternalWithoutFormIsRefused() {
    Graph g = CaseGraphs.toGraph(erp);
    g.remove(iri("erp"), SST.form, Node.ANY);
    RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
    assertTrue(e.getMessage().contains("sst:form"), e.getMessage());
  }

  @Test
  void readsTheReferenceCaseBackEqualFromTheGraphAndFromTurtle() {
    Case hughes = hughes();
    Graph g = CaseGraphs.toGraph(hughes);
    assertEquals(hughes, CaseGraphs.fromGraph(g));
    Graph parsed = turtleRoundTrip(g);
    assertTrue(g.isIsomorphicWith(parsed));
    assertEquals(hughes, CaseGraphs.fromGraph(parsed));
  }

  @Test
  void keepsHostileTextExactly() {
    List<String> texts = new ArrayList<>(List.of(
        "quote \" and 'single' and \"\"\"triple\"\"\"", "back\\slash \\n not a newline \\", "line\nbreak\r\nCRLF\rCR",
        "\u200F\u05E9\u05DC\u05D5\u05DD\u200F right-to-left", "emoji \uD83D\uDE00 \uD83D\uDC69\u200D\u2695\uFE0F",
        "caf\u00E9", "cafe\u0301", " leading and trailing ", "\ttab", "<urn:x> _:b0 ?v ^^xsd:string @en", "yes",
        "007", "# not a comment"));
    SplittableRandom random = new SplittableRandom(20240601L);
    for (int i = 0; i < 40; i++) {
      texts.add(RandomCases.hostileText(random));
    }
    for (String text : texts) {
      Case c = Case.builder("hostile", text).citation(text).doi(text)
          .analyst(new Analyst("an", text))
          .source(new Source("src", SourceType.OTHER, Optional.of(text), Optional.of(text), Optional.of("2020")))
          .agent(Agent.builder("a", text, AgentType.INDIVIDUAL).description(text).build())
          .positionPractice(PositionPractice.builder("pp", text).occupiedBy("a").practices(text, text)
              .prerogatives(text).obligations(text).relation("pp2", text).build(),
              PositionPractice.builder("pp2", text).build())
          .structure(Structure.builder("s", text, StructureForm.OTHER).build())
          .cycle(Cycle.builder("cy", text).site(text).agentInFocus("a").positionPractice("pp")
              .external(Condition.of("s").withForce(Force.IRRESISTIBLE_FORCE)
                  .withResistance(List.of(text, text), List.of(Lacking.POWER)))
              .agency(ActiveAgency.builder("ag", text).horizon(text).concerns(text, text).creativity(text).build())
              .outcome("s").build())
          .evidence(Evidence.builder("ev", "src").quote(text).note(text).locator(text).speakerRole(text)
              .supports("s").build())
          .codebook(new Codebook("cb", text, ImmutableList.of(Codebook.Concept.of("k", text))))
          .build();
      Graph g = CaseGraphs.toGraph(c);
      assertEquals(c, CaseGraphs.fromGraph(g), () -> "text " + escape(text));
      assertEquals(c, CaseGraphs.fromGraph(turtleRoundTrip(g)), () -> "text via Turtle " + escape(text));
    }
  }

  @Test
  void anIdRepeatedInSupportsIsRefusedBeforeItCouldReachRdf() {
    // RDF holds a claim once, so the model refuses the repeat that could not come back.
    Case.Builder twice = Case.builder(erp).evidence(Evidence.builder("ev-twice", "interviews").note("n")
        .supports("erp", "erp").build());
    assertTrue(twice.problems().stream().anyMatch(p -> p.message().contains("listed twice in supports")),
        twice.problems().toString());
  }

  // ------------------------------------------------------------------------------------------------ bulk loading

  @Test
  void addsToAGraphAndReadsEveryCaseOfADatasetInNameOrder() {
    Case hughes = hughes();
    Case random = RandomCases.generate(7);
    DatasetGraph ds = DatasetGraphFactory.createGeneral();
    for (Case c : List.of(hughes, erp, random)) {
      CaseGraphs.addTo(c, ds.getGraph(GraphNames.graphNode(c.id())));
    }
    ds.getGraph(NodeFactory.createURI("urn:other:graph")).add(Triple.create(iri("x"), TYPE, SST.Case));
    ds.getDefaultGraph().add(Triple.create(iri("y"), TYPE, SST.Case));

    List<Case> expected = new ArrayList<>(List.of(hughes, erp, random));
    expected.sort((a, b) -> GraphNames.graphName(a.id()).compareTo(GraphNames.graphName(b.id())));
    assertEquals(expected, CaseGraphs.fromDataset(ds));
    assertTrue(CaseGraphs.toGraph(erp).isIsomorphicWith(ds.getGraph(GraphNames.graphNode("erp-study"))));
  }

  @Test
  void readsATransactionalDatasetInsideAReadTransaction() {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    ds.executeWrite(() -> CaseGraphs.addTo(erp, ds.getGraph(GraphNames.graphNode(erp.id()))));
    assertEquals(List.of(erp), CaseGraphs.fromDataset(ds));
  }

  @Test
  void refusesAGraphWhoseNameIsNotItsCaseId() {
    DatasetGraph ds = DatasetGraphFactory.createGeneral();
    CaseGraphs.addTo(erp, ds.getGraph(GraphNames.graphNode("other")));
    RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromDataset(ds));
    assertTrue(e.getMessage().contains("graph <urn:sst:graph:other>"), e.getMessage());
    assertTrue(e.getMessage().contains("<urn:sst:graph:erp-study>"), e.getMessage());
  }

  @Test
  void namesTheGraphOfACaseThatCannotBeRead() {
    DatasetGraph ds = DatasetGraphFactory.createGeneral();
    Graph g = ds.getGraph(GraphNames.graphNode("erp-study"));
    CaseGraphs.addTo(erp, g);
    g.delete(Triple.create(iri("month-end-close"), SST.agentInFocus, iri("controller")));
    RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromDataset(ds));
    assertTrue(e.getMessage().startsWith("graph <urn:sst:graph:erp-study>: "), e.getMessage());
  }

  // ------------------------------------------------------------------------------------------------ errors

  @Nested
  class GraphsThatAreNotCases {

    @Test
    void anEmptyGraph() {
      RdfCaseException e = assertThrows(RdfCaseException.class,
          () -> CaseGraphs.fromGraph(GraphMemFactory.createDefaultGraphSameTerm()));
      assertEquals("no sst:Case in the graph: an sst case has exactly one resource of type https://w3id.org/sst#Case",
          e.getMessage());
    }

    @Test
    void aFoafGraph() {
      Graph g = GraphMemFactory.createDefaultGraphSameTerm();
      Node alice = NodeFactory.createURI("http://example.org/alice");
      g.add(Triple.create(alice, TYPE, FOAF.Person.asNode()));
      g.add(Triple.create(alice, FOAF.name.asNode(), str("Alice")));
      g.add(Triple.create(alice, FOAF.knows.asNode(), NodeFactory.createURI("http://example.org/bob")));
      RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertTrue(e.getMessage().startsWith("no sst:Case in the graph"), e.getMessage());
    }

    @Test
    void twoCases() {
      Graph g = copy(graph);
      CaseGraphs.addTo(Case.builder("other", "Other").build(), g);
      RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertTrue(e.getMessage().startsWith("two sst:Case resources in the graph (<urn:sst:case:erp-study>, "
          + "<urn:sst:case:other>)"), e.getMessage());
    }

    @Test
    void aCycleWithoutItsAgentInFocus() {
      Graph g = copy(graph);
      g.delete(Triple.create(iri("month-end-close"), SST.agentInFocus, iri("controller")));
      RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertEquals(List.of(Problem.of("cycle <" + BASE + "month-end-close> has no sst:agentInFocus")), e.problems());
      assertTrue(e.getMessage().contains("case 'erp-study'"), e.getMessage());
    }

    @Test
    void aValueThatIsNotAConceptOfItsScheme() {
      Graph g = copy(graph);
      g.delete(Triple.create(iri("erp"), SST.form, SstConcepts.form_technology));
      g.add(Triple.create(iri("erp"), SST.form, SstConcepts.effect_both));
      RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertEquals(1, e.problems().size(), e.getMessage());
      assertTrue(e.problems().get(0).message().startsWith("structure <" + BASE + "erp> has sst:form <" + SST.NS
          + "effect-both>, which is not a concept of sst:StructureFormScheme"), e.getMessage());
    }

    @Test
    void everyProblemAtOnce() {
      Graph g = copy(graph);
      g.delete(Triple.create(iri("month-end-close"), SST.agentInFocus, iri("controller")));
      g.delete(Triple.create(iri("controller"), LABEL, str("Financial controller")));
      g.add(Triple.create(iri("month-end-close/external/0"), SST.effect, str("both")));
      g.delete(Triple.create(iri("month-end-close/external/1"), SST.index, integer(1)));
      g.add(Triple.create(iri("review"), SST.reflexivity, SstConcepts.term_long));
      RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertEquals(5, e.problems().size(), e.getMessage());
      assertTrue(e.getMessage().contains("agent <" + BASE + "controller> has no rdfs:label"), e.getMessage());
      assertTrue(e.getMessage().contains("external entry <" + BASE + "month-end-close/external/0> has 2 values of "
          + "sst:effect"), e.getMessage());
      assertTrue(e.getMessage().contains("<" + BASE + "month-end-close/external/1> has no sst:index"),
          e.getMessage());
      assertTrue(e.getMessage().contains("agency <" + BASE + "review> has sst:reflexivity <" + SST.NS
          + "term-long>, which is not a concept of sst:ReflexivityScheme"), e.getMessage());
    }

    @Test
    void anElementWhoseIriIsNotBasePlusId() {
      Graph g = copy(graph);
      g.delete(Triple.create(iri("cfo"), IDENTIFIER, str("cfo")));
      g.add(Triple.create(iri("cfo"), IDENTIFIER, str("chief")));
      RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertTrue(e.getMessage().contains("agent <" + BASE + "cfo> has dcterms:identifier 'chief', so its IRI "
          + "should be <" + BASE + "chief>"), e.getMessage());
    }

    @Test
    void aReferenceOutsideTheBase() {
      Graph g = copy(graph);
      g.add(Triple.create(iri("controller"), SST.memberOf, NodeFactory.createURI("http://elsewhere.org/x")));
      RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertTrue(e.getMessage().contains("agent <" + BASE + "controller> has sst:memberOf "
          + "<http://elsewhere.org/x>, which is not an element of the case"), e.getMessage());
    }

    @Test
    void aLanguageTaggedLabel() {
      Graph g = copy(graph);
      g.delete(Triple.create(iri("cfo"), LABEL, str("Chief financial officer")));
      g.add(Triple.create(iri("cfo"), LABEL, NodeFactory.createLiteralLang("Chief financial officer", "en")));
      RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertTrue(e.getMessage().contains("which is not a plain string literal"), e.getMessage());
    }

    @Test
    void aBrokenList() {
      Graph g = copy(graph);
      Node list = G.getOneSP(g, iri("reconcile"), SST.concerns);
      g.delete(Triple.create(list, RDF.rest.asNode(), G.getOneSP(g, list, RDF.rest.asNode())));
      RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertTrue(e.getMessage().contains("agency <" + BASE + "reconcile> has sst:concerns"), e.getMessage());
      assertTrue(e.getMessage().contains("is not a well-formed RDF list"), e.getMessage());
    }

    @Test
    void anUnsupportedFormatVersion() {
      Graph g = copy(graph);
      Node c = NodeFactory.createURI("urn:sst:case:erp-study");
      g.delete(Triple.create(c, SST.formatVersion, str("2")));
      g.add(Triple.create(c, SST.formatVersion, str("3")));
      RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertTrue(e.getMessage().contains("sst:formatVersion '3'"), e.getMessage());
    }

    @Test
    void aWellFormedGraphOfAnInvalidCaseGivesTheBuildersProblems() {
      Graph g = copy(graph);
      // The cfo is no longer an agent: the cycle that focuses on it now names a missing agent.
      g.delete(Triple.create(iri("cfo"), TYPE, SST.Agent));
      InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> CaseGraphs.fromGraph(g));
      assertTrue(e.getMessage().contains("cfo"), e.getMessage());
    }
  }

  @Test
  void refusesToMintAnInvalidIriAndNamesTheElement() {
    // The core accepts this base, but "http://example.org:" + "controller" puts letters in the port.
    Case c = Case.builder("port", "Bad port").base("http://example.org:")
        .agent(Agent.builder("controller", "Controller", AgentType.INDIVIDUAL).build()).build();
    RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.toGraph(c));
    assertTrue(e.getMessage().contains("<http://example.org:controller> of agent 'controller' is not a valid IRI"),
        e.getMessage());

    Graph target = GraphMemFactory.createDefaultGraphSameTerm();
    assertThrows(RdfCaseException.class, () -> CaseGraphs.addTo(c, target));
    assertTrue(target.isEmpty(), "a case that cannot be written leaves the graph as it was");
  }

  @Test
  void refusesABaseThatMakesAnElementTheCaseResource() {
    Case c = Case.builder("x", "Clash").base("urn:sst:case:")
        .agent(Agent.builder("x", "An agent named like the case", AgentType.INDIVIDUAL).build()).build();
    RdfCaseException e = assertThrows(RdfCaseException.class, () -> CaseGraphs.toGraph(c));
    assertTrue(e.getMessage().contains("<urn:sst:case:x> of 'x' (base + id) is the IRI of the case resource"),
        e.getMessage());

    // Found only once every triple is made: still before addTo adds the first.
    Graph target = GraphMemFactory.createDefaultGraphSameTerm();
    assertThrows(RdfCaseException.class, () -> CaseGraphs.addTo(c, target));
    assertTrue(target.isEmpty(), "a case that cannot be written leaves the graph as it was");
  }

  // ------------------------------------------------------------------------------------------------ vocabulary

  @Test
  void mapsEveryCodeListValueToItsConceptAndBack() {
    for (var entry : SstConcepts.schemes().entrySet()) {
      for (CodeListValue value : entry.getKey().getEnumConstants()) {
        Node concept = SstConcepts.concept(value);
        assertTrue(concept.getURI().startsWith(SST.NS), concept::toString);
        assertEquals(Optional.of(value), SstConcepts.value(concept));
        assertSame(concept, SstConcepts.concept(value), "concept nodes are cached");
      }
    }
    assertEquals(SST.NS + "form-contract-or-target", SstConcepts.concept(StructureForm.CONTRACT_OR_TARGET).getURI());
    assertEquals(SST.NS + "agent-collective", SstConcepts.concept(AgentType.COLLECTIVE).getURI());
    assertEquals(SST.NS + "source-fieldnotes", SstConcepts.concept(SourceType.FIELDNOTES).getURI());
    assertEquals(SST.NS + "intended-unknown", SstConcepts.intended_unknown.getURI());
    assertEquals(SST.NS + "force-irresistible-force", SstConcepts.concept(Force.IRRESISTIBLE_FORCE).getURI());
    assertEquals(Optional.of(Effect.BOTH), SstConcepts.value(Effect.class, SstConcepts.effect_both));
    assertEquals(Optional.empty(), SstConcepts.value(Effect.class, SstConcepts.force_irresistible_force));
    assertEquals(Optional.empty(), SstConcepts.value(SST.Cycle));
    assertEquals(SstConcepts.StructureFormScheme, SstConcepts.scheme(StructureForm.class));
    assertEquals(SST.NS + "SourceTypeScheme", SstConcepts.scheme(SourceType.class).getURI());
    assertEquals(SST.NS + "level-in-situ", SstConcepts.concept(OntologyLevel.IN_SITU).getURI());
    assertEquals(SST.NS + "bracket-conduct", SstConcepts.bracket_conduct.getURI());
    assertEquals(SST.NS + "lacking-critical-distance", SstConcepts.concept(Lacking.CRITICAL_DISTANCE).getURI());
    assertEquals(SST.NS + "OntologyLevelScheme", SstConcepts.scheme(OntologyLevel.class).getURI());
    assertEquals(SstConcepts.BracketScheme, SstConcepts.scheme(Bracket.class));
    assertEquals(SstConcepts.LackingScheme, SstConcepts.scheme(Lacking.class));
    assertEquals(SST.NS + "relation-cares-for", SstConcepts.concept(org.sstlib.core.RelationType.CARES_FOR).getURI());
    assertEquals(SST.NS + "degree-high", SstConcepts.degree_high.getURI());
    assertEquals(SstConcepts.RelationTypeScheme, SstConcepts.scheme(org.sstlib.core.RelationType.class));
    assertEquals(SstConcepts.DegreeScheme, SstConcepts.scheme(org.sstlib.core.Degree.class));
    assertEquals(17, SstConcepts.schemes().size());
  }

  // ------------------------------------------------------------------------------------------------ helpers

  static Case hughes() {
    return ReferenceCase.read();
  }

  static Graph copy(Graph g) {
    Graph copy = GraphMemFactory.createDefaultGraphSameTerm();
    g.find().forEachRemaining(copy::add);
    return copy;
  }

  static Graph turtleRoundTrip(Graph g) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, g, Lang.TURTLE);
    return RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).toGraph();
  }

  static String escape(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(cp -> b.append(cp < 0x20 || cp > 0x7E ? String.format("\\u{%X}", cp)
        : Character.toString(cp)));
    return b.toString();
  }
}

package org.sstlib.rdf.shacl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Problem;
import org.sstlib.core.StructureForm;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.SstConcepts;
import org.sstlib.rdf.GraphNames;

/**
 * The SHACL shapes: the reference case and random valid cases conform, and each shape catches the defect it is
 * for, injected directly into the RDF of the reference case, naming the right element, rule and message.
 */
class SstShapesTest {
  static {
    JenaSystem.init();
  }

  private static final Path HUGHES = ReferenceCase.FILE;
  private static final Node TYPE = RDF.type.asNode();
  private static final Node LABEL = RDFS.label.asNode();

  private static Case hughes;
  private static String base;
  private static Graph shapes;

  @BeforeAll
  static void readReferenceCase() {
    hughes = CaseFiles.read(HUGHES);
    base = hughes.base();
    shapes = SstShapes.shapes();
  }

  // ---------------------------------------------------------------------------------------------- valid cases

  @Test
  void referenceCaseHasNoProblemAtAll() {
    ShapeReport report = SstShapes.validate(CaseGraphs.toGraph(hughes));
    assertTrue(report.conforms(), report::toString);
    assertEquals(List.of(), report.problems(), report::toString);
    assertEquals("conforms", report.toString());
  }

  @Test
  void validatingTheCaseIsValidatingItsGraph() {
    assertEquals(SstShapes.validate(CaseGraphs.toGraph(hughes)), SstShapes.validate(hughes));
    Graph broken = reference();
    broken.remove(node("icm-meeting"), SST.agentInFocus, node("icm-team"));
    assertEquals(SstShapes.validate(broken), SstShapes.validate(broken));
  }

  @Test
  void randomValidCasesConform() {
    for (long seed = 0; seed < 100; seed++) {
      Case c = RandomCases.generate(seed);
      ShapeReport report = SstShapes.validate(c);
      long seedShown = seed;
      assertTrue(report.conforms(), () -> "seed=" + seedShown + ": " + report);
      // A valid case gets at most advice (a cycle with no internal structures), and of the warnings only those about
      // what the model lets a researcher say: a member of a collective agent-in-focus also in its context, an
      // irresistible force on an agency with no concerns.
      assertTrue(report.problems().stream().allMatch(p -> p.severity() == Severity.INFO
              || ALLOWED_IN_VALID_CASES.contains(p.shape())),
          () -> "seed=" + seedShown + ": " + report);
    }
  }

  private static final Set<String> ALLOWED_IN_VALID_CASES =
      Set.of("sstsh:MembersNotInContextShape", "sstsh:IrresistibleForceConcernsShape");

  @Test
  void aMemberOfACollectiveAgentInFocusMayOccupyItsPositionPractice() {
    Graph g = reference();
    replace(g, node("icm-team-work"), SST.occupiedBy, node("matron"));
    ShapeReport report = SstShapes.validate(g);
    assertTrue(report.conforms(), report::toString);
    assertTrue(report.problems().stream().noneMatch(p -> p.shape().equals("sstsh:PositionPracticeOccupiedShape")),
        report::toString);
  }

  @Test
  void randomCasesWithInjectedDefectsAreReported() {
    for (long seed = 0; seed < 30; seed++) {
      Case c = RandomCases.generate(seed);
      Graph g = CaseGraphs.toGraph(c);
      String caseBase = c.base();
      for (Cycle cycle : c.cycles()) {
        g.remove(NodeFactory.createURI(caseBase + cycle.id()), SST.agentInFocus, Node.ANY);
        for (int i = 0; i < cycle.outcomes().size(); i++) {
          g.add(NodeFactory.createURI(caseBase + cycle.id() + "/outcome/" + i), SST.force,
              SstConcepts.force_independent_influence);
        }
      }
      ShapeReport report = SstShapes.validate(g);
      assertFalse(report.conforms(), "seed=" + seed);
      for (Cycle cycle : c.cycles()) {
        long seedShown = seed;
        assertTrue(report.problems().stream().anyMatch(p -> p.focus().equals(cycle.id())
                && p.shape().equals("sstsh:CycleAgentInFocusShape")),
            () -> "seed=" + seedShown + ", cycle " + cycle.id() + ": " + report);
        for (int i = 0; i < cycle.outcomes().size(); i++) {
          String focus = cycle.id() + "/outcome/" + i;
          String where = "cycle '" + cycle.id() + "', outcome entry for '" + cycle.outcomes().get(i).ref() + "'";
          assertTrue(report.problems().stream().anyMatch(p -> p.focus().equals(focus) && p.where().equals(where)
                  && p.shape().equals("sstsh:ForceOnlyOnConditionsShape")),
              () -> "seed=" + seedShown + ", " + focus + ": " + report);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- each shape

  /** A defect injected into the reference case's graph, and what the report must say about it. */
  /** How a report shows the alternative paths of the evidence shapes (version 2's property, then version 1's). */
  private static final String ALTERNATIVE_SOURCE = "prov:wasDerivedFrom|sst:source";
  private static final String ALTERNATIVE_ANALYST = "prov:wasAttributedTo|dcterms:creator";

  private record Defect(String shape, String what, String focus, String path, String value, Consumer<Graph> inject) {
    @Override
    public String toString() {
      return shape + ": " + what;
    }
  }

  private static final String ANY_VALUE = null;

  /** One or more defects for every shape of sst-shapes.ttl. */
  private static List<Defect> defects() {
    List<Defect> d = new ArrayList<>();
    Node caseNode = NodeFactory.createURI(GraphNames.caseIri("hughes-2022"));

    // the case
    d.add(new Defect("CaseIdentifierShape", "the case has no id", "hughes-2022", "dcterms:identifier", "",
        g -> g.remove(caseNode, DCTerms.identifier.asNode(), Node.ANY)));
    d.add(new Defect("CaseTitleShape", "the case's title is blank", "hughes-2022", "dcterms:title", "\"  \"",
        g -> replace(g, caseNode, DCTerms.title.asNode(), text("  "))));
    d.add(new Defect("CaseBaseShape", "the case has two bases", "hughes-2022", "sst:base", "",
        g -> g.add(caseNode, SST.base, text("https://example.org/other/"))));
    d.add(new Defect("CaseFormatVersionShape", "the case is in format version 3", "hughes-2022",
        "sst:formatVersion", "\"3\"", g -> replace(g, caseNode, SST.formatVersion, text("3"))));
    d.add(new Defect("CaseLevelShape", "the case's level of ontology is a scale", "hughes-2022", "sst:level",
        "sst:scale-meso", g -> replace(g, caseNode, SST.level, SstConcepts.scale_meso)));
    d.add(new Defect("CaseLevelShape", "the case is at two levels of ontology", "hughes-2022", "sst:level", "",
        g -> g.add(caseNode, SST.level, SstConcepts.level_general)));

    // every element
    d.add(new Defect("ElementIdentifierShape", "an agent has no id", "alf", "dcterms:identifier", "",
        g -> g.remove(node("alf"), DCTerms.identifier.asNode(), Node.ANY)));
    d.add(new Defect("ElementIriShape", "an agent's id is not the end of its IRI", "alf", "dcterms:identifier",
        "\"alfred\"", g -> replace(g, node("alf"), DCTerms.identifier.asNode(), text("alfred"))));
    d.add(new Defect("ElementLabelShape", "a cycle has no label", "icm-meeting", "rdfs:label", "",
        g -> g.remove(node("icm-meeting"), LABEL, Node.ANY)));
    d.add(new Defect("ElementLabelShape", "an agency's label is blank", "call-for-help", "rdfs:label", "\" \"",
        g -> replace(g, node("call-for-help"), LABEL, text(" "))));
    d.add(new Defect("PlainTextShape", "a label has a language tag", "alf", "rdfs:label", "\"Alf\"@en",
        g -> replace(g, node("alf"), LABEL, NodeFactory.createLiteralLang("Alf", "en"))));
    d.add(new Defect("PlainTextShape", "a quote is an IRI", "ev-lens", "sst:quote", "https://example.org/quote",
        g -> replace(g, node("ev-lens"), SST.quote, NodeFactory.createURI("https://example.org/quote"))));
    d.add(new Defect("IndexShape", "an event has no position", "alf-fall", "sst:index", "",
        g -> g.remove(node("alf-fall"), SST.index, Node.ANY)));
    d.add(new Defect("IndexShape", "an entry's position is negative", "fall-morning/external/0", "sst:index",
        "\"-1\"^^xsd:integer", g -> replace(g, entry("fall-morning", "external", 0), SST.index,
            NodeFactory.createLiteralDT("-1", XSDDatatype.XSDinteger))));
    d.add(new Defect("ScaleValueShape", "a scale is not from the scale code list", "alf", "sst:scale",
        "sst:effect-both", g -> replace(g, node("alf"), SST.scale, SstConcepts.effect_both)));
    d.add(new Defect("CodeShape", "a code is not a concept of a codebook", "ic-policy", "sst:code",
        "ic/no-such-concept", g -> g.add(node("ic-policy"), SST.code, node("ic/no-such-concept"))));
    d.add(new Defect("CodebookConceptShape", "a codebook concept has no label", "ic/health-social",
        "skos:prefLabel", "", g -> g.remove(node("ic/health-social"), SKOS.prefLabel.asNode(), Node.ANY)));
    d.add(new Defect("ConceptDefinitionShape", "a codebook concept has two definitions", "ic/health-social",
        "skos:definition", "", g -> {
          g.add(node("ic/health-social"), SKOS.definition.asNode(), text("Health and social care together."));
          g.add(node("ic/health-social"), SKOS.definition.asNode(), text("One service for both."));
        }));
    d.add(new Defect("ConceptDefinitionShape", "a codebook concept's definition is blank", "ic/health-social",
        "skos:definition", "\"  \"",
        g -> g.add(node("ic/health-social"), SKOS.definition.asNode(), text("  "))));
    d.add(new Defect("PlainTextShape", "a definition has a language tag", "ic/health-social", "skos:definition",
        "\"One service\"@en", g -> g.add(node("ic/health-social"), SKOS.definition.asNode(),
            NodeFactory.createLiteralLang("One service", "en"))));

    // agents and position-practices
    d.add(new Defect("AgentTypedShape", "an individual agent is not typed sst:Agent", "alf", "rdf:type", "",
        g -> g.remove(node("alf"), TYPE, SST.Agent)));
    d.add(new Defect("AgentTypeShape", "an agent's type is not from its code list", "alf", "sst:agentType",
        "sst:agent-team", g -> replace(g, node("alf"), SST.agentType, NodeFactory.createURI(SST.NS + "agent-team"))));
    d.add(new Defect("MemberOfShape", "an agent is a member of an individual", "alf", "sst:memberOf", "matron",
        g -> g.add(node("alf"), SST.memberOf, node("matron"))));
    d.add(new Defect("OccupiedByShape", "a position-practice is occupied by a structure", "alf-at-home",
        "sst:occupiedBy", "stairs", g -> g.add(node("alf-at-home"), SST.occupiedBy, node("stairs"))));
    d.add(new Defect("RelationShape", "a position-practice relation goes nowhere", "case-manager/relation/0",
        "sst:relationTo", "", g -> g.remove(node("case-manager/relation/0"), SST.relationTo, Node.ANY)));
    d.add(new Defect("RelationTypeShape", "a relation's type is a scale", "icm-liaison/relation/1",
        "sst:relationType", "sst:scale-macro",
        g -> replace(g, node("icm-liaison/relation/1"), SST.relationType, SstConcepts.scale_macro)));
    d.add(new Defect("RelationTypeShape", "a relation of two types", "icm-liaison/relation/1",
        "sst:relationType", "", g -> g.add(node("icm-liaison/relation/1"), SST.relationType, SstConcepts.relation_informs)));
    d.add(new Defect("RelationOtherLabelShape", "a relation of type other has no label", "case-manager/relation/0",
        "rdfs:label", ANY_VALUE, g -> {
          replace(g, node("case-manager/relation/0"), SST.relationType, SstConcepts.relation_other);
          g.remove(node("case-manager/relation/0"), LABEL, Node.ANY);
        }));
    d.add(new Defect("RelationOtherLabelShape", "a relation of no type has no label", "case-manager/relation/0",
        "rdfs:label", ANY_VALUE, g -> {
          g.remove(node("case-manager/relation/0"), LABEL, Node.ANY);
          g.remove(node("case-manager/relation/0"), SST.relationType, Node.ANY);
        }));
    d.add(new Defect("RelationLabelShape", "a relation's label is blank", "icm-liaison/relation/1", "rdfs:label",
        "\" \"", g -> replace(g, node("icm-liaison/relation/1"), LABEL, text(" "))));
    d.add(new Defect("StrengthShape", "a relation's strength is an effect", "family-carer/relation/0",
        "sst:strength", "sst:effect-both", g -> g.add(node("family-carer/relation/0"), SST.strength, SstConcepts.effect_both)));
    d.add(new Defect("TrustShape", "a relation's trust is a scale", "family-carer/relation/0", "sst:trust",
        "sst:scale-macro", g -> replace(g, node("family-carer/relation/0"), SST.trust, SstConcepts.scale_macro)));

    // structures
    d.add(new Defect("StructureTypedShape", "a material resource is not typed sst:Structure", "glasses",
        "rdf:type", "", g -> g.remove(node("glasses"), TYPE, SST.Structure)));
    d.add(new Defect("StructureFormShape", "a structure that is not internal has no form", "risk-tool", "sst:form",
        "risk-tool", g -> g.remove(node("risk-tool"), SST.form, Node.ANY)));
    d.add(new Defect("StructureFormValueShape", "a structure has a form from another code list", "risk-tool",
        "sst:form", "sst:effect-both", g -> replace(g, node("risk-tool"), SST.form, SstConcepts.effect_both)));
    d.add(new Defect("InternalHolderShape", "an internal structure is held by no one",
        "professional-values", "sst:internalTo", "",
        g -> g.remove(node("professional-values"), SST.internalTo, Node.ANY)));
    d.add(new Defect("InternalHolderShape", "an external structure has a kind", "risk-tool", "sst:internalTo", "",
        g -> g.add(node("risk-tool"), SST.kind, SstConcepts.kind_conjuncturally_specific)));
    d.add(new Defect("InternalKindShape", "an internal structure has no kind", "alf-independence", "sst:kind", "",
        g -> g.remove(node("alf-independence"), SST.kind, Node.ANY)));
    d.add(new Defect("InternalFormShape", "a material resource is held as an internal structure",
        "glasses", "sst:form", "sst:form-material-resource", g -> g.add(node("glasses"), SST.internalTo,
            node("alf"))));
    d.add(new Defect("InternalFormShape", "an internal structure has the form of a rule or resource",
        "professional-values", "sst:form", "sst:form-model-of-care",
        g -> g.add(node("professional-values"), SST.form, SstConcepts.concept(StructureForm.MODEL_OF_CARE))));
    d.add(new Defect("AboutShape", "an internal structure is about evidence", "officials-know-budgets", "sst:about",
        "ev-lens", g -> g.add(node("officials-know-budgets"), SST.about, node("ev-lens"))));
    d.add(new Defect("MaterialOfShape", "a material resource belongs to a policy", "glasses", "sst:materialOf",
        "ic-policy", g -> replace(g, node("glasses"), SST.materialOf, node("ic-policy"))));
    d.add(new Defect("MaterialOfFormShape", "a technology names whose it is", "risk-tool", "sst:form",
        "sst:form-technology", g -> g.add(node("risk-tool"), SST.materialOf, node("alf"))));

    // cycles: agents
    d.add(new Defect("CycleAgentInFocusShape", "a cycle has no agent-in-focus", "icm-meeting",
        "sst:agentInFocus", "", g -> g.remove(node("icm-meeting"), SST.agentInFocus, Node.ANY)));
    d.add(new Defect("CycleAgentInFocusShape", "a cycle has two agents-in-focus", "icm-meeting",
        "sst:agentInFocus", "", g -> g.add(node("icm-meeting"), SST.agentInFocus, node("alf"))));
    d.add(new Defect("AgentInFocusIsAgentShape", "the agent-in-focus is a position-practice", "icm-meeting",
        "sst:agentInFocus", "case-manager", g -> replace(g, node("icm-meeting"), SST.agentInFocus,
            node("case-manager"))));
    d.add(new Defect("AgentInContextShape", "an agent-in-context is a technology", "icm-meeting",
        "sst:agentInContext", "risk-tool", g -> g.add(node("icm-meeting"), SST.agentInContext, node("risk-tool"))));
    d.add(new Defect("AgentInContextNotInFocusShape", "the agent-in-focus is also an agent-in-context",
        "icm-meeting", "sst:agentInContext", "icm-team",
        g -> g.add(node("icm-meeting"), SST.agentInContext, node("icm-team"))));

    // cycles: place, time, order
    d.add(new Defect("CycleSiteShape", "a cycle has no site", "fall-morning", "sst:site", "",
        g -> g.remove(node("fall-morning"), SST.site, Node.ANY)));
    d.add(new Defect("CycleTimeShape", "a cycle's time is not ISO 8601", "fall-morning", "sst:time",
        "\"last spring\"", g -> g.add(node("fall-morning"), SST.time, text("last spring"))));
    d.add(new Defect("CycleFollowsShape", "a cycle follows an agent", "fall-morning", "sst:follows", "alf",
        g -> g.add(node("fall-morning"), SST.follows, node("alf"))));
    d.add(new Defect("CycleFollowsLoopShape", "cycles follow each other in a loop", "partnership-strategy",
        "sst:follows", ANY_VALUE, g -> g.add(node("partnership-strategy"), SST.follows, node("fall-morning"))));
    d.add(new Defect("CycleFollowsLoopShape", "a cycle follows itself", "fall-morning", "sst:follows",
        "fall-morning", g -> g.add(node("fall-morning"), SST.follows, node("fall-morning"))));
    d.add(new Defect("CyclePositionPracticeShape", "a cycle has two position-practices", "fall-morning",
        "sst:positionPractice", "", g -> g.add(node("fall-morning"), SST.positionPractice, node("case-manager"))));

    // cycles: the four components
    d.add(new Defect("CycleExternalShape", "a cycle's last external entry is removed", "partnership-strategy",
        "sst:qualifiedExternal", "", g -> removeRole(g, "partnership-strategy", "external")));
    d.add(new Defect("CycleAgencyShape", "a cycle's last agency is removed", "fall-morning", "sst:hasActiveAgency",
        "", g -> g.remove(node("fall-morning"), SST.hasActiveAgency, Node.ANY)));
    d.add(new Defect("CycleOutcomeShape", "a cycle's last outcome is removed", "fall-morning",
        "sst:qualifiedOutcome", "", g -> removeRole(g, "fall-morning", "outcome")));
    d.add(new Defect("CycleInternalShape", "a cycle names no internal structures", "bcf-planning",
        "sst:qualifiedInternal", "", g -> {
          removeRole(g, "bcf-planning", "internal");
          // and the role claims of evidence about those entries (ev-lens: the lens in financial planning)
          for (Node claim : List.copyOf(G.listPO(g, SST.cycle, node("bcf-planning")))) {
            g.remove(claim, Node.ANY, Node.ANY);
            g.remove(Node.ANY, SST.supportsRole, claim);
          }
        }));
    d.add(new Defect("ExternalRoleShape", "an agent is in a cycle's external role", "icm-meeting",
        "sst:hasExternalStructure", "gp", g -> addRole(g, "icm-meeting", "external", 10, "gp")));
    d.add(new Defect("MaterialRoleShape", "a technology is in a cycle's material role", "alf-daily-life",
        "sst:hasMaterialCondition", "risk-tool", g -> addRole(g, "alf-daily-life", "material", 6, "risk-tool")));
    d.add(new Defect("InternalRoleShape", "an external structure is in a cycle's internal role", "icm-meeting",
        "sst:hasInternalStructure", "risk-tool", g -> addRole(g, "icm-meeting", "internal", 4, "risk-tool")));
    d.add(new Defect("InternalRoleHolderShape", "another agent's internal structure is in a cycle's internal role",
        "icm-meeting", "sst:hasInternalStructure", "officials-know-budgets",
        g -> addRole(g, "icm-meeting", "internal", 4, "officials-know-budgets")));
    d.add(new Defect("InternalRoleHolderShape", "an agent-in-context's internal structure is in the internal role",
        "fall-morning", "sst:hasInternalStructure", "professional-values",
        g -> {
          g.add(node("fall-morning"), SST.agentInContext, node("icm-team"));
          addRole(g, "fall-morning", "internal", 2, "professional-values");
        }));
    d.add(new Defect("ExternalOwnInternalShape", "the agent-in-focus's internal structure is external",
        "alf-daily-life", "sst:hasExternalStructure", "alf-bricolage", g -> {
          // alf-bricolage moves from the internal role to the external role
          Node entry = entryOf(g, "alf-daily-life", SST.qualifiedInternal, "alf-bricolage");
          g.remove(node("alf-daily-life"), SST.qualifiedInternal, entry);
          g.remove(node("alf-daily-life"), SST.hasInternalStructure, node("alf-bricolage"));
          g.remove(node("alf-bricolage"), SST.informs, Node.ANY);
          g.remove(node("arrange-support"), SST.drawsOn, node("alf-bricolage"));
          addRole(g, "alf-daily-life", "external", 7, "alf-bricolage");
        }));
    d.add(new Defect("InternalRoleHolderShape",
        "a member draws on its collective's internal structure without sst:drawsOnCollective",
        "partnership-strategy", "sst:hasInternalStructure", "officials-know-budgets", g -> {
          g.add(node("partnership-leaders"), SST.memberOf, node("bcf-officials"));
          addRole(g, "partnership-strategy", "internal", 2, "officials-know-budgets");
        }));
    d.add(new Defect("ExternalOwnInternalShape",
        "an internal structure of a collective the cycle draws on is external",
        "partnership-strategy", "sst:hasExternalStructure", "officials-know-budgets", g -> {
          g.add(node("partnership-leaders"), SST.memberOf, node("bcf-officials"));
          g.add(node("partnership-strategy"), SST.drawsOnCollective, node("bcf-officials"));
          addRole(g, "partnership-strategy", "external", 20, "officials-know-budgets");
        }));
    d.add(new Defect("DrawsOnCollectiveShape", "a cycle draws on a collective its agent-in-focus is not a member of",
        "partnership-strategy", "sst:drawsOnCollective", "bcf-officials",
        g -> g.add(node("partnership-strategy"), SST.drawsOnCollective, node("bcf-officials"))));
    d.add(new Defect("DrawsOnCollectiveShape", "a cycle draws on an individual agent", "fall-morning",
        "sst:drawsOnCollective", "matron", g -> g.add(node("fall-morning"), SST.drawsOnCollective, node("matron"))));
    d.add(new Defect("ExternalContextInternalShape", "an internal structure of an agent not in context is external",
        "icm-meeting", "sst:hasExternalStructure", "officials-know-budgets",
        g -> addRole(g, "icm-meeting", "external", 10, "officials-know-budgets")));
    d.add(new Defect("OutcomeRoleShape", "an agent is an outcome", "fall-morning", "sst:hasOutcome", "alf",
        g -> addRole(g, "fall-morning", "outcome", 9, "alf")));
    d.add(new Defect("RoleOnceShape", "a material resource is listed twice", "fall-morning", "sst:entity",
        "glasses", g -> addRole(g, "fall-morning", "material", 8, "glasses")));
    d.add(new Defect("RoleOnceShape", "a structure is both external and internal", "icm-meeting", "sst:entity",
        "risk-tool", g -> addRole(g, "icm-meeting", "internal", 4, "risk-tool")));
    d.add(new Defect("RoleTriplesAgreeShape", "a plain role triple is missing", "icm-meeting",
        "sst:hasExternalStructure", "risk-tool",
        g -> g.remove(node("icm-meeting"), SST.hasExternalStructure, node("risk-tool"))));
    d.add(new Defect("RoleTriplesAgreeShape", "a qualified entry is missing", "fall-morning", "sst:hasOutcome",
        "alf-at-home", g -> g.remove(node("fall-morning"), SST.qualifiedOutcome, Node.ANY)));

    // role entries and their qualifiers
    d.add(new Defect("EntryEntityShape", "an outcome entry names no element", "fall-morning/outcome/0",
        "sst:entity", "", g -> g.remove(entry("fall-morning", "outcome", 0), SST.entity, Node.ANY)));
    d.add(new Defect("EntryInCycleShape", "an outcome entry belongs to no cycle", "fall-morning/outcome/0",
        "^(sst:qualifiedExternal|sst:qualifiedMaterial|sst:qualifiedInternal|sst:qualifiedOutcome)", "",
        g -> g.remove(node("fall-morning"), SST.qualifiedOutcome, Node.ANY)));
    d.add(new Defect("EffectValueShape", "an effect is a concept of another scheme", "fall-morning/external/0",
        "sst:effect", "sst:force-irresistible-force",
        g -> replace(g, entry("fall-morning", "external", 0), SST.effect, SstConcepts.force_irresistible_force)));
    d.add(new Defect("EffectValueShape", "an effect is a word, not a concept", "fall-morning/external/0",
        "sst:effect", "\"enables\"", g -> replace(g, entry("fall-morning", "external", 0), SST.effect,
            text("enables"))));
    d.add(new Defect("ForceValueShape", "a force is a concept of another scheme", "fall-morning/external/4",
        "sst:force", "sst:effect-both", g -> replace(g, entry("fall-morning", "external", 4), SST.force,
            SstConcepts.effect_both)));
    d.add(new Defect("AvailableValueShape", "availability is the word no", "fall-morning/external/0",
        "sst:available", "\"no\"", g -> replace(g, entry("fall-morning", "external", 0), SST.available,
            text("no"))));
    d.add(new Defect("ChangeValueShape", "a change is a concept of another scheme", "fall-morning/outcome/0",
        "sst:change", "sst:term-short", g -> replace(g, entry("fall-morning", "outcome", 0), SST.change,
            SstConcepts.term_short)));
    d.add(new Defect("TermValueShape", "a term is a concept of another scheme", "fall-morning/outcome/0",
        "sst:term", "sst:change-event", g -> replace(g, entry("fall-morning", "outcome", 0), SST.term,
            SstConcepts.change_event)));
    d.add(new Defect("IntendedValueShape", "intended is the word no", "fall-morning/outcome/0", "sst:intended",
        "\"no\"", g -> replace(g, entry("fall-morning", "outcome", 0), SST.intended, text("no"))));
    d.add(new Defect("ForceOnlyOnConditionsShape", "an outcome entry has a force", "fall-morning/outcome/0",
        "sst:force", "", g -> g.add(entry("fall-morning", "outcome", 0), SST.force,
            SstConcepts.force_independent_influence)));
    d.add(new Defect("ForceOnlyOnConditionsShape", "a structure has a force of its own", "risk-tool",
        "sst:force", "", g -> g.add(node("risk-tool"), SST.force, SstConcepts.force_irresistible_force)));
    d.add(new Defect("EffectOnlyOnConditionsShape", "a structure has an effect of its own", "risk-tool",
        "sst:effect", "", g -> g.add(node("risk-tool"), SST.effect, SstConcepts.effect_both)));
    d.add(new Defect("AvailableOnlyOnConditionsShape", "an outcome entry is unavailable", "fall-morning/outcome/0",
        "sst:available", "", g -> g.add(entry("fall-morning", "outcome", 0), SST.available,
            NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean))));
    d.add(new Defect("AvailableOnlyOnConditionsShape", "a structure itself is unavailable", "glasses",
        "sst:available", "", g -> g.add(node("glasses"), SST.available,
            NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean))));
    d.add(new Defect("OutcomeQualifiersOnlyOnOutcomesShape", "an external entry has a change",
        "fall-morning/external/4", "sst:change|sst:term|sst:intended|sst:producedBy", "",
        g -> g.add(entry("fall-morning", "external", 4), SST.change, SstConcepts.change_reproduced)));
    d.add(new Defect("OutcomeChangeShape", "an event is reproduced", "fall-morning/outcome/0", "sst:change",
        "sst:change-reproduced", g -> replace(g, entry("fall-morning", "outcome", 0), SST.change,
            SstConcepts.change_reproduced)));
    d.add(new Defect("OutcomeChangeShape", "a structure is an event", "icm-meeting/outcome/0", "sst:change",
        "sst:change-event", g -> replace(g, entry("icm-meeting", "outcome", 0), SST.change, SstConcepts.change_event)));
    d.add(new Defect("ProducedByShape", "an outcome is produced by another cycle's agency", "fall-morning/outcome/0",
        "sst:producedBy", "case-manage", g -> g.add(entry("fall-morning", "outcome", 0), SST.producedBy,
            node("case-manage"))));

    d.add(new Defect("RealisedValueShape", "realised is the word no", "fall-morning/outcome/0", "sst:realised",
        "\"no\"", g -> replace(g, entry("fall-morning", "outcome", 0), SST.realised, text("no"))));
    d.add(new Defect("IntendedByAgentShape", "an outcome is intended by a structure", "fall-morning/outcome/0",
        "sst:intendedBy", "risk-tool", g -> {
          replace(g, entry("fall-morning", "outcome", 0), SST.realised, unrealised());
          g.add(entry("fall-morning", "outcome", 0), SST.intendedBy, node("risk-tool"));
        }));
    d.add(new Defect("RealisedOnlyOnOutcomesShape", "an external entry is marked unrealised",
        "fall-morning/external/4", "sst:realised|sst:intendedBy|sst:instead", "",
        g -> g.add(entry("fall-morning", "external", 4), SST.realised, unrealised())));
    d.add(new Defect("UnrealisedOutcomeShape", "a realised outcome says what happened instead",
        "fall-morning/outcome/0", "sst:instead", "emergency-admission",
        g -> g.add(entry("fall-morning", "outcome", 0), SST.instead, node("emergency-admission"))));
    d.add(new Defect("UnrealisedOutcomeShape", "what happened instead is a structure no outcome realises",
        "fall-morning/outcome/1", "sst:instead", "risk-tool", g -> {
          replace(g, entry("fall-morning", "outcome", 1), SST.realised, unrealised());
          g.add(entry("fall-morning", "outcome", 1), SST.instead, node("risk-tool"));
        }));
    d.add(new Defect("UnrealisedOutcomeShape", "an outcome happened instead of itself", "fall-morning/outcome/1",
        "sst:instead", "emergency-call", g -> {
          replace(g, entry("fall-morning", "outcome", 1), SST.realised, unrealised());
          g.add(entry("fall-morning", "outcome", 1), SST.instead, node("emergency-call"));
        }));
    d.add(new Defect("UnrealisedNoProducesShape", "an outcome that did not happen is produced",
        "fall-morning/outcome/0", "sst:produces", "move-in-kitchen",
        g -> replace(g, entry("fall-morning", "outcome", 0), SST.realised, unrealised())));
    // active agency
    d.add(new Defect("AgencyInCycleShape", "an agency belongs to no cycle", "call-for-help", "sst:inCycle", "",
        g -> g.remove(node("call-for-help"), SST.inCycle, Node.ANY)));
    d.add(new Defect("AgencyListedByCycleShape", "two cycles list one agency", "call-for-help",
        "^sst:hasActiveAgency", "icm-meeting", g -> g.add(node("icm-meeting"), SST.hasActiveAgency,
            node("call-for-help"))));
    d.add(new Defect("ReflexivityValueShape", "reflexivity is a word, not a concept", "call-for-help",
        "sst:reflexivity", "\"strategic\"", g -> replace(g, node("call-for-help"), SST.reflexivity,
            text("strategic"))));
    d.add(new Defect("AgencyLinksShape", "an agency draws on another cycle's internal structure", "call-for-help",
        "sst:drawsOn", "professional-values",
        g -> g.add(node("call-for-help"), SST.drawsOn, node("professional-values"))));
    d.add(new Defect("AgencyLinksShape", "an agency is conditioned by another cycle's condition", "call-for-help",
        "sst:conditionedBy", "risk-tool", g -> g.add(node("call-for-help"), SST.conditionedBy, node("risk-tool"))));

    // the chain of structuration
    d.add(new Defect("UnavailableNoConditionsShape", "an unavailable resource conditions the agency",
        "fall-morning/material/1", "sst:conditions", "call-for-help", g -> {
          g.remove(node("glasses"), SST.absentFor, node("call-for-help"));
          g.add(node("glasses"), SST.conditions, node("call-for-help"));
        }));
    d.add(new Defect("UnavailableNoConditionsShape", "an unavailable internal structure informs the agency",
        "fall-morning/internal/0", "sst:informs", "move-in-kitchen",
        g -> replace(g, entry("fall-morning", "internal", 0), SST.available,
            NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean))));
    d.add(new Defect("UnavailableNoConditionsShape",
        "an earlier cycle's outcome of an unavailable condition conditions the agency", "fall-morning/external/2",
        "sst:conditions", "call-for-help", g -> {
          // alf-on-caseload, as the ICM meeting produced it, was not there on the morning of the fall.
          Node produced = entryOf(g, "icm-meeting", SST.qualifiedOutcome, "alf-on-caseload");
          assertTrue(g.contains(produced, SST.absentFor, node("call-for-help")));
          g.remove(produced, SST.absentFor, node("call-for-help"));
          g.add(produced, SST.conditions, node("call-for-help"));
        }));
    d.add(new Defect("ChainStepsMatchLinksShape", "a conditions step that the agency does not list", "risk-tool",
        "sst:conditions", "call-for-help", g -> g.add(node("risk-tool"), SST.conditions, node("call-for-help"))));
    d.add(new Defect("ChainStepsMatchLinksShape", "an absentFor step that the agency does not list", "glasses",
        "sst:absentFor", "move-in-kitchen", g -> g.add(node("glasses"), SST.absentFor, node("move-in-kitchen"))));
    d.add(new Defect("ChainStepsMatchLinksShape", "an outcome entry conditions an agency that does not list it",
        "icm-meeting/outcome/0", "sst:conditions", "use-services",
        g -> g.add(entryOf(g, "icm-meeting", SST.qualifiedOutcome, "caseload"), SST.conditions,
            node("use-services"))));
    d.add(new Defect("ChainStepsMatchLinksShape", "a produces step reaches the element, not the outcome entry",
        "move-in-kitchen", "sst:produces", "alf-fall", g -> {
          g.remove(node("move-in-kitchen"), SST.produces, entry("fall-morning", "outcome", 0));
          g.add(node("move-in-kitchen"), SST.produces, node("alf-fall"));
        }));
    d.add(new Defect("ChainStepsMatchLinksShape",
        "an outcome entry leads into the agency of a cycle that its producing cycle follows",
        "bcf-planning/outcome/6", "sst:chainStep", "standardise-icm", g -> {
          // ic-policy as the BCF planning reproduced it, back into the partnership strategy that came before:
          // standardise-icm does list ic-policy, so only the order in time is wrong.
          Node produced = entryOf(g, "bcf-planning", SST.qualifiedOutcome, "ic-policy");
          assertEquals(entry("bcf-planning", "outcome", 6), produced);
          assertTrue(g.contains(node("standardise-icm"), SST.conditionedBy, node("ic-policy")));
          g.add(produced, SST.conditions, node("standardise-icm"));
          g.add(produced, SST.chainStep, node("standardise-icm"));
        }));
    d.add(new Defect("ChainStepsMatchLinksShape", "an enactedIn step to another position-practice",
        "call-for-help", "sst:enactedIn", "case-manager",
        g -> g.add(node("call-for-help"), SST.enactedIn, node("case-manager"))));
    d.add(new Defect("ChainStepsPresentShape", "a conditions step is missing", "call-for-help", "sst:conditions",
        "wall-phone", g -> g.remove(node("wall-phone"), SST.conditions, node("call-for-help"))));
    d.add(new Defect("ChainStepsPresentShape", "an informs step is missing", "move-in-kitchen", "sst:informs",
        "alf-independence", g -> g.remove(node("alf-independence"), SST.informs, node("move-in-kitchen"))));
    d.add(new Defect("ChainStepsPresentShape", "an absentFor step is missing", "call-for-help", "sst:absentFor",
        "glasses", g -> g.remove(node("glasses"), SST.absentFor, node("call-for-help"))));
    d.add(new Defect("ChainStepsPresentShape", "a produces step is missing", "move-in-kitchen", "sst:produces",
        "fall-morning/outcome/0", g -> g.remove(node("move-in-kitchen"), SST.produces, Node.ANY)));

    d.add(new Defect("PositionPracticeChangeShape", "a position-practice outcome is an event",
        "fall-morning/outcome/0", "sst:change", "sst:change-event",
        g -> replace(g, node("fall-morning/outcome/0"), SST.entity, node("alf-at-home"))));

    // who acts, brackets, resisting forces
    d.add(new Defect("AgencyActorShape", "an agency's actor is a structure", "call-for-help", "sst:actor",
        "wall-phone", g -> replace(g, node("call-for-help"), SST.actor, node("wall-phone"))));
    d.add(new Defect("CycleBracketShape", "a cycle's bracket is a scale", "icm-meeting", "sst:bracket",
        "sst:scale-macro", g -> g.add(node("icm-meeting"), SST.bracket, SstConcepts.scale_macro)));
    d.add(new Defect("CycleBracketShape", "a cycle in two brackets", "icm-meeting", "sst:bracket", "",
        g -> {
          g.add(node("icm-meeting"), SST.bracket, SstConcepts.bracket_conduct);
          g.add(node("icm-meeting"), SST.bracket, SstConcepts.bracket_context);
        }));
    d.add(new Defect("PositionPracticeOccupiedShape", "the agent-in-focus does not occupy the position-practice",
        "fall-morning", "sst:positionPractice", "alf-at-home",
        g -> g.remove(node("alf-at-home"), SST.occupiedBy, node("alf"))));
    d.add(new Defect("PositionPracticeOccupiedShape", "no member of a collective occupies its position-practice",
        "icm-meeting", "sst:positionPractice", "icm-team-work",
        g -> replace(g, node("icm-team-work"), SST.occupiedBy, node("alf"))));
    d.add(new Defect("MembersNotInContextShape", "a member of the collective agent-in-focus is in its context",
        "icm-meeting", "sst:agentInContext", "matron", g -> g.add(node("icm-meeting"), SST.agentInContext,
            node("matron"))));
    d.add(new Defect("LackingValueShape", "a lacking is not from its code list", "bcf-planning/external/0",
        "sst:lacking", "sst:effect-both",
        g -> g.add(entry("bcf-planning", "external", 0), SST.lacking, SstConcepts.effect_both)));
    d.add(new Defect("ResistanceOnlyOnIrresistibleForceShape", "an independent influence with a lacking",
        "partnership-strategy/external/0", "sst:force", ANY_VALUE,
        g -> g.add(entry("partnership-strategy", "external", 0), SST.lacking, SstConcepts.lacking_power)));
    d.add(new Defect("ResistanceOnlyOnIrresistibleForceShape", "an entry of no force with sacrifices",
        "icm-meeting/external/0", "sst:force", ANY_VALUE, g -> {
          Node list = NodeFactory.createBlankNode();
          g.add(entry("icm-meeting", "external", 0), SST.sacrifices, list);
          g.add(list, RDF.first.asNode(), text("keeping the caseload small"));
          g.add(list, RDF.rest.asNode(), RDF.nil.asNode());
        }));
    d.add(new Defect("IrresistibleForceConcernsShape", "an irresistible force where the agency has no concerns",
        "fall-morning/external/4", "sst:force", "sst:force-irresistible-force", g -> {
          replace(g, entry("fall-morning", "external", 4), SST.force, SstConcepts.force_irresistible_force);
          g.remove(node("call-for-help"), SST.concerns, Node.ANY);
          g.remove(node("move-in-kitchen"), SST.concerns, Node.ANY);
        }));

    // sources and evidence
    d.add(new Defect("SourceTypeShape", "a source has no type", "paper", "sst:sourceType", "",
        g -> g.remove(node("paper"), SST.sourceType, Node.ANY)));
    d.add(new Defect("EvidenceSourceShape", "evidence has no source", "ev-lens", ALTERNATIVE_SOURCE, "",
        g -> g.remove(node("ev-lens"), SST.Prov.wasDerivedFrom, Node.ANY)));
    d.add(new Defect("EvidenceKindShape", "evidence of two kinds", "ev-lens", "sst:evidenceKind", "",
        g -> g.add(node("ev-lens"), SST.evidenceKind, SstConcepts.evidence_analyst)));
    d.add(new Defect("FieldEvidenceQuotedShape", "a composite narrative with no quote", "ev-team-meets", "", "",
        g -> g.remove(node("ev-team-meets"), SST.quote, Node.ANY)));
    d.add(new Defect("ClassificationByAnalystShape", "a cycle attributed to an agent of the case", "icm-meeting",
        "prov:wasAttributedTo", "alf", g -> g.add(node("icm-meeting"), SST.Prov.wasAttributedTo, node("alf"))));
    d.add(new Defect("CycleByOneAnalystShape", "a cycle attributed to two analysts", "icm-meeting",
        "prov:wasAttributedTo", "", g -> {
          g.add(node("second-analyst"), RDF.type.asNode(), SST.Analyst);
          g.add(node("icm-meeting"), SST.Prov.wasAttributedTo, node("sst-examples"));
          g.add(node("icm-meeting"), SST.Prov.wasAttributedTo, node("second-analyst"));
        }));
    d.add(new Defect("AuthorNameShape", "an author has no name", "hughes-2022/author/0", "rdfs:label", "",
        g -> g.remove(NodeFactory.createURI("urn:sst:case:hughes-2022/author/0"), RDFS.label.asNode(), Node.ANY)));
    d.add(new Defect("EvidenceQuoteOrNoteShape", "evidence has neither quote nor note", "ev-councillors", "", "",
        g -> {
          g.remove(node("ev-councillors"), SST.quote, Node.ANY);
          g.remove(node("ev-councillors"), SST.note, Node.ANY);
        }));
    d.add(new Defect("EvidenceQuoteOrNoteShape", "evidence has only a blank quote", "ev-lens", "", "",
        g -> replace(g, node("ev-lens"), SST.quote, text(" \n"))));
    d.add(new Defect("EvidenceAnalystShape", "evidence is classified by an agent of the case", "ev-lens",
        ALTERNATIVE_ANALYST, "alf", g -> g.add(node("ev-lens"), SST.Prov.wasAttributedTo, node("alf"))));
    d.add(new Defect("EvidenceSupportsShape", "evidence supports a source", "ev-lens", "sst:supports", "paper",
        g -> g.add(node("ev-lens"), SST.supports, node("paper"))));
    d.add(new Defect("RoleClaimShape", "a role claim names no cycle",
        "ev-material-resources/claim/fall-morning/glasses", "sst:cycle", "",
        g -> g.remove(node("ev-material-resources/claim/fall-morning/glasses"), SST.cycle, Node.ANY)));
    d.add(new Defect("RoleClaimPlaysRoleShape", "a role claim about an element with no role in the cycle",
        "ev-material-resources/claim/fall-morning/glasses", "sst:entity", "risk-tool",
        g -> replace(g, node("ev-material-resources/claim/fall-morning/glasses"), SST.entity, node("risk-tool"))));
    return d;
  }

  @TestFactory
  Stream<DynamicTest> eachShapeCatchesItsDefect() {
    return defects().stream().map(d -> DynamicTest.dynamicTest(d.toString(), () -> {
      Graph g = reference();
      d.inject().accept(g);
      ShapeReport report = SstShapes.validate(g);
      String shape = "sstsh:" + d.shape();
      ShapeProblem problem = report.problems().stream()
          .filter(p -> p.shape().equals(shape) && p.focus().equals(d.focus()))
          .findFirst()
          .orElseGet(() -> fail(shape + " did not report '" + d.focus() + "' for " + d.what() + ":\n" + report));
      Node shapeNode = NodeFactory.createURI(SstShapes.NS + d.shape());
      assertEquals(literal(shapeNode, LABEL), problem.rule(), "rule");
      assertEquals(literal(shapeNode, SHACL.message), problem.message(), "message");
      assertEquals(severity(shapeNode), problem.severity(), "severity");
      assertEquals(d.path(), problem.path(), () -> "path of " + problem);
      if (d.value() != null) {
        assertEquals(d.value(), problem.value(), () -> "value of " + problem);
      }
      assertEquals(problem.severity() != Severity.VIOLATION, report.conforms(), report::toString);
    }));
  }

  @Test
  void everyShapeHasADefectThatShowsItWorks() {
    Set<String> tested = defects().stream().map(Defect::shape).collect(Collectors.toCollection(TreeSet::new));
    Set<String> named = namedShapes().stream().map(n -> n.getURI().substring(SstShapes.NS.length()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(named, tested);
    assertTrue(named.size() >= 70, "shapes: " + named.size());
  }

  // ---------------------------------------------------------------------------------------------- the report

  @Test
  void missingAgentInFocusReadsAsTheRuleInSstTerms() {
    Graph g = reference();
    g.remove(node("icm-meeting"), SST.agentInFocus, Node.ANY);
    ShapeReport report = SstShapes.validate(g);
    ShapeProblem p = only(report, "sstsh:CycleAgentInFocusShape");
    assertEquals("icm-meeting", p.focus());
    assertEquals("The ICM team considers new referrals and manages its caseload", p.label());
    assertEquals("one agent-in-focus per cycle", p.rule());
    assertEquals("cycle 'icm-meeting'", p.where());
    assertEquals(Severity.VIOLATION, p.severity());
    assertTrue(p.message().startsWith("A cycle needs exactly one agent-in-focus: the agent whose conduct the "
        + "cycle analyses"), p.message());
    assertTrue(p.toString().startsWith("cycle 'icm-meeting' (The ICM team considers new referrals and manages its "
        + "caseload): one agent-in-focus per cycle: A cycle needs exactly one agent-in-focus"), p.toString());
    assertTrue(p.toString().endsWith(" [sst:agentInFocus]"), p.toString());
    assertFalse(report.conforms());
    assertTrue(report.toString().startsWith("does not conform"), report.toString());
  }

  @Test
  void theReportGivesItsProblemsAsTheProblemsOfEverySstException() {
    Graph g = reference();
    g.remove(node("icm-meeting"), SST.agentInFocus, Node.ANY);
    ShapeReport report = SstShapes.validate(g);

    List<Problem> problems = report.asProblems();

    assertEquals(report.problems().size(), problems.size());
    Problem p = problems.get(report.problems().indexOf(only(report, "sstsh:CycleAgentInFocusShape")));
    assertEquals("icm-meeting", p.elementId());
    assertEquals("", p.path());
    assertEquals(Optional.empty(), p.file());
    assertEquals(only(report, "sstsh:CycleAgentInFocusShape").toString(), p.toString());
    assertTrue(p.inFile("case.ttl").toString().startsWith("case.ttl: cycle 'icm-meeting' (The ICM team"),
        p.inFile("case.ttl").toString());
  }

  @Test
  void entryProblemsNameTheCycleAndTheElement() {
    Graph g = reference();
    g.add(entry("fall-morning", "outcome", 0), SST.force, SstConcepts.force_independent_influence);
    ShapeProblem p = only(SstShapes.validate(g), "sstsh:ForceOnlyOnConditionsShape");
    assertEquals("fall-morning/outcome/0", p.focus());
    assertEquals("cycle 'fall-morning', outcome entry for 'alf-fall'", p.where());
    assertEquals("Alf falls in his kitchen early one morning and hits his head", p.label());
    assertEquals("force only on external and material entries", p.rule());
    assertTrue(p.toString().startsWith("cycle 'fall-morning', outcome entry for 'alf-fall' (Alf falls in his "
        + "kitchen early one morning and hits his head): force only on external and material entries: "),
        p.toString());
  }

  @Test
  void aMemberDrawsOnItsCollectivesInternalStructureWhereTheCycleSaysSo() {
    Graph g = reference();
    g.add(node("partnership-leaders"), SST.memberOf, node("bcf-officials"));
    addRole(g, "partnership-strategy", "internal", 2, "officials-know-budgets");
    assertFalse(SstShapes.validate(g).conforms());
    g.add(node("partnership-strategy"), SST.drawsOnCollective, node("bcf-officials"));
    ShapeReport report = SstShapes.validate(g);
    assertTrue(report.problems().stream().noneMatch(p -> p.shape().equals("sstsh:InternalRoleHolderShape")
        || p.shape().equals("sstsh:DrawsOnCollectiveShape")), report::toString);
  }

  @Test
  void anInternalStructureSharedByTheAgentInFocusMayBeInItsInternalRole() {
    Graph g = reference();
    g.add(node("officials-know-budgets"), SST.internalTo, node("partnership-leaders"));
    addRole(g, "partnership-strategy", "internal", 2, "officials-know-budgets");
    ShapeReport report = SstShapes.validate(g);
    assertTrue(report.problems().stream().noneMatch(p -> p.shape().equals("sstsh:InternalRoleHolderShape")
        || p.shape().equals("sstsh:InternalHolderShape")), report::toString);
  }

  @Test
  void internalStructureOfAnotherAgentIsNamedWithItsValue() {
    Graph g = reference();
    addRole(g, "icm-meeting", "internal", 4, "officials-know-budgets");
    ShapeProblem p = only(SstShapes.validate(g), "sstsh:InternalRoleHolderShape");
    assertEquals("officials-know-budgets", p.value());
    assertTrue(p.toString().endsWith(" [sst:hasInternalStructure officials-know-budgets]"), p.toString());
    assertTrue(p.message().contains("agent-in-focus"), p.message());
  }

  @Test
  void elementsOfOtherNamedShapesAreDescribedByKind() {
    Graph g = reference();
    g.remove(node("case-manager/relation/0"), SST.relationTo, Node.ANY);
    g.remove(node("ic/health-social"), SKOS.prefLabel.asNode(), Node.ANY);
    g.remove(node("ev-material-resources/claim/fall-morning/glasses"), SST.cycle, Node.ANY);
    g.remove(NodeFactory.createURI(GraphNames.caseIri("hughes-2022")), DCTerms.title.asNode(), Node.ANY);
    g.remove(node("glasses"), SST.form, Node.ANY);
    g.remove(node("paper"), SST.sourceType, Node.ANY);
    ShapeReport report = SstShapes.validate(g);
    assertEquals("position-practice 'case-manager', relation 'case-manager/relation/0'",
        only(report, "sstsh:RelationShape").where());
    assertEquals("case-manages (a monthly phone call for a long-standing patient)",
        only(report, "sstsh:RelationShape").label());
    assertEquals("codebook 'ic', concept 'health-social'", only(report, "sstsh:CodebookConceptShape").where());
    assertEquals("evidence 'ev-material-resources', claim 'ev-material-resources/claim/fall-morning/glasses'",
        only(report, "sstsh:RoleClaimShape").where());
    assertEquals("case 'hughes-2022'", only(report, "sstsh:CaseTitleShape").where());
    assertEquals("material resource 'glasses'", only(report, "sstsh:StructureFormShape").where());
    assertEquals("source 'paper'", only(report, "sstsh:SourceTypeShape").where());
  }

  @Test
  void reportTextIsReadableWithoutNodeSyntax() {
    List<ShapeProblem> problems = new ArrayList<>();
    for (Defect d : defects()) {
      Graph g = reference();
      d.inject().accept(g);
      ShapeReport report = SstShapes.validate(g);
      problems.addAll(report.problems());
      assertFalse(report.toString().contains("<http"), report::toString);
    }
    assertTrue(problems.size() > 100, problems::toString);
    for (ShapeProblem p : problems) {
      String text = p.toString();
      assertFalse(text.contains("<http"), text);
      assertFalse(text.contains("<urn:"), text);
      assertFalse(text.contains(base), text);
      assertFalse(text.contains("https://w3id.org/sst#"), text);
      assertFalse(text.contains("^^<"), text);
      assertFalse(text.contains("_:"), text);
      assertFalse(p.rule().isEmpty(), text);
      assertFalse(p.message().isEmpty(), text);
      assertTrue(p.message().endsWith("."), text);
      assertFalse(p.where().isEmpty(), text);
      assertFalse(p.focus().startsWith("http"), text);
    }
  }

  @Test
  void problemsAreOrderedViolationsFirst() {
    Graph g = reference();
    g.remove(node("wall-phone"), SST.conditions, node("call-for-help"));   // a warning
    g.remove(node("fall-morning"), SST.site, Node.ANY);                      // a violation
    List<ShapeProblem> problems = SstShapes.validate(g).problems();
    assertEquals(2, problems.size(), problems::toString);
    assertEquals(Severity.VIOLATION, problems.get(0).severity());
    assertEquals(Severity.WARNING, problems.get(1).severity());
    assertTrue(problems.get(1).toString().startsWith("warning: agency 'call-for-help'"), problems.get(1)::toString);
  }

  @Test
  void warningsAndAdviceDoNotStopConformance() {
    Graph g = reference();
    g.remove(node("wall-phone"), SST.conditions, node("call-for-help"));
    ShapeReport report = SstShapes.validate(g);
    assertTrue(report.conforms(), report::toString);
    assertEquals(List.of(), report.violations());
    assertEquals(1, report.problems().size(), report::toString);
  }

  @Test
  void validationLeavesTheGraphAsItWas() {
    Graph g = reference();
    g.remove(node("icm-meeting"), SST.agentInFocus, Node.ANY);
    Graph before = copy(g);
    SstShapes.validate(g);
    assertEquals(before.size(), g.size());
    assertTrue(before.isIsomorphicWith(g));
  }

  @Test
  void aGraphThatIsNoCaseGetsProblemsWithIrisAsFocus() {
    Graph g = GraphMemFactory.createDefaultGraphSameTerm();
    Node cycle = NodeFactory.createURI("https://example.org/c1");
    g.add(cycle, TYPE, SST.Cycle);
    ShapeReport report = SstShapes.validate(g);
    assertFalse(report.conforms());
    ShapeProblem p = only(report, "sstsh:CycleAgentInFocusShape");
    assertEquals("https://example.org/c1", p.focus());
    assertEquals("cycle 'https://example.org/c1'", p.where());
    assertEquals("", p.label());
  }

  @Test
  void emptyGraphConforms() {
    ShapeReport report = SstShapes.validate(GraphMemFactory.createDefaultGraphSameTerm());
    assertTrue(report.conforms());
    assertEquals(List.of(), report.problems());
  }

  @Test
  void validatesConcurrently() throws Exception {
    Graph g = reference();
    g.remove(node("icm-meeting"), SST.agentInFocus, Node.ANY);
    g.add(entry("fall-morning", "outcome", 0), SST.force, SstConcepts.force_independent_influence);
    ShapeReport expected = SstShapes.validate(g);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ShapeReport>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> SstShapes.validate(g)));
      }
      for (Future<ShapeReport> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> SstShapes.validate((Graph) null));
    assertThrows(NullPointerException.class, () -> SstShapes.validate((Case) null));
  }

  // ---------------------------------------------------------------------------------------------- the shapes

  @Test
  void everyShapeHasARuleAMessageAndASeverity() {
    Set<String> labels = new TreeSet<>();
    for (Node shape : namedShapes()) {
      String label = literal(shape, LABEL);
      assertFalse(label.isBlank(), shape::toString);
      assertTrue(labels.add(label), () -> "two shapes have the rule '" + label + "'");
      String message = literal(shape, SHACL.message);
      assertTrue(message.length() > 60, shape::toString);
      assertTrue(message.endsWith("."), shape::toString);
      assertFalse(message.contains("{"), () -> shape + ": messages are not templates (they would print raw "
          + "node syntax)");
      assertEquals(1, G.listSP(shapes, shape, SHACL.severity).size(), shape::toString);
      assertTrue(G.hasProperty(shapes, shape, SHACL.targetClass) || G.hasProperty(shapes, shape,
          SHACL.targetSubjectsOf), () -> shape + " has no target");
    }
  }

  @Test
  void shapesUseNoService() {
    for (Triple t : shapes.find(Node.ANY, SHACL.select, Node.ANY).toList()) {
      assertFalse(t.getObject().getLiteralLexicalForm().toUpperCase(java.util.Locale.ROOT).contains("SERVICE"),
          t::toString);
    }
    assertTrue(shapes.find(Node.ANY, SHACL.select, Node.ANY).toList().size() >= 10);
  }

  @Test
  void shapesAreACopy() {
    Graph mine = SstShapes.shapes();
    mine.clear();
    assertNotEquals(0, SstShapes.shapes().size());
    Graph g = reference();
    g.remove(node("icm-meeting"), SST.agentInFocus, Node.ANY);
    assertFalse(SstShapes.validate(g).conforms());
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private static Graph reference() {
    return CaseGraphs.toGraph(hughes);
  }

  private static Node node(String id) {
    return NodeFactory.createURI(base + id);
  }

  private static Node entry(String cycle, String role, int index) {
    return node(cycle + "/" + role + "/" + index);
  }

  private static Node unrealised() {
    return NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
  }

  private static Node text(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static void replace(Graph g, Node s, Node p, Node o) {
    assertTrue(g.contains(s, p, Node.ANY), () -> "no " + p + " on " + s + " to replace");
    g.remove(s, p, Node.ANY);
    g.add(s, p, o);
  }

  /**
   * Empties a role of a cycle: the plain triples, the qualified entries, and (for the internal role) the agency's
   * drawsOn links and the informs or absentFor steps that would point into it, from the element itself or from an
   * outcome entry of it.
   */
  private static void removeRole(Graph g, String cycle, String role) {
    Node[] p = ROLES.get(role);
    for (Node entry : G.listSP(g, node(cycle), p[1])) {
      g.remove(entry, Node.ANY, Node.ANY);
    }
    g.remove(node(cycle), p[1], Node.ANY);
    for (Node element : G.listSP(g, node(cycle), p[0])) {
      g.remove(node(cycle), p[0], element);
      if (role.equals("internal")) {
        // The element as some cycle's outcome informs (or is absent for) the agency too.
        List<Node> from = new ArrayList<>(G.listPO(g, SST.entity, element).stream()
            .filter(e -> g.contains(e, TYPE, SST.OutcomeEntry)).toList());
        from.add(element);
        for (Node agency : G.listSP(g, node(cycle), SST.hasActiveAgency)) {
          g.remove(agency, SST.drawsOn, element);
          for (Node f : from) {
            g.remove(f, SST.informs, agency);
            g.remove(f, SST.absentFor, agency);
            g.remove(f, SST.chainStep, agency);
          }
        }
      }
    }
  }

  private static final Map<String, Node[]> ROLES = Map.of(
      "external", new Node[] {SST.hasExternalStructure, SST.qualifiedExternal, SST.ExternalEntry},
      "material", new Node[] {SST.hasMaterialCondition, SST.qualifiedMaterial, SST.MaterialEntry},
      "internal", new Node[] {SST.hasInternalStructure, SST.qualifiedInternal, SST.InternalEntry},
      "outcome", new Node[] {SST.hasOutcome, SST.qualifiedOutcome, SST.OutcomeEntry});

  /** Adds an element to a role of a cycle, as both the plain triple and a qualified entry. */
  private static void addRole(Graph g, String cycle, String role, int index, String element) {
    Node[] p = ROLES.get(role);
    Node entry = entry(cycle, role, index);
    assertFalse(g.contains(entry, Node.ANY, Node.ANY), () -> entry + " exists");
    g.add(node(cycle), p[0], node(element));
    g.add(node(cycle), p[1], entry);
    g.add(entry, TYPE, p[2]);
    g.add(entry, SST.index, NodeFactory.createLiteralDT(Integer.toString(index), XSDDatatype.XSDinteger));
    g.add(entry, SST.entity, node(element));
    if (!role.equals("internal") && !role.equals("outcome")) {
      g.add(entry, SST.available, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    }
  }

  private static Node entryOf(Graph g, String cycle, Node qualified, String element) {
    return G.listSP(g, node(cycle), qualified).stream()
        .filter(e -> g.contains(e, SST.entity, node(element)))
        .findFirst().orElseThrow();
  }

  private static Graph copy(Graph g) {
    Graph copy = GraphMemFactory.createDefaultGraphSameTerm();
    g.find().forEachRemaining(copy::add);
    return copy;
  }

  private static List<Node> namedShapes() {
    List<Node> named = new ArrayList<>();
    for (Node type : List.of(SHACL.NodeShape, SHACL.PropertyShape)) {
      for (Node s : G.listPO(shapes, TYPE, type)) {
        if (s.isURI()) {
          named.add(s);
        }
      }
    }
    return named;
  }

  private static String literal(Node shape, Node property) {
    List<Node> values = G.listSP(shapes, shape, property);
    assertEquals(1, values.size(), () -> shape + " " + property);
    return values.get(0).getLiteralLexicalForm();
  }

  private static Severity severity(Node shape) {
    Node level = G.getOneSP(shapes, shape, SHACL.severity);
    return level.equals(SHACL.Warning) ? Severity.WARNING : level.equals(SHACL.Info) ? Severity.INFO
        : Severity.VIOLATION;
  }

  private static ShapeProblem only(ShapeReport report, String shape) {
    List<ShapeProblem> found = report.problems().stream().filter(p -> p.shape().equals(shape)).toList();
    assertEquals(1, found.size(), () -> shape + " in\n" + report);
    return found.get(0);
  }
}

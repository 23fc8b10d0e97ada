package org.sstlib.rdf;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.sstlib.core.Change;
import org.sstlib.core.chain.StepKind;

/**
 * The {@code sst:} vocabulary ({@value #NS}) as Jena {@link Node}s: every class and property that
 * {@code docs/rdf.md} uses, so that code builds and reads case graphs without spelling an
 * IRI.
 *
 * <p>Classes and properties are named by their local name ({@code SST.Cycle}, {@code SST.agentInFocus}). The
 * code lists (concept schemes, their concepts, and the mapping from the model's code-list values) are in
 * {@link SstConcepts}.
 *
 * <p>Terms of other vocabularies come from Jena's own vocabulary classes ({@link RDF}, {@link RDFS}, {@link XSD},
 * {@link SKOS}, {@link DCTerms}, {@link OA}, {@link ORG}; use {@code .asNode()}); PROV, which Jena lacks, is in
 * {@link Prov}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SST {
  static {
    // Jena's vocabulary classes must not be touched before Jena has initialised itself.
    JenaSystem.init();
  }

  /** The namespace of the vocabulary. */
  public static final String NS = "https://w3id.org/sst#";
  /** The namespace of the integrated-care code lists shipped with the library (prefix {@code ic:}). */
  public static final String IC_NS = "https://w3id.org/sst/ic#";

  private SST() {}

  private static Node uri(String localName) {
    return NodeFactory.createURI(NS + localName);
  }

  // ------------------------------------------------------------------------------------------------ classes

  /** A case: one SST analysis, the resource {@code urn:sst:case:<id>}. */
  public static final Node Case = uri("Case");
  /** One quadripartite cycle of structuration. */
  public static final Node Cycle = uri("Cycle");
  /** A person or a collective. */
  public static final Node Agent = uri("Agent");
  /** An agent who is one person. */
  public static final Node IndividualAgent = uri("IndividualAgent");
  /** An agent that is a collective: an organisation, a team, a partnership. */
  public static final Node CollectiveAgent = uri("CollectiveAgent");
  /** A position-practice. */
  public static final Node PositionPractice = uri("PositionPractice");
  /** A relation from one position-practice to another. */
  public static final Node PositionPracticeRelation = uri("PositionPracticeRelation");
  /** A structure: a rule, resource, text, artefact or disposition. */
  public static final Node Structure = uri("Structure");
  /** A structure that is neither internal to an agent nor material. */
  public static final Node ExternalStructure = uri("ExternalStructure");
  /** A structure internal to an agent. */
  public static final Node InternalStructure = uri("InternalStructure");
  /** An internal structure of the conjuncturally-specific kind. */
  public static final Node ConjuncturallySpecificStructure = uri("ConjuncturallySpecificStructure");
  /** An internal structure of the general-dispositional kind. */
  public static final Node GeneralDispositionalStructure = uri("GeneralDispositionalStructure");
  /** A structure of form material-resource. */
  public static final Node MaterialResource = uri("MaterialResource");
  /** A structure of form embodied-capacity. */
  public static final Node EmbodiedCapacity = uri("EmbodiedCapacity");
  /** Something that happened. */
  public static final Node Event = uri("Event");
  /** Active agency in one cycle. */
  public static final Node ActiveAgency = uri("ActiveAgency");
  /** Where evidence comes from. */
  public static final Node Source = uri("Source");
  /** What grounds a claim. */
  public static final Node Evidence = uri("Evidence");
  /** A claim about the role an element plays in one cycle, supported by evidence. */
  public static final Node RoleClaim = uri("RoleClaim");
  /** A researcher who made an SST analysis: the classifications of a case are theirs. */
  public static final Node Analyst = uri("Analyst");
  /** One of the authors of the study a case analyses: a creator of the publication, not of the classifications. */
  public static final Node Author = uri("Author");
  /** A code list of a case, as a SKOS concept scheme. */
  public static final Node Codebook = uri("Codebook");
  /** A qualified entry of a cycle's external role. */
  public static final Node ExternalEntry = uri("ExternalEntry");
  /** A qualified entry of a cycle's material role. */
  public static final Node MaterialEntry = uri("MaterialEntry");
  /** A qualified entry of a cycle's internal role. */
  public static final Node InternalEntry = uri("InternalEntry");
  /** A qualified entry of a cycle's outcomes. */
  public static final Node OutcomeEntry = uri("OutcomeEntry");

  // ------------------------------------------------------------------------------------------------ case

  /** The DOI of the paper a case comes from. */
  public static final Node doi = uri("doi");
  /** The IRI base of a case's elements, as a string. */
  public static final Node base = uri("base");
  /** The version of the RDF form of a case, {@code "2"} (version 1, written before evidence kinds, still reads). */
  public static final Node formatVersion = uri("formatVersion");
  /** A case continues an earlier case: the outcomes of its cycles may condition this case's agency. */
  public static final Node continues = uri("continues");
  /**
   * Stones' level of ontology of a case's analysis, in-situ, meso or general (not a scale): a concept of
   * {@link SstConcepts#OntologyLevelScheme}.
   */
  public static final Node level = uri("level");

  // ------------------------------------------------------------------------------------------------ elements

  /** The position of an element in its list (from 0), or of an entry, relation or concept in its own. */
  public static final Node index = uri("index");
  /** Macro, meso or micro: a concept of {@link SstConcepts#ScaleScheme}. */
  public static final Node scale = uri("scale");
  /** A concept of one of the case's codebooks that an element is coded with. */
  public static final Node code = uri("code");
  /** Individual or collective: a concept of {@link SstConcepts#AgentTypeScheme}. */
  public static final Node agentType = uri("agentType");
  /** A collective agent an agent belongs to. */
  public static final Node memberOf = uri("memberOf");
  /** An agent who occupies a position-practice. */
  public static final Node occupiedBy = uri("occupiedBy");
  /** The practices of a position-practice, an RDF list of strings. */
  public static final Node practices = uri("practices");
  /** The prerogatives of a position-practice, an RDF list of strings. */
  public static final Node prerogatives = uri("prerogatives");
  /** The obligations of a position-practice, an RDF list of strings. */
  public static final Node obligations = uri("obligations");
  /** A relation of a position-practice, a {@link #PositionPracticeRelation}. */
  public static final Node hasRelation = uri("hasRelation");
  /** The position-practice a relation goes to. */
  public static final Node relationTo = uri("relationTo");
  /**
   * What a relation is, read from its position-practice to the one it goes to: a concept of
   * {@link SstConcepts#RelationTypeScheme}. A relation with none (a version-1 graph) is of type other.
   */
  public static final Node relationType = uri("relationType");
  /** How strong a relation is: a concept of {@link SstConcepts#DegreeScheme}. */
  public static final Node strength = uri("strength");
  /** How much trust a relation carries: a concept of {@link SstConcepts#DegreeScheme}. */
  public static final Node trust = uri("trust");
  /** The form of a structure: a concept of {@link SstConcepts#StructureFormScheme}. */
  public static final Node form = uri("form");
  /** An agent a structure is internal to: one value per holder of a shared internal structure. */
  public static final Node internalTo = uri("internalTo");
  /** The kind of an internal structure: a concept of {@link SstConcepts#InternalKindScheme}. */
  public static final Node kind = uri("kind");
  /** An element an internal structure is about. */
  public static final Node about = uri("about");
  /** The agent whose material resource or embodied capacity a structure is (the case file's {@code of}). */
  public static final Node materialOf = uri("materialOf");

  // ------------------------------------------------------------------------------------------------ cycles

  /** Where a cycle was observed, free text. */
  public static final Node site = uri("site");
  /** When a cycle took place: the date or interval as written. */
  public static final Node time = uri("time");
  /** A cycle that this cycle comes after. */
  public static final Node follows = uri("follows");
  /** The agent-in-focus of a cycle. */
  public static final Node agentInFocus = uri("agentInFocus");
  /** An agent-in-context of a cycle. */
  public static final Node agentInContext = uri("agentInContext");
  /** The position-practice a cycle's agent-in-focus acts from. */
  public static final Node positionPractice = uri("positionPractice");
  /**
   * Stones' methodological bracket of a cycle's analysis, agent's conduct analysis, agent's context analysis or
   * both: a concept of {@link SstConcepts#BracketScheme}.
   */
  public static final Node bracket = uri("bracket");
  /** An element of a cycle's external role (plain form of {@link #qualifiedExternal}). */
  public static final Node hasExternalStructure = uri("hasExternalStructure");
  /** An element of a cycle's material role (plain form of {@link #qualifiedMaterial}). */
  public static final Node hasMaterialCondition = uri("hasMaterialCondition");
  /** An element of a cycle's internal role (plain form of {@link #qualifiedInternal}). */
  public static final Node hasInternalStructure = uri("hasInternalStructure");
  /** A collective, of which the agent-in-focus is a member, whose internal structures a cycle draws on. */
  public static final Node drawsOnCollective = uri("drawsOnCollective");
  /** An agency of a cycle. */
  public static final Node hasActiveAgency = uri("hasActiveAgency");
  /** An element of a cycle's outcomes (plain form of {@link #qualifiedOutcome}). */
  public static final Node hasOutcome = uri("hasOutcome");
  /** A qualified entry of a cycle's external role, an {@link #ExternalEntry}. */
  public static final Node qualifiedExternal = uri("qualifiedExternal");
  /** A qualified entry of a cycle's material role, a {@link #MaterialEntry}. */
  public static final Node qualifiedMaterial = uri("qualifiedMaterial");
  /** A qualified entry of a cycle's internal role, an {@link #InternalEntry}. */
  public static final Node qualifiedInternal = uri("qualifiedInternal");
  /** A qualified entry of a cycle's outcomes, an {@link #OutcomeEntry}. */
  public static final Node qualifiedOutcome = uri("qualifiedOutcome");
  /** The element a qualified entry or a role claim is about. */
  public static final Node entity = uri("entity");
  /** Enables, constrains or both: a concept of {@link SstConcepts#EffectScheme}. */
  public static final Node effect = uri("effect");
  /** Independent influence or irresistible force: a concept of {@link SstConcepts#ForceScheme}. */
  public static final Node force = uri("force");
  /** Whether an external or material entry was there at the moment of action ({@code xsd:boolean}). */
  public static final Node available = uri("available");
  /**
   * The concerns the agent would have had to give up to resist an irresistible force, an RDF list of strings (on an
   * external or material entry).
   */
  public static final Node sacrifices = uri("sacrifices");
  /**
   * What the agent lacked to resist an irresistible force (power, knowledge, critical distance): a concept of
   * {@link SstConcepts#LackingScheme}, one triple per value.
   */
  public static final Node lacking = uri("lacking");
  /** What an outcome did to its structure: a concept of {@link SstConcepts#ChangeScheme}. */
  public static final Node change = uri("change");
  /** Short or long term: a concept of {@link SstConcepts#TermScheme}. */
  public static final Node term = uri("term");
  /** Whether an outcome was intended: a concept of {@link SstConcepts#IntendedScheme}. */
  public static final Node intended = uri("intended");
  /** An agency that produced an outcome entry. */
  public static final Node producedBy = uri("producedBy");
  /** Whether an outcome entry happened ({@code xsd:boolean}); false for an intended outcome that did not. */
  public static final Node realised = uri("realised");
  /** An agent who intended an unrealised outcome entry. */
  public static final Node intendedBy = uri("intendedBy");
  /** An event or realised outcome that happened instead of an unrealised outcome entry. */
  public static final Node instead = uri("instead");

  // ------------------------------------------------------------------------------------------------ agency

  /** The cycle an agency belongs to. */
  public static final Node inCycle = uri("inCycle");
  /** Routine, strategic or critical: a concept of {@link SstConcepts#ReflexivityScheme}. */
  public static final Node reflexivity = uri("reflexivity");
  /** The horizon of action of an agency. */
  public static final Node horizon = uri("horizon");
  /** The ordering of concerns of an agency, an RDF list of strings, most pressing first. */
  public static final Node concerns = uri("concerns");
  /** How far an agency departs from routine. */
  public static final Node creativity = uri("creativity");
  /** An internal structure an agency draws on. */
  public static final Node drawsOn = uri("drawsOn");
  /** An external or material element that conditions an agency. */
  public static final Node conditionedBy = uri("conditionedBy");
  /** An agent who acts in an agency: the agent-in-focus or a member of a collective agent-in-focus. */
  public static final Node actor = uri("actor");

  // ------------------------------------------------------------------------------------------------ chain

  /** One step of the chain of structuration; every chain property is a sub-property of it. */
  public static final Node chainStep = uri("chainStep");
  /** An available external or material element (or a cycle's outcome entry of it) conditions an agency. */
  public static final Node conditions = uri("conditions");
  /** An available internal structure (or a cycle's outcome entry of it) informs an agency that draws on it. */
  public static final Node informs = uri("informs");
  /** An element marked unavailable (or a cycle's outcome entry of it) is absent for an agency: it constrains it. */
  public static final Node absentFor = uri("absentFor");
  /** An agency produces an outcome: the chain step reaches the outcome entry of its cycle. */
  public static final Node produces = uri("produces");
  /** An agency reproduces a structure (sub-property of {@link #produces}). */
  public static final Node reproduces = uri("reproduces");
  /** An agency changes a structure (sub-property of {@link #produces}). */
  public static final Node changes = uri("changes");
  /** An agency creates a structure (sub-property of {@link #produces}). */
  public static final Node creates = uri("creates");
  /** An agency erodes a structure (sub-property of {@link #produces}). */
  public static final Node erodes = uri("erodes");
  /** An agency is enacted in the position-practice of its cycle. */
  public static final Node enactedIn = uri("enactedIn");

  // ------------------------------------------------------------------------------------------------ sources, evidence

  /** An ORCID iD of an author or analyst, as the IRI {@code https://orcid.org/0000-0002-1825-0097}. */
  public static final Node orcid = uri("orcid");
  /** What kind of evidence an item is: a concept of {@link SstConcepts#EvidenceKindScheme}. */
  public static final Node evidenceKind = uri("evidenceKind");
  /** The name of a source's plain text, relative to the case file's folder or a folder of texts. */
  public static final Node text = uri("text");
  /** The type of a source: a concept of {@link SstConcepts#SourceTypeScheme}. */
  public static final Node sourceType = uri("sourceType");
  /** The study's own data category of a source. */
  public static final Node category = uri("category");
  /** The source of evidence. */
  public static final Node source = uri("source");
  /** A verbatim quote, kept exactly as written. */
  public static final Node quote = uri("quote");
  /** The analyst's note on evidence. */
  public static final Node note = uri("note");
  /** Where in its source evidence is: page, paragraph, timestamp. */
  public static final Node locator = uri("locator");
  /** The role of the person quoted. */
  public static final Node speakerRole = uri("speakerRole");
  /** An element that evidence supports. */
  public static final Node supports = uri("supports");
  /** A role claim ({@link #RoleClaim}) that evidence supports. */
  public static final Node supportsRole = uri("supportsRole");
  /** The cycle of a role claim. */
  public static final Node cycle = uri("cycle");

  /** PROV-O terms ({@code http://www.w3.org/ns/prov#}), which Jena has no vocabulary class for. */
  public static final class Prov {
    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";
    /** {@code prov:Agent}: analysts are PROV agents. */
    public static final Node Agent = NodeFactory.createURI(NS + "Agent");
    /** {@code prov:Activity}. */
    public static final Node Activity = NodeFactory.createURI(NS + "Activity");
    /** {@code prov:Entity}. */
    public static final Node Entity = NodeFactory.createURI(NS + "Entity");
    /** {@code prov:wasAttributedTo}: who made a classification (an analysis, a cycle, a role entry, evidence). */
    public static final Node wasAttributedTo = NodeFactory.createURI(NS + "wasAttributedTo");
    /** {@code prov:wasDerivedFrom}: the source an evidence item comes from. */
    public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");

    private Prov() {}
  }

  /** The chain property of a kind of step: {@code sst:conditions}, {@code sst:informs}, ... */
  public static Node chainProperty(StepKind kind) {
    checkNotNull(kind, "kind");
    return switch (kind) {
      case CONDITIONS -> conditions;
      case INFORMS -> informs;
      case ABSENT_FOR -> absentFor;
      case PRODUCES -> produces;
      case ENACTED_IN -> enactedIn;
    };
  }

  /**
   * The sub-property of {@code sst:produces} for an outcome's change ({@code sst:reproduces}, {@code sst:changes},
   * {@code sst:creates}, {@code sst:erodes}); empty for {@link Change#EVENT}.
   */
  public static Optional<Node> producesProperty(Change change) {
    checkNotNull(change, "change");
    return switch (change) {
      case REPRODUCED -> Optional.of(reproduces);
      case CHANGED -> Optional.of(changes);
      case CREATED -> Optional.of(creates);
      case ERODED -> Optional.of(erodes);
      case EVENT -> Optional.empty();
    };
  }

  private static final ImmutableSet<Node> TERMS = collectTerms();

  /**
   * Every term of the {@code sst:} namespace declared here and in {@link SstConcepts} (classes, properties, schemes,
   * concepts), for checks against the ontology.
   */
  public static ImmutableSet<Node> terms() {
    return TERMS;
  }

  private static ImmutableSet<Node> collectTerms() {
    Map<String, Node> terms = new LinkedHashMap<>();
    for (Field field : Iterables.concat(Arrays.asList(SST.class.getDeclaredFields()),
        Arrays.asList(SstConcepts.class.getDeclaredFields()))) {
      if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())
          && field.getType() == Node.class) {
        try {
          Node node = (Node) field.get(null);
          terms.put(node.getURI(), node);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return ImmutableSet.copyOf(terms.values());
  }

  /**
   * The prefixes of case graphs: {@code sst}, {@code ic}, {@code rdf}, {@code rdfs}, {@code xsd}, {@code owl},
   * {@code skos}, {@code dcterms}, {@code prov}, {@code org}, {@code oa}. A new, locked mapping each call.
   */
  public static PrefixMapping prefixes() {
    return PrefixMapping.Factory.create()
        .setNsPrefix("sst", NS)
        .setNsPrefix("ic", IC_NS)
        .setNsPrefix("rdf", RDF.getURI())
        .setNsPrefix("rdfs", RDFS.getURI())
        .setNsPrefix("xsd", XSD.NS)
        .setNsPrefix("owl", OWL.NS)
        .setNsPrefix("skos", SKOS.uri)
        .setNsPrefix("dcterms", DCTerms.NS)
        .setNsPrefix("prov", Prov.NS)
        .setNsPrefix("org", ORG.NS)
        .setNsPrefix("oa", OA.NS)
        .lock();
  }
}

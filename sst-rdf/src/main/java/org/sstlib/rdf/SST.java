package org.sstlib.rdf;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
import org.sstlib.core.RelationType;
import org.sstlib.core.Degree;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Scale;
import org.sstlib.core.SourceType;
import org.sstlib.core.StructureForm;
import org.sstlib.core.Term;
import org.sstlib.core.chain.StepKind;

/**
 * The {@code sst:} vocabulary ({@value #NS}) as Jena {@link Node}s: every class, property, concept scheme and
 * code-list concept that {@code docs/rdf.md} uses, so that code builds and reads case graphs without spelling an
 * IRI.
 *
 * <p>Classes and properties are named by their local name ({@code SST.Cycle}, {@code SST.agentInFocus}); a
 * code-list concept by its local name with hyphens as underscores ({@code SST.form_contract_or_target} is
 * {@code sst:form-contract-or-target}). Code-list values of the model map to their concepts and back:
 *
 * <pre>{@code
 * Node technology = SST.concept(StructureForm.TECHNOLOGY);          // sst:form-technology
 * Optional<StructureForm> form = SST.value(StructureForm.class, technology);   // TECHNOLOGY
 * Node scheme = SST.scheme(StructureForm.class);                    // sst:StructureFormScheme
 * }</pre>
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

  /**
   * The code lists: for each code-list type, the prefix of its concepts' local names and its scheme. Declared
   * before the concept constants, which are made from it.
   */
  private static final ImmutableMap<Class<? extends CodeListValue>, String> LIST_PREFIX =
      ImmutableMap.<Class<? extends CodeListValue>, String>builder()
          .put(Scale.class, "scale")
          .put(AgentType.class, "agent")
          .put(StructureForm.class, "form")
          .put(InternalKind.class, "kind")
          .put(Effect.class, "effect")
          .put(Force.class, "force")
          .put(Reflexivity.class, "reflexivity")
          .put(Change.class, "change")
          .put(Term.class, "term")
          .put(Intended.class, "intended")
          .put(SourceType.class, "source")
          .put(EvidenceKind.class, "evidence")
          .put(OntologyLevel.class, "level")
          .put(Bracket.class, "bracket")
          .put(Lacking.class, "lacking")
          .put(RelationType.class, "relation")
          .put(Degree.class, "degree")
          .buildOrThrow();

  private static final ImmutableMap<CodeListValue, Node> CONCEPTS;
  private static final ImmutableMap<Node, CodeListValue> VALUES;

  static {
    ImmutableMap.Builder<CodeListValue, Node> concepts = ImmutableMap.builder();
    ImmutableMap.Builder<Node, CodeListValue> values = ImmutableMap.builder();
    LIST_PREFIX.forEach((type, prefix) -> {
      for (CodeListValue value : type.getEnumConstants()) {
        Node node = uri(prefix + "-" + value.code());
        concepts.put(value, node);
        values.put(node, value);
      }
    });
    CONCEPTS = concepts.buildOrThrow();
    VALUES = values.buildOrThrow();
  }

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

  // ------------------------------------------------------------------------------------------------ schemes

  /** The concept scheme of {@link Scale}. */
  public static final Node ScaleScheme = uri("ScaleScheme");
  /** The concept scheme of {@link AgentType}. */
  public static final Node AgentTypeScheme = uri("AgentTypeScheme");
  /** The concept scheme of {@link StructureForm}. */
  public static final Node StructureFormScheme = uri("StructureFormScheme");
  /** The concept scheme of {@link InternalKind}. */
  public static final Node InternalKindScheme = uri("InternalKindScheme");
  /** The concept scheme of {@link Effect}. */
  public static final Node EffectScheme = uri("EffectScheme");
  /** The concept scheme of {@link Force}. */
  public static final Node ForceScheme = uri("ForceScheme");
  /** The concept scheme of {@link Reflexivity}. */
  public static final Node ReflexivityScheme = uri("ReflexivityScheme");
  /** The concept scheme of {@link Change}. */
  public static final Node ChangeScheme = uri("ChangeScheme");
  /** The concept scheme of {@link Term}. */
  public static final Node TermScheme = uri("TermScheme");
  /** The concept scheme of {@link Intended}. */
  public static final Node IntendedScheme = uri("IntendedScheme");
  /** The concept scheme of {@link SourceType}. */
  public static final Node SourceTypeScheme = uri("SourceTypeScheme");
  /** The concept scheme of {@link EvidenceKind}. */
  public static final Node EvidenceKindScheme = uri("EvidenceKindScheme");
  /** The concept scheme of {@link OntologyLevel}. */
  public static final Node OntologyLevelScheme = uri("OntologyLevelScheme");
  /** The concept scheme of {@link Bracket}. */
  public static final Node BracketScheme = uri("BracketScheme");
  /** The concept scheme of {@link Lacking}. */
  public static final Node LackingScheme = uri("LackingScheme");
  /** The concept scheme of {@link RelationType}. */
  public static final Node RelationTypeScheme = uri("RelationTypeScheme");
  /** The concept scheme of {@link Degree}: the strength and trust of a relation. */
  public static final Node DegreeScheme = uri("DegreeScheme");

  private static final ImmutableMap<Class<? extends CodeListValue>, Node> SCHEMES =
      ImmutableMap.<Class<? extends CodeListValue>, Node>builder()
          .put(Scale.class, ScaleScheme)
          .put(AgentType.class, AgentTypeScheme)
          .put(StructureForm.class, StructureFormScheme)
          .put(InternalKind.class, InternalKindScheme)
          .put(Effect.class, EffectScheme)
          .put(Force.class, ForceScheme)
          .put(Reflexivity.class, ReflexivityScheme)
          .put(Change.class, ChangeScheme)
          .put(Term.class, TermScheme)
          .put(Intended.class, IntendedScheme)
          .put(SourceType.class, SourceTypeScheme)
          .put(EvidenceKind.class, EvidenceKindScheme)
          .put(OntologyLevel.class, OntologyLevelScheme)
          .put(Bracket.class, BracketScheme)
          .put(Lacking.class, LackingScheme)
          .put(RelationType.class, RelationTypeScheme)
          .put(Degree.class, DegreeScheme)
          .buildOrThrow();

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
   * {@link #OntologyLevelScheme}.
   */
  public static final Node level = uri("level");

  // ------------------------------------------------------------------------------------------------ elements

  /** The position of an element in its list (from 0), or of an entry, relation or concept in its own. */
  public static final Node index = uri("index");
  /** Macro, meso or micro: a concept of {@link #ScaleScheme}. */
  public static final Node scale = uri("scale");
  /** A concept of one of the case's codebooks that an element is coded with. */
  public static final Node code = uri("code");
  /** Individual or collective: a concept of {@link #AgentTypeScheme}. */
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
   * {@link #RelationTypeScheme}. A relation with none (a version-1 graph) is of type other.
   */
  public static final Node relationType = uri("relationType");
  /** How strong a relation is: a concept of {@link #DegreeScheme}. */
  public static final Node strength = uri("strength");
  /** How much trust a relation carries: a concept of {@link #DegreeScheme}. */
  public static final Node trust = uri("trust");
  /** The form of a structure: a concept of {@link #StructureFormScheme}. */
  public static final Node form = uri("form");
  /** An agent a structure is internal to: one value per holder of a shared internal structure. */
  public static final Node internalTo = uri("internalTo");
  /** The kind of an internal structure: a concept of {@link #InternalKindScheme}. */
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
   * both: a concept of {@link #BracketScheme}.
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
  /** Enables, constrains or both: a concept of {@link #EffectScheme}. */
  public static final Node effect = uri("effect");
  /** Independent influence or irresistible force: a concept of {@link #ForceScheme}. */
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
   * {@link #LackingScheme}, one triple per value.
   */
  public static final Node lacking = uri("lacking");
  /** What an outcome did to its structure: a concept of {@link #ChangeScheme}. */
  public static final Node change = uri("change");
  /** Short or long term: a concept of {@link #TermScheme}. */
  public static final Node term = uri("term");
  /** Whether an outcome was intended: a concept of {@link #IntendedScheme}. */
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
  /** Routine, strategic or critical: a concept of {@link #ReflexivityScheme}. */
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
  /** What kind of evidence an item is: a concept of {@link #EvidenceKindScheme}. */
  public static final Node evidenceKind = uri("evidenceKind");
  /** The name of a source's plain text, relative to the case file's folder or a folder of texts. */
  public static final Node text = uri("text");
  /** The type of a source: a concept of {@link #SourceTypeScheme}. */
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

  // ------------------------------------------------------------------------------------------------ concepts

  /** {@code sst:scale-macro}, the concept of {@link Scale#MACRO}. */
  public static final Node scale_macro = concept(Scale.MACRO);
  /** {@code sst:scale-meso}, the concept of {@link Scale#MESO}. */
  public static final Node scale_meso = concept(Scale.MESO);
  /** {@code sst:scale-micro}, the concept of {@link Scale#MICRO}. */
  public static final Node scale_micro = concept(Scale.MICRO);

  /** {@code sst:agent-individual}, the concept of {@link AgentType#INDIVIDUAL}. */
  public static final Node agent_individual = concept(AgentType.INDIVIDUAL);
  /** {@code sst:agent-collective}, the concept of {@link AgentType#COLLECTIVE}. */
  public static final Node agent_collective = concept(AgentType.COLLECTIVE);

  /** {@code sst:form-policy}, the concept of {@link StructureForm#POLICY}. */
  public static final Node form_policy = concept(StructureForm.POLICY);
  /** {@code sst:form-legislation}, the concept of {@link StructureForm#LEGISLATION}. */
  public static final Node form_legislation = concept(StructureForm.LEGISLATION);
  /** {@code sst:form-strategy}, the concept of {@link StructureForm#STRATEGY}. */
  public static final Node form_strategy = concept(StructureForm.STRATEGY);
  /** {@code sst:form-funding}, the concept of {@link StructureForm#FUNDING}. */
  public static final Node form_funding = concept(StructureForm.FUNDING);
  /** {@code sst:form-contract-or-target}, the concept of {@link StructureForm#CONTRACT_OR_TARGET}. */
  public static final Node form_contract_or_target = concept(StructureForm.CONTRACT_OR_TARGET);
  /** {@code sst:form-model-of-care}, the concept of {@link StructureForm#MODEL_OF_CARE}. */
  public static final Node form_model_of_care = concept(StructureForm.MODEL_OF_CARE);
  /** {@code sst:form-organisational-arrangement}, the concept of {@link StructureForm#ORGANISATIONAL_ARRANGEMENT}. */
  public static final Node form_organisational_arrangement = concept(StructureForm.ORGANISATIONAL_ARRANGEMENT);
  /** {@code sst:form-artefact}, the concept of {@link StructureForm#ARTEFACT}. */
  public static final Node form_artefact = concept(StructureForm.ARTEFACT);
  /** {@code sst:form-technology}, the concept of {@link StructureForm#TECHNOLOGY}. */
  public static final Node form_technology = concept(StructureForm.TECHNOLOGY);
  /** {@code sst:form-social-network}, the concept of {@link StructureForm#SOCIAL_NETWORK}. */
  public static final Node form_social_network = concept(StructureForm.SOCIAL_NETWORK);
  /** {@code sst:form-material-resource}, the concept of {@link StructureForm#MATERIAL_RESOURCE}. */
  public static final Node form_material_resource = concept(StructureForm.MATERIAL_RESOURCE);
  /** {@code sst:form-embodied-capacity}, the concept of {@link StructureForm#EMBODIED_CAPACITY}. */
  public static final Node form_embodied_capacity = concept(StructureForm.EMBODIED_CAPACITY);
  /** {@code sst:form-other}, the concept of {@link StructureForm#OTHER}. */
  public static final Node form_other = concept(StructureForm.OTHER);

  /** {@code sst:kind-conjuncturally-specific}, the concept of {@link InternalKind#CONJUNCTURALLY_SPECIFIC}. */
  public static final Node kind_conjuncturally_specific = concept(InternalKind.CONJUNCTURALLY_SPECIFIC);
  /** {@code sst:kind-general-dispositional}, the concept of {@link InternalKind#GENERAL_DISPOSITIONAL}. */
  public static final Node kind_general_dispositional = concept(InternalKind.GENERAL_DISPOSITIONAL);

  /** {@code sst:effect-enables}, the concept of {@link Effect#ENABLES}. */
  public static final Node effect_enables = concept(Effect.ENABLES);
  /** {@code sst:effect-constrains}, the concept of {@link Effect#CONSTRAINS}. */
  public static final Node effect_constrains = concept(Effect.CONSTRAINS);
  /** {@code sst:effect-both}, the concept of {@link Effect#BOTH}. */
  public static final Node effect_both = concept(Effect.BOTH);

  /** {@code sst:force-independent-influence}, the concept of {@link Force#INDEPENDENT_INFLUENCE}. */
  public static final Node force_independent_influence = concept(Force.INDEPENDENT_INFLUENCE);
  /** {@code sst:force-irresistible-force}, the concept of {@link Force#IRRESISTIBLE_FORCE}. */
  public static final Node force_irresistible_force = concept(Force.IRRESISTIBLE_FORCE);

  /** {@code sst:reflexivity-routine}, the concept of {@link Reflexivity#ROUTINE}. */
  public static final Node reflexivity_routine = concept(Reflexivity.ROUTINE);
  /** {@code sst:reflexivity-strategic}, the concept of {@link Reflexivity#STRATEGIC}. */
  public static final Node reflexivity_strategic = concept(Reflexivity.STRATEGIC);
  /** {@code sst:reflexivity-critical}, the concept of {@link Reflexivity#CRITICAL}. */
  public static final Node reflexivity_critical = concept(Reflexivity.CRITICAL);

  /** {@code sst:change-reproduced}, the concept of {@link Change#REPRODUCED}. */
  public static final Node change_reproduced = concept(Change.REPRODUCED);
  /** {@code sst:change-changed}, the concept of {@link Change#CHANGED}. */
  public static final Node change_changed = concept(Change.CHANGED);
  /** {@code sst:change-created}, the concept of {@link Change#CREATED}. */
  public static final Node change_created = concept(Change.CREATED);
  /** {@code sst:change-eroded}, the concept of {@link Change#ERODED}. */
  public static final Node change_eroded = concept(Change.ERODED);
  /** {@code sst:change-event}, the concept of {@link Change#EVENT}. */
  public static final Node change_event = concept(Change.EVENT);

  /** {@code sst:term-short}, the concept of {@link Term#SHORT}. */
  public static final Node term_short = concept(Term.SHORT);
  /** {@code sst:term-long}, the concept of {@link Term#LONG}. */
  public static final Node term_long = concept(Term.LONG);

  /** {@code sst:intended-yes}, the concept of {@link Intended#YES}. */
  public static final Node intended_yes = concept(Intended.YES);
  /** {@code sst:intended-no}, the concept of {@link Intended#NO}. */
  public static final Node intended_no = concept(Intended.NO);
  /** {@code sst:intended-unknown}, the concept of {@link Intended#UNKNOWN}. */
  public static final Node intended_unknown = concept(Intended.UNKNOWN);

  /** {@code sst:source-interview}, the concept of {@link SourceType#INTERVIEW}. */
  public static final Node source_interview = concept(SourceType.INTERVIEW);
  /** {@code sst:source-fieldnotes}, the concept of {@link SourceType#FIELDNOTES}. */
  public static final Node source_fieldnotes = concept(SourceType.FIELDNOTES);
  /** {@code sst:source-document}, the concept of {@link SourceType#DOCUMENT}. */
  public static final Node source_document = concept(SourceType.DOCUMENT);
  /** {@code sst:source-observation}, the concept of {@link SourceType#OBSERVATION}. */
  public static final Node source_observation = concept(SourceType.OBSERVATION);
  /** {@code sst:source-policy}, the concept of {@link SourceType#POLICY}. */
  public static final Node source_policy = concept(SourceType.POLICY);
  /** {@code sst:source-publication}, the concept of {@link SourceType#PUBLICATION}. */
  public static final Node source_publication = concept(SourceType.PUBLICATION);
  /** {@code sst:source-other}, the concept of {@link SourceType#OTHER}. */
  public static final Node source_other = concept(SourceType.OTHER);

  /** {@code sst:evidence-participant}, the concept of {@link EvidenceKind#PARTICIPANT}. */
  public static final Node evidence_participant = concept(EvidenceKind.PARTICIPANT);
  /** {@code sst:evidence-fieldnote}, the concept of {@link EvidenceKind#FIELDNOTE}. */
  public static final Node evidence_fieldnote = concept(EvidenceKind.FIELDNOTE);
  /** {@code sst:evidence-document}, the concept of {@link EvidenceKind#DOCUMENT}. */
  public static final Node evidence_document = concept(EvidenceKind.DOCUMENT);
  /** {@code sst:evidence-composite}, the concept of {@link EvidenceKind#COMPOSITE}. */
  public static final Node evidence_composite = concept(EvidenceKind.COMPOSITE);
  /** {@code sst:evidence-author}, the concept of {@link EvidenceKind#AUTHOR}. */
  public static final Node evidence_author = concept(EvidenceKind.AUTHOR);
  /** {@code sst:evidence-analyst}, the concept of {@link EvidenceKind#ANALYST}. */
  public static final Node evidence_analyst = concept(EvidenceKind.ANALYST);

  /** {@code sst:level-in-situ}, the concept of {@link OntologyLevel#IN_SITU}. */
  public static final Node level_in_situ = concept(OntologyLevel.IN_SITU);
  /** {@code sst:level-meso}, the concept of {@link OntologyLevel#MESO}. */
  public static final Node level_meso = concept(OntologyLevel.MESO);
  /** {@code sst:level-general}, the concept of {@link OntologyLevel#GENERAL}. */
  public static final Node level_general = concept(OntologyLevel.GENERAL);

  /** {@code sst:bracket-conduct}, the concept of {@link Bracket#CONDUCT}. */
  public static final Node bracket_conduct = concept(Bracket.CONDUCT);
  /** {@code sst:bracket-context}, the concept of {@link Bracket#CONTEXT}. */
  public static final Node bracket_context = concept(Bracket.CONTEXT);
  /** {@code sst:bracket-both}, the concept of {@link Bracket#BOTH}. */
  public static final Node bracket_both = concept(Bracket.BOTH);

  /** {@code sst:lacking-power}, the concept of {@link Lacking#POWER}. */
  public static final Node lacking_power = concept(Lacking.POWER);
  /** {@code sst:lacking-knowledge}, the concept of {@link Lacking#KNOWLEDGE}. */
  public static final Node lacking_knowledge = concept(Lacking.KNOWLEDGE);
  /** {@code sst:lacking-critical-distance}, the concept of {@link Lacking#CRITICAL_DISTANCE}. */
  public static final Node lacking_critical_distance = concept(Lacking.CRITICAL_DISTANCE);

  /** {@code sst:relation-accountable-to}, the concept of {@link RelationType#ACCOUNTABLE_TO}. */
  public static final Node relation_accountable_to = concept(RelationType.ACCOUNTABLE_TO);
  /** {@code sst:relation-manages}, the concept of {@link RelationType#MANAGES}. */
  public static final Node relation_manages = concept(RelationType.MANAGES);
  /** {@code sst:relation-refers-to}, the concept of {@link RelationType#REFERS_TO}. */
  public static final Node relation_refers_to = concept(RelationType.REFERS_TO);
  /** {@code sst:relation-cares-for}, the concept of {@link RelationType#CARES_FOR}. */
  public static final Node relation_cares_for = concept(RelationType.CARES_FOR);
  /** {@code sst:relation-supports}, the concept of {@link RelationType#SUPPORTS}. */
  public static final Node relation_supports = concept(RelationType.SUPPORTS);
  /** {@code sst:relation-funds}, the concept of {@link RelationType#FUNDS}. */
  public static final Node relation_funds = concept(RelationType.FUNDS);
  /** {@code sst:relation-contracts-with}, the concept of {@link RelationType#CONTRACTS_WITH}. */
  public static final Node relation_contracts_with = concept(RelationType.CONTRACTS_WITH);
  /** {@code sst:relation-informs}, the concept of {@link RelationType#INFORMS}. */
  public static final Node relation_informs = concept(RelationType.INFORMS);
  /** {@code sst:relation-other}, the concept of {@link RelationType#OTHER}. */
  public static final Node relation_other = concept(RelationType.OTHER);

  /** {@code sst:degree-low}, the concept of {@link Degree#LOW}. */
  public static final Node degree_low = concept(Degree.LOW);
  /** {@code sst:degree-medium}, the concept of {@link Degree#MEDIUM}. */
  public static final Node degree_medium = concept(Degree.MEDIUM);
  /** {@code sst:degree-high}, the concept of {@link Degree#HIGH}. */
  public static final Node degree_high = concept(Degree.HIGH);

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

  // ------------------------------------------------------------------------------------------------ lookups

  /**
   * The concept of a code-list value: {@code sst:<list>-<code>}, for example {@code sst:form-technology} for
   * {@link StructureForm#TECHNOLOGY}. The same node for the same value (cached).
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is of a code list the vocabulary does not know
   */
  public static Node concept(CodeListValue value) {
    checkNotNull(value, "value");
    Node node = CONCEPTS.get(value);
    checkArgument(node != null, "%s is not a value of a code list of the sst vocabulary", value);
    return node;
  }

  /**
   * The value of {@code type} whose concept is {@code concept}, if any; empty for a concept of another scheme or
   * any other node.
   *
   * <pre>{@code
   * SST.value(Effect.class, SST.effect_both);      // Optional[BOTH]
   * SST.value(Effect.class, SST.force_irresistible_force);   // Optional.empty
   * }</pre>
   */
  public static <E extends Enum<E> & CodeListValue> Optional<E> value(Class<E> type, Node concept) {
    checkNotNull(type, "type");
    CodeListValue value = concept == null ? null : VALUES.get(concept);
    return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
  }

  /** The code-list value whose concept is {@code concept}, of whichever list, if any. */
  public static Optional<CodeListValue> value(Node concept) {
    return Optional.ofNullable(concept == null ? null : VALUES.get(concept));
  }

  /**
   * The concept scheme of a code list, for example {@code sst:StructureFormScheme} for {@link StructureForm}.
   *
   * @throws IllegalArgumentException if the vocabulary has no scheme for {@code type}
   */
  public static Node scheme(Class<? extends CodeListValue> type) {
    checkNotNull(type, "type");
    Node node = SCHEMES.get(type);
    checkArgument(node != null, "%s is not a code list of the sst vocabulary", type.getName());
    return node;
  }

  /** Every code list of the vocabulary, in the order of {@code docs/rdf.md}, with its scheme. */
  public static ImmutableMap<Class<? extends CodeListValue>, Node> schemes() {
    return SCHEMES;
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
   * Every term of the {@code sst:} namespace declared here (classes, properties, schemes, concepts), for checks
   * against the ontology.
   */
  public static ImmutableSet<Node> terms() {
    return TERMS;
  }

  private static ImmutableSet<Node> collectTerms() {
    Map<String, Node> terms = new LinkedHashMap<>();
    for (Field field : SST.class.getDeclaredFields()) {
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

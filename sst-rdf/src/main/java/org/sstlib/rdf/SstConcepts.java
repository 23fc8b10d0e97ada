package org.sstlib.rdf;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.sstlib.core.AgentType;
import org.sstlib.core.Bracket;
import org.sstlib.core.Change;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Degree;
import org.sstlib.core.Effect;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Lacking;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.RelationType;
import org.sstlib.core.Scale;
import org.sstlib.core.SourceType;
import org.sstlib.core.StructureForm;
import org.sstlib.core.Term;

/**
 * The code lists of the {@code sst:} vocabulary as Jena {@link Node}s: each list's SKOS concept scheme, each
 * value's concept, and the mapping between the model's code-list values and those concepts. The classes and
 * properties are in {@link SST}.
 *
 * <p>A concept is named by its local name with hyphens as underscores ({@code SstConcepts.form_contract_or_target}
 * is {@code sst:form-contract-or-target}). Code-list values of the model map to their concepts and back:
 *
 * <pre>{@code
 * Node technology = SstConcepts.concept(StructureForm.TECHNOLOGY);          // sst:form-technology
 * Optional<StructureForm> form = SstConcepts.value(StructureForm.class, technology);   // TECHNOLOGY
 * Node scheme = SstConcepts.scheme(StructureForm.class);                    // sst:StructureFormScheme
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SstConcepts {

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
   * SstConcepts.value(Effect.class, SstConcepts.effect_both);      // Optional[BOTH]
   * SstConcepts.value(Effect.class, SstConcepts.force_irresistible_force);   // Optional.empty
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

  private SstConcepts() {}

  private static Node uri(String localName) {
    return NodeFactory.createURI(SST.NS + localName);
  }
}

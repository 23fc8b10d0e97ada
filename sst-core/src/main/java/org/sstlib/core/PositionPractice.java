package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * A position-practice: a social position together with the practices, prerogatives and obligations that go with
 * it, and its relations to other position-practices (Stones 2005). Alf's life at home and the community matron's
 * caseload role are position-practices.
 *
 * <pre>{@code
 * PositionPractice home = PositionPractice.builder("alf-at-home", "Alf living alone at home")
 *     .occupiedBy("alf")
 *     .practices("managing his own medication")
 *     .relation("case-manager", "is case-managed by")
 *     .build();
 * PositionPractice carer = PositionPractice.builder("family-carer", "Alf's daughter as his carer")
 *     .relation("alf-at-home", RelationType.SUPPORTS, "checks on him most mornings", Degree.HIGH, Degree.HIGH)
 *     .build();
 * }</pre>
 *
 * @param occupiedBy ids of the agents who occupy this position
 * @param relations relations to other position-practices
 */
public record PositionPractice(
    String id,
    String label,
    Optional<String> description,
    Optional<Scale> scale,
    ImmutableList<String> codes,
    ImmutableList<String> occupiedBy,
    ImmutableList<String> practices,
    ImmutableList<String> prerogatives,
    ImmutableList<String> obligations,
    ImmutableList<Relation> relations) implements Element {

  /** Checks that no component is null and copies the lists; {@link #builder} is the usual way to make one. */
  public PositionPractice {
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    checkNotNull(description, "description");
    checkNotNull(scale, "scale");
    codes = ElementBuilder.copy(codes, "codes");
    occupiedBy = ElementBuilder.copy(occupiedBy, "occupiedBy");
    practices = ElementBuilder.copy(practices, "practices");
    prerogatives = ElementBuilder.copy(prerogatives, "prerogatives");
    obligations = ElementBuilder.copy(obligations, "obligations");
    relations = ImmutableList.copyOf(checkNotNull(relations, "relations"));
  }

  @Override
  public String typeName() {
    return "position-practice";
  }

  /**
   * A relation from this position-practice to another. It reads from this one to {@link #to()}: the family carer's
   * position-practice {@link RelationType#SUPPORTS supports} Alf's life at home. A relation of type
   * {@link RelationType#OTHER other} says what it is in its label (a case checks that it has one).
   *
   * <pre>{@code
   * new Relation("alf-at-home", RelationType.SUPPORTS, Optional.of("checks on him most mornings"),
   *     Optional.of(Degree.HIGH), Optional.of(Degree.HIGH));
   * }</pre>
   *
   * @param to the id of the other position-practice
   * @param type what the relation is, read from this position-practice to the other
   * @param label the relation in the case's own words, such as "is case-managed by"
   * @param strength how strong the relation is, as the analyst judges it
   * @param trust how much trust it carries, as the analyst judges it
   */
  public record Relation(String to, RelationType type, Optional<String> label, Optional<Degree> strength,
      Optional<Degree> trust) {
    /** Checks that no component is null. */
    public Relation {
      checkNotNull(to, "to");
      checkNotNull(type, "type");
      checkNotNull(label, "label");
      checkNotNull(strength, "strength");
      checkNotNull(trust, "trust");
    }

    /** A relation of type {@link RelationType#OTHER other} that says what it is in its label (format version 1). */
    public Relation(String to, String label) {
      this(to, RelationType.OTHER, Optional.of(checkNotNull(label, "label")), Optional.empty(), Optional.empty());
    }

    /**
     * Whether format version 1 can say this relation: type other, with a label and no strength or trust.
     */
    public boolean isPlain() {
      return type == RelationType.OTHER && label.isPresent() && strength.isEmpty() && trust.isEmpty();
    }
  }

  /** Starts a position-practice. */
  public static Builder builder(String id, String label) {
    return new Builder(id, label);
  }

  /** Builds a {@link PositionPractice}. */
  public static final class Builder extends ElementBuilder<Builder> {
    private final ImmutableList.Builder<String> occupiedBy = ImmutableList.builder();
    private final ImmutableList.Builder<String> practices = ImmutableList.builder();
    private final ImmutableList.Builder<String> prerogatives = ImmutableList.builder();
    private final ImmutableList.Builder<String> obligations = ImmutableList.builder();
    private final ImmutableList.Builder<Relation> relations = ImmutableList.builder();

    private Builder(String id, String label) {
      super(id, label);
    }

    /** Adds agents who occupy this position. */
    public Builder occupiedBy(String... agents) {
      occupiedBy.addAll(Arrays.asList(agents));
      return this;
    }

    /** Adds practices that go with the position. */
    public Builder practices(String... texts) {
      practices.addAll(Arrays.asList(texts));
      return this;
    }

    /** Adds prerogatives: what the position allows its occupant to do. */
    public Builder prerogatives(String... texts) {
      prerogatives.addAll(Arrays.asList(texts));
      return this;
    }

    /** Adds obligations: what the position requires of its occupant. */
    public Builder obligations(String... texts) {
      obligations.addAll(Arrays.asList(texts));
      return this;
    }

    /** Adds a relation of type {@link RelationType#OTHER other} to another position-practice, saying what it is. */
    public Builder relation(String to, String label) {
      relations.add(new Relation(to, label));
      return this;
    }

    /** Adds a typed relation to another position-practice, with no label and no qualifiers. */
    public Builder relation(String to, RelationType type) {
      relations.add(new Relation(to, type, Optional.empty(), Optional.empty(), Optional.empty()));
      return this;
    }

    /** Adds a typed relation with its label, strength and trust (each may be null for none). */
    public Builder relation(String to, RelationType type, String label, Degree strength, Degree trust) {
      relations.add(new Relation(to, type, Optional.ofNullable(label), Optional.ofNullable(strength),
          Optional.ofNullable(trust)));
      return this;
    }

    /** Adds a relation. */
    public Builder relation(Relation relation) {
      relations.add(checkNotNull(relation, "relation"));
      return this;
    }

    /** The position-practice, as set so far. */
    public PositionPractice build() {
      return new PositionPractice(id, label, description, scale, codes.build(), occupiedBy.build(),
          practices.build(), prerogatives.build(), obligations.build(), relations.build());
    }
  }
}

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
   * A relation from one position-practice to another, such as "is case-managed by".
   *
   * @param to the id of the other position-practice
   * @param label what the relation is
   */
  public record Relation(String to, String label) {
    public Relation {
      checkNotNull(to, "to");
      checkNotNull(label, "label");
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

    /** Adds a relation to another position-practice. */
    public Builder relation(String to, String label) {
      relations.add(new Relation(to, label));
      return this;
    }

    public PositionPractice build() {
      return new PositionPractice(id, label, description, scale, codes.build(), occupiedBy.build(),
          practices.build(), prerogatives.build(), obligations.build(), relations.build());
    }
  }
}

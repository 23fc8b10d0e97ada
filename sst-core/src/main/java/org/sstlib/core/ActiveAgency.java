package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * Active agency: the agent-in-focus (or, for a collective, some of its members) drawing on internal structures to
 * act, in one cycle.
 *
 * <pre>{@code
 * ActiveAgency review = ActiveAgency.builder("icm-review", "The team reviews the risk list")
 *     .reflexivity(Reflexivity.ROUTINE)
 *     .concerns("keep the caseload full", "avoid admissions")
 *     .build();
 * }</pre>
 *
 * @param reflexivity routine, strategic or critical
 * @param horizon the horizon of action, in the analyst's words
 * @param concerns the agent's ordering of concerns, most pressing first
 * @param creativity how far the agency departs from routine, in the analyst's words
 * @param drawsOn ids of the cycle's internal entries it draws on; in a built {@link Case} empty only when the
 *     cycle has no internal entries (it defaults to all of them)
 * @param conditionedBy ids of the cycle's external and material entries that condition it; in a built
 *     {@link Case} it defaults to all of them
 * @param by ids of the agents who act: the agent-in-focus or, when it is a collective, members of it; in a built
 *     {@link Case} never empty (it defaults to the agent-in-focus)
 */
public record ActiveAgency(
    String id,
    String label,
    Optional<String> description,
    Optional<Scale> scale,
    ImmutableList<String> codes,
    Optional<Reflexivity> reflexivity,
    Optional<String> horizon,
    ImmutableList<String> concerns,
    Optional<String> creativity,
    ImmutableList<String> drawsOn,
    ImmutableList<String> conditionedBy,
    ImmutableList<String> by) implements Element {

  /** Checks that no component is null and copies the lists; {@link #builder} is the usual way to make one. */
  public ActiveAgency {
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    checkNotNull(description, "description");
    checkNotNull(scale, "scale");
    codes = ElementBuilder.copy(codes, "codes");
    checkNotNull(reflexivity, "reflexivity");
    checkNotNull(horizon, "horizon");
    concerns = ElementBuilder.copy(concerns, "concerns");
    checkNotNull(creativity, "creativity");
    drawsOn = ElementBuilder.copy(drawsOn, "drawsOn");
    conditionedBy = ElementBuilder.copy(conditionedBy, "conditionedBy");
    by = ElementBuilder.copy(by, "by");
  }

  /** An agency of the agent-in-focus. */
  public ActiveAgency(String id, String label, Optional<String> description, Optional<Scale> scale,
      ImmutableList<String> codes, Optional<Reflexivity> reflexivity, Optional<String> horizon,
      ImmutableList<String> concerns, Optional<String> creativity, ImmutableList<String> drawsOn,
      ImmutableList<String> conditionedBy) {
    this(id, label, description, scale, codes, reflexivity, horizon, concerns, creativity, drawsOn, conditionedBy,
        ImmutableList.of());
  }

  @Override
  public String typeName() {
    return "agency";
  }

  /** Starts an agency. */
  public static Builder builder(String id, String label) {
    return new Builder(id, label);
  }

  /** Builds an {@link ActiveAgency}. */
  public static final class Builder extends ElementBuilder<Builder> {
    private Optional<Reflexivity> reflexivity = Optional.empty();
    private Optional<String> horizon = Optional.empty();
    private final ImmutableList.Builder<String> concerns = ImmutableList.builder();
    private Optional<String> creativity = Optional.empty();
    private final ImmutableList.Builder<String> drawsOn = ImmutableList.builder();
    private final ImmutableList.Builder<String> conditionedBy = ImmutableList.builder();
    private final ImmutableList.Builder<String> by = ImmutableList.builder();

    private Builder(String id, String label) {
      super(id, label);
    }

    /** Sets the agent's reflexivity in this agency: routine, strategic or critical. */
    public Builder reflexivity(Reflexivity reflexivity) {
      this.reflexivity = Optional.of(checkNotNull(reflexivity, "reflexivity"));
      return this;
    }

    /** Sets the horizon of action: how far ahead the agent looks, in the analyst's words. */
    public Builder horizon(String horizon) {
      this.horizon = Optional.of(checkNotNull(horizon, "horizon"));
      return this;
    }

    /** Adds concerns, in order, most pressing first. */
    public Builder concerns(String... concerns) {
      this.concerns.addAll(Arrays.asList(concerns));
      return this;
    }

    /** Sets the creativity of the agency: how it departs from routine, in the analyst's words. */
    public Builder creativity(String creativity) {
      this.creativity = Optional.of(checkNotNull(creativity, "creativity"));
      return this;
    }

    /** Restricts the internal entries this agency draws on (default: all of the cycle's). */
    public Builder drawsOn(String... internal) {
      drawsOn.addAll(Arrays.asList(internal));
      return this;
    }

    /** Restricts the external and material entries that condition this agency (default: all of the cycle's). */
    public Builder conditionedBy(String... conditions) {
      conditionedBy.addAll(Arrays.asList(conditions));
      return this;
    }

    /** The agents who act (default: the agent-in-focus): it, or members of it when it is a collective. */
    public Builder by(String... agents) {
      by.addAll(Arrays.asList(agents));
      return this;
    }

    /** The agency, as set so far. */
    public ActiveAgency build() {
      return new ActiveAgency(id, label, description, scale, codes.build(), reflexivity, horizon, concerns.build(),
          creativity, drawsOn.build(), conditionedBy.build(), by.build());
    }
  }
}

package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One quadripartite cycle of structuration (Stones 2005) around an agent-in-focus: the external structures that
 * condition its action, the material and embodied conditions at the moment of action (Hughes et al. 2022), its
 * internal structures, its active agency, and the outcomes. Roles belong to the cycle, not to the elements: the
 * pooled budget is an outcome of one cycle and an external structure of the next.
 *
 * <pre>{@code
 * Cycle icm = Cycle.builder("icm-meeting", "Integrated case management meeting")
 *     .site("ICM meetings in the localities")
 *     .scale(Scale.MESO)
 *     .agentInFocus("matron")
 *     .agentsInContext("gp")
 *     .positionPractice("case-manager")
 *     .external(Condition.of("risk-tool").withEffect(Effect.ENABLES))
 *     .internal("matron-knows-caseload")
 *     .agency(ActiveAgency.builder("icm-review", "Reviews the risk list").build())
 *     .outcome(Outcome.of("caseload").withChange(Change.REPRODUCED))
 *     .build();
 * }</pre>
 *
 * @param site where the cycle was observed, in free text; cycles may share a site
 * @param time an ISO 8601 date or interval ({@code 2016}, {@code 2016-03}, {@code 2016-03-01/2016-09})
 * @param follows ids of cycles this one comes after
 * @param agentInFocus the id of the agent-in-focus; blank only in a case that fails its checks
 * @param agentsInContext ids of the agents-in-context
 * @param positionPractice the id of the position-practice the agent-in-focus acts from
 * @param external the external structures (and events, position-practices, agents-in-context's internal
 *     structures) that condition the action
 * @param material material resources and embodied capacities at the moment of action
 * @param internal ids of the internal structures of the agent-in-focus drawn on here
 * @param unavailableInternal the ids among {@code internal} marked unavailable at the moment of action: knowledge or a
 *     disposition the agent-in-focus lacked when it acted, an absence that constrains the agency that draws on it
 * @param drawsOn ids of collectives, of which the agent-in-focus is a member, whose internal structures the
 *     agent-in-focus draws on in this cycle; a collective's internal structures are not each member's by default
 * @param agency the active agency
 * @param outcomes what the agency produced
 * @param by the id of the analyst who made this cycle's classifications; empty for the case's analysts
 * @param bracket Stones' methodological bracket of the cycle's analysis: agent's conduct analysis, agent's context
 *     analysis, or both; empty when not said
 */
public record Cycle(
    String id,
    String label,
    Optional<String> description,
    Optional<Scale> scale,
    ImmutableList<String> codes,
    String site,
    Optional<String> time,
    ImmutableList<String> follows,
    String agentInFocus,
    ImmutableList<String> agentsInContext,
    Optional<String> positionPractice,
    ImmutableList<Condition> external,
    ImmutableList<Condition> material,
    ImmutableList<String> internal,
    ImmutableList<String> unavailableInternal,
    ImmutableList<String> drawsOn,
    ImmutableList<ActiveAgency> agency,
    ImmutableList<Outcome> outcomes,
    Optional<String> by,
    Optional<Bracket> bracket) implements Element {

  /** Checks that no component is null and copies the lists; {@link #builder} is the usual way to make one. */
  public Cycle {
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    checkNotNull(description, "description");
    checkNotNull(scale, "scale");
    codes = ElementBuilder.copy(codes, "codes");
    checkNotNull(site, "site");
    checkNotNull(time, "time");
    follows = ElementBuilder.copy(follows, "follows");
    checkNotNull(agentInFocus, "agentInFocus");
    agentsInContext = ElementBuilder.copy(agentsInContext, "agentsInContext");
    checkNotNull(positionPractice, "positionPractice");
    external = ImmutableList.copyOf(checkNotNull(external, "external"));
    material = ImmutableList.copyOf(checkNotNull(material, "material"));
    internal = ElementBuilder.copy(internal, "internal");
    unavailableInternal = ElementBuilder.copy(unavailableInternal, "unavailableInternal");
    drawsOn = ElementBuilder.copy(drawsOn, "drawsOn");
    agency = ImmutableList.copyOf(checkNotNull(agency, "agency"));
    outcomes = ImmutableList.copyOf(checkNotNull(outcomes, "outcomes"));
    checkNotNull(by, "by");
    checkNotNull(bracket, "bracket");
  }

  /** A cycle that draws on no collective's internal structures. */
  public Cycle(String id, String label, Optional<String> description, Optional<Scale> scale,
      ImmutableList<String> codes, String site, Optional<String> time, ImmutableList<String> follows,
      String agentInFocus, ImmutableList<String> agentsInContext, Optional<String> positionPractice,
      ImmutableList<Condition> external, ImmutableList<Condition> material, ImmutableList<String> internal,
      ImmutableList<String> unavailableInternal, ImmutableList<ActiveAgency> agency, ImmutableList<Outcome> outcomes,
      Optional<String> by, Optional<Bracket> bracket) {
    this(id, label, description, scale, codes, site, time, follows, agentInFocus, agentsInContext, positionPractice,
        external, material, internal, unavailableInternal, ImmutableList.of(), agency, outcomes, by, bracket);
  }

  /** A cycle of no stated bracket. */
  public Cycle(String id, String label, Optional<String> description, Optional<Scale> scale,
      ImmutableList<String> codes, String site, Optional<String> time, ImmutableList<String> follows,
      String agentInFocus, ImmutableList<String> agentsInContext, Optional<String> positionPractice,
      ImmutableList<Condition> external, ImmutableList<Condition> material, ImmutableList<String> internal,
      ImmutableList<String> unavailableInternal, ImmutableList<ActiveAgency> agency, ImmutableList<Outcome> outcomes,
      Optional<String> by) {
    this(id, label, description, scale, codes, site, time, follows, agentInFocus, agentsInContext, positionPractice,
        external, material, internal, unavailableInternal, ImmutableList.of(), agency, outcomes, by, Optional.empty());
  }

  /** A cycle whose classifications are the case's analysts'. */
  public Cycle(String id, String label, Optional<String> description, Optional<Scale> scale,
      ImmutableList<String> codes, String site, Optional<String> time, ImmutableList<String> follows,
      String agentInFocus, ImmutableList<String> agentsInContext, Optional<String> positionPractice,
      ImmutableList<Condition> external, ImmutableList<Condition> material, ImmutableList<String> internal,
      ImmutableList<String> unavailableInternal, ImmutableList<ActiveAgency> agency, ImmutableList<Outcome> outcomes) {
    this(id, label, description, scale, codes, site, time, follows, agentInFocus, agentsInContext, positionPractice,
        external, material, internal, unavailableInternal, ImmutableList.of(), agency, outcomes, Optional.empty(),
        Optional.empty());
  }

  @Override
  public String typeName() {
    return "cycle";
  }

  /** The external entries followed by the material ones: everything that may condition the agency. */
  public ImmutableList<Condition> conditions() {
    return ImmutableList.<Condition>builder().addAll(external).addAll(material).build();
  }

  /** Whether an internal entry of this cycle was available at the moment of action (not marked unavailable). */
  public boolean internalAvailable(String ref) {
    return !unavailableInternal.contains(ref);
  }

  /**
   * Every element id that plays a role in this cycle: agent-in-focus, agents-in-context, position-practice,
   * external, material, internal, agency and outcomes.
   */
  public Stream<String> roleIds() {
    return Stream.of(
            Stream.of(agentInFocus),
            agentsInContext.stream(),
            positionPractice.stream(),
            external.stream().map(Condition::ref),
            material.stream().map(Condition::ref),
            internal.stream(),
            agency.stream().map(ActiveAgency::id),
            outcomes.stream().map(Outcome::ref))
        .flatMap(s -> s);
  }

  /** Starts a cycle. */
  public static Builder builder(String id, String label) {
    return new Builder(id, label);
  }

  /** Builds a {@link Cycle}. Not thread-safe. */
  public static final class Builder extends ElementBuilder<Builder> {
    private String site = "";
    private Optional<String> time = Optional.empty();
    private final ImmutableList.Builder<String> follows = ImmutableList.builder();
    private String agentInFocus = "";
    private final ImmutableList.Builder<String> agentsInContext = ImmutableList.builder();
    private Optional<String> positionPractice = Optional.empty();
    private final ImmutableList.Builder<Condition> external = ImmutableList.builder();
    private final ImmutableList.Builder<Condition> material = ImmutableList.builder();
    private final ImmutableList.Builder<String> internal = ImmutableList.builder();
    private final ImmutableList.Builder<String> unavailableInternal = ImmutableList.builder();
    private final ImmutableList.Builder<String> drawsOn = ImmutableList.builder();
    private final ImmutableList.Builder<ActiveAgency> agency = ImmutableList.builder();
    private final ImmutableList.Builder<Outcome> outcomes = ImmutableList.builder();
    private Optional<String> by = Optional.empty();
    private Optional<Bracket> bracket = Optional.empty();

    private Builder(String id, String label) {
      super(id, label);
    }

    /** Sets the site: where the agent-in-focus acts. */
    public Builder site(String site) {
      this.site = checkNotNull(site, "site");
      return this;
    }

    /** Sets the time: an ISO 8601 date or interval. */
    public Builder time(String time) {
      this.time = Optional.of(checkNotNull(time, "time"));
      return this;
    }

    /** Adds the ids of the cycles this one follows in time. */
    public Builder follows(String... cycles) {
      follows.addAll(Arrays.asList(cycles));
      return this;
    }

    /** Sets the id of the agent-in-focus, from whose point of view the cycle is seen. */
    public Builder agentInFocus(String agent) {
      this.agentInFocus = checkNotNull(agent, "agent");
      return this;
    }

    /** Adds the ids of agents-in-context. */
    public Builder agentsInContext(String... agents) {
      agentsInContext.addAll(Arrays.asList(agents));
      return this;
    }

    /** Sets the id of the position-practice the agent-in-focus occupies in this cycle. */
    public Builder positionPractice(String positionPractice) {
      this.positionPractice = Optional.of(checkNotNull(positionPractice, "positionPractice"));
      return this;
    }

    /** Adds external entries. */
    public Builder external(Condition... entries) {
      external.addAll(Arrays.asList(entries));
      return this;
    }

    /** Adds external entries with no qualifiers. */
    public Builder external(String... refs) {
      Arrays.stream(refs).map(Condition::of).forEach(external::add);
      return this;
    }

    /** Adds material entries. */
    public Builder material(Condition... entries) {
      material.addAll(Arrays.asList(entries));
      return this;
    }

    /** Adds material entries with no qualifiers. */
    public Builder material(String... refs) {
      Arrays.stream(refs).map(Condition::of).forEach(material::add);
      return this;
    }

    /** Adds internal entries. */
    public Builder internal(String... structures) {
      internal.addAll(Arrays.asList(structures));
      return this;
    }

    /**
     * Adds internal entries marked unavailable at the moment of action: what the agent-in-focus lacked when it acted.
     */
    public Builder unavailableInternal(String... structures) {
      internal.addAll(Arrays.asList(structures));
      unavailableInternal.addAll(Arrays.asList(structures));
      return this;
    }

    /**
     * Names collectives, of which the agent-in-focus is a member, whose internal structures the agent-in-focus
     * draws on in this cycle (its internal role may then list them).
     */
    public Builder drawsOn(String... collectives) {
      drawsOn.addAll(Arrays.asList(collectives));
      return this;
    }

    /** Adds active agency. */
    public Builder agency(ActiveAgency... agency) {
      this.agency.addAll(Arrays.asList(agency));
      return this;
    }

    /** Adds outcomes. */
    public Builder outcome(Outcome... outcomes) {
      this.outcomes.addAll(Arrays.asList(outcomes));
      return this;
    }

    /** Adds outcomes with no qualifiers. */
    public Builder outcome(String... refs) {
      Arrays.stream(refs).map(Outcome::of).forEach(outcomes::add);
      return this;
    }

    /** Names the analyst who made this cycle's classifications (by default the case's analysts). */
    public Builder by(String analyst) {
      this.by = Optional.of(checkNotNull(analyst, "analyst"));
      return this;
    }

    /** Says which of Stones' methodological brackets the cycle's analysis uses. */
    public Builder bracket(Bracket bracket) {
      this.bracket = Optional.of(checkNotNull(bracket, "bracket"));
      return this;
    }

    /** The cycle, as set so far; references are checked when the case is built. */
    public Cycle build() {
      return new Cycle(id, label, description, scale, codes.build(), site, time, follows.build(), agentInFocus,
          agentsInContext.build(), positionPractice, external.build(), material.build(), internal.build(),
          unavailableInternal.build(), drawsOn.build(), agency.build(), outcomes.build(), by, bracket);
    }
  }
}

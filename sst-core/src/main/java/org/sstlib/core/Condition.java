package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * An entry of a cycle's {@code external} or {@code material} role: an element that conditions the agency, with
 * how it bears on it. An entry that is not {@link #available()} stays in the role (its absence at the moment of
 * action is a finding) but does not condition the agency.
 *
 * <pre>{@code
 * Condition template = Condition.of("bcf-template").withEffect(Effect.CONSTRAINS)
 *     .withForce(Force.IRRESISTIBLE_FORCE);
 * Condition family = Condition.of("family-help").unavailable();
 * }</pre>
 *
 * @param ref the id of the structure, event or position-practice
 * @param effect whether it enables or constrains the agency
 * @param force independent causal influence or irresistible causal force
 * @param available false if it was absent at the moment of action
 * @param by the id of the analyst who classified this entry; empty for the cycle's (by default the case's)
 * @param sacrifices for an irresistible force: the concerns the agent would have had to give up to resist it
 * @param lacking for an irresistible force: what the agent lacked to resist it (power, knowledge, critical distance),
 *     in the order of the code list
 */
public record Condition(String ref, Optional<Effect> effect, Optional<Force> force, boolean available,
    Optional<String> by, ImmutableList<String> sacrifices, ImmutableList<Lacking> lacking) {

  /** Checks that no component is null, copies the sacrifices, and keeps what was lacking in the code list's order. */
  public Condition {
    checkNotNull(ref, "ref");
    checkNotNull(effect, "effect");
    checkNotNull(force, "force");
    checkNotNull(by, "by");
    sacrifices = ElementBuilder.copy(sacrifices, "sacrifices");
    // In the order of the code list: a set of what was lacking, kept so that every form of the case agrees.
    lacking = ImmutableList.sortedCopyOf(checkNotNull(lacking, "lacking"));
  }

  /** An entry whose classification is the cycle's analysts'. */
  public Condition(String ref, Optional<Effect> effect, Optional<Force> force, boolean available) {
    this(ref, effect, force, available, Optional.empty());
  }

  /** An entry with no account of resisting it. */
  public Condition(String ref, Optional<Effect> effect, Optional<Force> force, boolean available,
      Optional<String> by) {
    this(ref, effect, force, available, by, ImmutableList.of(), ImmutableList.of());
  }

  /** An available entry with no qualifiers. */
  public static Condition of(String ref) {
    return new Condition(ref, Optional.empty(), Optional.empty(), true);
  }

  /** This entry with the given effect. */
  public Condition withEffect(Effect effect) {
    return new Condition(ref, Optional.of(checkNotNull(effect, "effect")), force, available, by, sacrifices,
        lacking);
  }

  /** This entry with the given force. */
  public Condition withForce(Force force) {
    return new Condition(ref, effect, Optional.of(checkNotNull(force, "force")), available, by, sacrifices,
        lacking);
  }

  /** This entry, marked absent at the moment of action. */
  public Condition unavailable() {
    return new Condition(ref, effect, force, false, by, sacrifices, lacking);
  }

  /** This entry, classified by the given analyst. */
  public Condition withBy(String analyst) {
    return new Condition(ref, effect, force, available, Optional.of(checkNotNull(analyst, "analyst")), sacrifices,
        lacking);
  }

  /**
   * This entry, an irresistible force, with what resisting it would have cost the agent (the concerns it would
   * have had to give up) and what the agent lacked to resist it.
   */
  public Condition withResistance(List<String> sacrifices, List<Lacking> lacking) {
    return new Condition(ref, effect, force, available, by, ImmutableList.copyOf(sacrifices),
        ImmutableList.copyOf(lacking));
  }
}

package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

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
 */
public record Condition(String ref, Optional<Effect> effect, Optional<Force> force, boolean available,
    Optional<String> by) {

  public Condition {
    checkNotNull(ref, "ref");
    checkNotNull(effect, "effect");
    checkNotNull(force, "force");
    checkNotNull(by, "by");
  }

  /** An entry whose classification is the cycle's analysts'. */
  public Condition(String ref, Optional<Effect> effect, Optional<Force> force, boolean available) {
    this(ref, effect, force, available, Optional.empty());
  }

  /** An available entry with no qualifiers. */
  public static Condition of(String ref) {
    return new Condition(ref, Optional.empty(), Optional.empty(), true);
  }

  /** This entry with the given effect. */
  public Condition withEffect(Effect effect) {
    return new Condition(ref, Optional.of(checkNotNull(effect, "effect")), force, available, by);
  }

  /** This entry with the given force. */
  public Condition withForce(Force force) {
    return new Condition(ref, effect, Optional.of(checkNotNull(force, "force")), available, by);
  }

  /** This entry, marked absent at the moment of action. */
  public Condition unavailable() {
    return new Condition(ref, effect, force, false, by);
  }

  /** This entry, classified by the given analyst. */
  public Condition withBy(String analyst) {
    return new Condition(ref, effect, force, available, Optional.of(checkNotNull(analyst, "analyst")));
  }
}

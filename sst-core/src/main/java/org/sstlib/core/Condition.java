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
 */
public record Condition(String ref, Optional<Effect> effect, Optional<Force> force, boolean available) {

  public Condition {
    checkNotNull(ref, "ref");
    checkNotNull(effect, "effect");
    checkNotNull(force, "force");
  }

  /** An available entry with no qualifiers. */
  public static Condition of(String ref) {
    return new Condition(ref, Optional.empty(), Optional.empty(), true);
  }

  /** This entry with the given effect. */
  public Condition withEffect(Effect effect) {
    return new Condition(ref, Optional.of(checkNotNull(effect, "effect")), force, available);
  }

  /** This entry with the given force. */
  public Condition withForce(Force force) {
    return new Condition(ref, effect, Optional.of(checkNotNull(force, "force")), available);
  }

  /** This entry, marked absent at the moment of action. */
  public Condition unavailable() {
    return new Condition(ref, effect, force, false);
  }
}

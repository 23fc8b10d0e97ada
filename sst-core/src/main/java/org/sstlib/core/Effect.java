package org.sstlib.core;

/** How a condition bears on the agency of a cycle. */
public enum Effect implements CodeListValue {
  /** The condition made the action possible or easier. */
  ENABLES("enables"),
  /** The condition limited or shaped the action against the agent's aims. */
  CONSTRAINS("constrains"),
  /** The condition both enabled and constrained the action, as structures in structuration theory typically do. */
  BOTH("both");

  private final String code;

  Effect(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "enables"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<Effect> fromCode(String code) {
    return CodeListValue.fromCode(Effect.class, code);
  }
}

package org.sstlib.core;

/** How a condition bears on the agency of a cycle. */
public enum Effect implements CodeListValue {
  ENABLES("enables"),
  CONSTRAINS("constrains"),
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

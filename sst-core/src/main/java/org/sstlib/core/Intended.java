package org.sstlib.core;

/** Whether the agent-in-focus intended an outcome. */
public enum Intended implements CodeListValue {
  /** The agent-in-focus intended the outcome. */
  YES("yes"),
  /** The outcome was an unintended consequence of the action. */
  NO("no"),
  /** The analysis does not say whether the outcome was intended (the default). */
  UNKNOWN("unknown");

  private final String code;

  Intended(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "yes"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<Intended> fromCode(String code) {
    return CodeListValue.fromCode(Intended.class, code);
  }
}

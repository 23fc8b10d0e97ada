package org.sstlib.core;

/** Stones' two ways an external structure bears on the agent-in-focus: independent causal influence, or irresistible causal force. */
public enum Force implements CodeListValue {
  INDEPENDENT_INFLUENCE("independent-influence"),
  IRRESISTIBLE_FORCE("irresistible-force");

  private final String code;

  Force(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "independent-influence"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<Force> fromCode(String code) {
    return CodeListValue.fromCode(Force.class, code);
  }
}

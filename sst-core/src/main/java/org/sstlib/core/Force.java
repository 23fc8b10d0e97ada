package org.sstlib.core;

/**
 * Stones' (2005) two ways an external structure bears on the agent-in-focus. An <em>independent causal
 * influence</em> lies outside the agent's control: the agent may know of it and still cannot control or resist it.
 * An <em>irresistible causal force</em> acts through the agent's own wants and conduct: resistible in principle, it
 * is not resisted because the agent lacks the power, the knowledge or the critical distance to resist, or because
 * resisting would sacrifice a concern ranked higher. The difference is control and the power to resist, not whether
 * the structure's effect passes through what the agent knows.
 */
public enum Force implements CodeListValue {
  /**
   * The structure lies outside the agent-in-focus's control: it bears on the action whatever the agent wants, and the
   * agent has no power to resist it. The agent may know it well, and still cannot control it. What sets it apart from
   * an irresistible causal force is control and the power to resist, not whether the agent knows of it (Stones 2005).
   */
  INDEPENDENT_INFLUENCE("independent-influence"),
  /**
   * The structure acts through the agent-in-focus's own wants and conduct: the agent could resist it in principle, but
   * does not, because it lacks the power, the knowledge or the critical distance to resist, or because resisting would
   * sacrifice a concern it ranks higher. What sets it apart from an independent causal influence is control and the
   * power to resist, not whether the agent knows of it (Stones 2005).
   */
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

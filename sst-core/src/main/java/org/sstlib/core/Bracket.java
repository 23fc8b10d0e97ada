package org.sstlib.core;

/**
 * Which of Stones' methodological brackets a cycle's analysis uses: agent's conduct analysis (the agent's own frame
 * of meaning, its knowledgeability and concerns, as the agent sees the situation), agent's context analysis (the
 * terrain of action as the analyst reconstructs it: the position-practices, networks and external structures the
 * agent meets), or both.
 */
public enum Bracket implements CodeListValue {
  /**
   * The agent's conduct analysis: the situation as the agent-in-focus sees it, its knowledge, dispositions and
   * concerns.
   */
  CONDUCT("conduct"),
  /**
   * The agent's context analysis: the terrain of action as the analyst reconstructs it, the position-practices and
   * external structures the agent meets.
   */
  CONTEXT("context"),
  /** Both brackets. */
  BOTH("both");

  private final String code;

  Bracket(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<Bracket> fromCode(String code) {
    return CodeListValue.fromCode(Bracket.class, code);
  }
}

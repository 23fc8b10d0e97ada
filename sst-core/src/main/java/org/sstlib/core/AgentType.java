package org.sstlib.core;

/** Whether an agent is one person or a collective (an organisation, a team, a partnership). */
public enum AgentType implements CodeListValue {
  /** An agent who is one person (see sst:IndividualAgent). */
  INDIVIDUAL("individual"),
  /**
   * An agent made of several people acting together: an organisation, team or partnership (see sst:CollectiveAgent).
   */
  COLLECTIVE("collective");

  private final String code;

  AgentType(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "individual"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<AgentType> fromCode(String code) {
    return CodeListValue.fromCode(AgentType.class, code);
  }
}

package org.sstlib.core.chain;

import java.util.Optional;

/**
 * What a {@link ChainStep} says about its two ends. Each kind is one sub-property of {@code sst:chainStep} in the
 * vocabulary, and {@link #code()} is that property's local name.
 */
public enum StepKind {
  /** An available external or material entry of a cycle conditions an agency of that cycle. */
  CONDITIONS("conditions"),
  /** An available internal entry of a cycle informs an agency that draws on it. */
  INFORMS("informs"),
  /**
   * An entry marked unavailable at the moment of action (external, material or internal) is absent for an agency that
   * lists it: the absence constrains that agency (Hughes et al. 2022: what is needed must be there at the point of
   * action).
   */
  ABSENT_FOR("absentFor"),
  /**
   * An agency produces a realised outcome entry of its cycle (a structure, an event, or a position-practice it
   * created, reproduced, changed or eroded: a chain may end there as well as through {@link #ENACTED_IN}).
   */
  PRODUCES("produces"),
  /** An agency is enacted in the position-practice its cycle's agent-in-focus acts from. */
  ENACTED_IN("enactedIn");

  private final String code;

  StepKind(String code) {
    this.code = code;
  }

  /**
   * The local name of the chain property in the vocabulary: {@code "conditions"}, {@code "informs"},
   * {@code "absentFor"}, {@code "produces"}, {@code "enactedIn"}.
   */
  public String code() {
    return code;
  }

  /** The kind whose {@link #code()} is {@code code}, if any. */
  public static Optional<StepKind> fromCode(String code) {
    for (StepKind kind : values()) {
      if (kind.code.equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

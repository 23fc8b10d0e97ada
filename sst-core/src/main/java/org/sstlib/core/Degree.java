package org.sstlib.core;

/**
 * How strong a relation between position-practices is, or how much trust it carries, as the analyst judges it from
 * the data: low, medium or high. A coarse ordinal scale, so that cases can be compared without a false precision.
 */
public enum Degree implements CodeListValue {
  /** Low, as the analyst judges it from the data. */
  LOW("low"),
  /** Medium, as the analyst judges it from the data. */
  MEDIUM("medium"),
  /** High, as the analyst judges it from the data. */
  HIGH("high");

  private final String code;

  Degree(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "high"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<Degree> fromCode(String code) {
    return CodeListValue.fromCode(Degree.class, code);
  }
}

package org.sstlib.core;

/** Whether an outcome is short or long term. */
public enum Term implements CodeListValue {
  /** An outcome that affects the immediate situation. */
  SHORT("short"),
  /** An outcome that feeds into the continuity or change of structures over time. */
  LONG("long");

  private final String code;

  Term(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "short"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<Term> fromCode(String code) {
    return CodeListValue.fromCode(Term.class, code);
  }
}

package org.sstlib.core;

/** Scale of an element or cycle: national policy (macro), organisations and partnerships (meso), practice (micro). Not Stones' level of ontology. */
public enum Scale implements CodeListValue {
  MACRO("macro"),
  MESO("meso"),
  MICRO("micro");

  private final String code;

  Scale(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "macro"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<Scale> fromCode(String code) {
    return CodeListValue.fromCode(Scale.class, code);
  }
}

package org.sstlib.core;

/**
 * The kind of data a source is. {@code publication} is the published study itself (or other literature): the
 * source of its authors' claims, and of participants' words where the publication is the only text of them.
 */
public enum SourceType implements CodeListValue {
  /** Interviews, or transcripts of them. */
  INTERVIEW("interview"),
  /** The researcher's notes written during or after fieldwork. */
  FIELDNOTES("fieldnotes"),
  /** A document: a plan, report, template, minutes, or a published paper. */
  DOCUMENT("document"),
  /** Observation of practice, such as shadowing or watching meetings. */
  OBSERVATION("observation"),
  /** Policy, guidance or legislative texts. */
  POLICY("policy"),
  /**
   * The published study itself, or other literature: the source of its authors' claims, and of participants' words
   * where the publication is the only text of them.
   */
  PUBLICATION("publication"),
  /** Data of another kind. */
  OTHER("other");

  private final String code;

  SourceType(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "interview"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<SourceType> fromCode(String code) {
    return CodeListValue.fromCode(SourceType.class, code);
  }
}

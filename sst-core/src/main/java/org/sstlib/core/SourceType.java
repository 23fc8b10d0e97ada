package org.sstlib.core;

/**
 * The kind of data a source is. {@code publication} is the published study itself (or other literature): the
 * source of its authors' claims, and of participants' words where the publication is the only text of them.
 */
public enum SourceType implements CodeListValue {
  INTERVIEW("interview"),
  FIELDNOTES("fieldnotes"),
  DOCUMENT("document"),
  OBSERVATION("observation"),
  POLICY("policy"),
  PUBLICATION("publication"),
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

package org.sstlib.core;

/**
 * What an evidence item is, so that a reader can tell a participant's words from the published authors' argument
 * and from the analyst's own inference. The study's authors and the analysts who make an SST analysis of it are
 * different people: a sentence of the paper's analysis is {@link #AUTHOR}, a classification the paper does not state
 * rests on {@link #ANALYST} evidence.
 */
public enum EvidenceKind implements CodeListValue {
  /** A participant's own words, as recorded or published. */
  PARTICIPANT("participant"),
  /** The researcher's record of an observation. */
  FIELDNOTE("fieldnote"),
  /** A text from the field: a policy, a strategy, a template, a letter. */
  DOCUMENT("document"),
  /** A narrative merged from several observations or people, not one observation. */
  COMPOSITE("composite"),
  /** The published study's own analytic claim, description or paraphrase. */
  AUTHOR("author"),
  /** The classifying analyst's own note or inference. */
  ANALYST("analyst");

  private final String code;

  EvidenceKind(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "participant"}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * Whether a quote of this kind records what was said, observed or written in the field, and so must be found in
   * its source's text when the text is at hand: participant, fieldnote, document and composite quotes.
   */
  public boolean quotesTheField() {
    return this == PARTICIPANT || this == FIELDNOTE || this == DOCUMENT || this == COMPOSITE;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<EvidenceKind> fromCode(String code) {
    return CodeListValue.fromCode(EvidenceKind.class, code);
  }
}

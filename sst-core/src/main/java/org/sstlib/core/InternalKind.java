package org.sstlib.core;

/** Stones' two kinds of internal structure: conjuncturally-specific knowledge of this terrain, and general-dispositional habitus. */
public enum InternalKind implements CodeListValue {
  CONJUNCTURALLY_SPECIFIC("conjuncturally-specific"),
  GENERAL_DISPOSITIONAL("general-dispositional");

  private final String code;

  InternalKind(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "conjuncturally-specific"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<InternalKind> fromCode(String code) {
    return CodeListValue.fromCode(InternalKind.class, code);
  }
}

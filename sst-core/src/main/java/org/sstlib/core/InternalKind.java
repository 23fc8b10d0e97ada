package org.sstlib.core;

/**
 * Stones' (2005) two kinds of internal structure. <em>Conjuncturally-specific</em>: situated knowledge of this
 * terrain of action, of its external structures and of particular agents-in-context, patients and services.
 * <em>General-dispositional</em>: transposable dispositions the agent carries from situation to situation, such as a
 * habitus, world-views or a professional ethic; not knowledge of particulars, which is conjuncturally-specific.
 */
public enum InternalKind implements CodeListValue {
  /**
   * Situated knowledge of this terrain of action, of its external structures and of the agents-in-context (see
   * sst:ConjuncturallySpecificStructure).
   */
  CONJUNCTURALLY_SPECIFIC("conjuncturally-specific"),
  /**
   * Transposable dispositions: habitus, world-views, professional values and ethics, embodied skills; not knowledge of
   * particular patients, services or agents, which is conjuncturally-specific (see sst:GeneralDispositionalStructure).
   */
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

package org.sstlib.core;

/**
 * Stones' level of ontology of a case: how situated its analysis is. ontology-in-situ studies particular agents in
 * particular places and times (the default); the meso-level of ontology lies between; ontology-in-general is an
 * abstract or schematic analysis, such as a case built from a literature review. Not a scale (macro, meso, micro),
 * which is a position in a field of practices.
 */
public enum OntologyLevel implements CodeListValue {
  /** Ontology-in-situ: particular agents, places and times. */
  IN_SITU("in-situ"),
  /** The meso-level of ontology, between the abstract and the situated. */
  MESO("meso"),
  /** Ontology-in-general: an abstract or schematic analysis. */
  GENERAL("general");

  private final String code;

  OntologyLevel(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<OntologyLevel> fromCode(String code) {
    return CodeListValue.fromCode(OntologyLevel.class, code);
  }
}

package org.sstlib.core;

/**
 * Where an element or cycle sits in a field of practices: national policy (macro), organisations and partnerships
 * (meso), the practice of professionals and patients (micro) (Hughes et al. 2022). A position in the field, not one
 * of Stones' levels of ontology (ontology-in-general, the meso-level of ontology, ontology-in-situ), which say how
 * abstract or situated an analysis is.
 */
public enum Scale implements CodeListValue {
  /** The scale of national (or societal) policy, legislation, funding and targets. */
  MACRO("macro"),
  /** The scale of organisations, partnerships and local service systems: strategies, plans, local models of care. */
  MESO("meso"),
  /** The scale of the everyday practice of individual professionals, patients and carers. */
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

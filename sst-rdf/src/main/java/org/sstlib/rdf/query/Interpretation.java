package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.sstlib.core.InternalKind;

/**
 * An internal structure of one agent about an element: one agent's interpretation of it.
 *
 * <p>{@link SstQueries#interpretations()} and {@link SstQueries#interpretations(String)} give these. Immutable: the
 * constructor checks every field.
 *
 * @param caseId the case
 * @param about the id of the element interpreted
 * @param aboutLabel its label
 * @param structure the id of the internal structure
 * @param label its label
 * @param kind conjuncturally-specific or general-dispositional
 * @param holder the id of the agent it is internal to
 * @param holderLabel the agent's label
 */
public record Interpretation(String caseId, String about, String aboutLabel, String structure, String label,
    Optional<InternalKind> kind, String holder, String holderLabel) {
  /** Checks the fields. */
  public Interpretation {
    checkNotNull(caseId, "caseId");
    checkNotNull(about, "about");
    checkNotNull(aboutLabel, "aboutLabel");
    checkNotNull(structure, "structure");
    checkNotNull(label, "label");
    checkNotNull(kind, "kind");
    checkNotNull(holder, "holder");
    checkNotNull(holderLabel, "holderLabel");
  }
}

package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.sstlib.core.Effect;

/**
 * An outcome of one cycle that is an entry of another: the chain passes from one cycle to the next here.
 *
 * <p>The {@link Field#links() links} of a {@link Field}. Immutable: the constructor checks every field.
 *
 * @param caseId the case
 * @param fromCycle the cycle the element is an outcome of
 * @param element the id of the element
 * @param toCycle the cycle it is an entry of
 * @param role its role there: "external", "material" or "internal"
 * @param available whether it was available there at the moment of action (internal entries always are)
 * @param effect its effect there, if given
 */
public record FieldLink(String caseId, String fromCycle, String element, String toCycle, String role,
    boolean available, Optional<Effect> effect) {
  /** Checks the fields. */
  public FieldLink {
    checkNotNull(caseId, "caseId");
    checkNotNull(fromCycle, "fromCycle");
    checkNotNull(element, "element");
    checkNotNull(toCycle, "toCycle");
    checkNotNull(role, "role");
    checkNotNull(effect, "effect");
  }
}

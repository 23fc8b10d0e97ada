package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.sstlib.core.Effect;
import org.sstlib.core.Force;

/**
 * An external or material entry that was not available at the moment of action.
 *
 * <p>{@link SstQueries#unavailable()} gives these. Immutable: the constructor checks every field.
 *
 * @param caseId the case
 * @param cycle the id of the cycle
 * @param role "external" or "material"
 * @param index the entry's place in its role, from 0
 * @param element the id of the element
 * @param label its label
 * @param effect the effect it would have had
 * @param force its force
 */
public record UnavailableEntry(String caseId, String cycle, String role, int index, String element,
    String label, Optional<Effect> effect, Optional<Force> force) {
  /** Checks the fields. */
  public UnavailableEntry {
    checkNotNull(caseId, "caseId");
    checkNotNull(cycle, "cycle");
    checkNotNull(role, "role");
    checkNotNull(element, "element");
    checkNotNull(label, "label");
    checkNotNull(effect, "effect");
    checkNotNull(force, "force");
  }
}

package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.sstlib.core.Effect;
import org.sstlib.core.Force;

/**
 * An external, material or internal entry that was not available at the moment of action, with the agency its
 * absence constrained (each lists it in {@code conditionedBy} or {@code drawsOn}: an {@code absentFor} step of the
 * chain) and what that agency produced.
 *
 * <p>{@link SstQueries#unavailable()} gives these. Immutable: the constructor checks every field.
 *
 * @param caseId the case
 * @param cycle the id of the cycle
 * @param role "external", "material" or "internal"
 * @param index the entry's place in its role, from 0
 * @param element the id of the element
 * @param label its label
 * @param effect the effect it would have had
 * @param force its force
 * @param constrains the ids of the agencies it was absent for, sorted
 * @param produced the ids of the realised outcomes those agencies produced, sorted
 */
public record UnavailableEntry(String caseId, String cycle, String role, int index, String element,
    String label, Optional<Effect> effect, Optional<Force> force, ImmutableList<String> constrains,
    ImmutableList<String> produced) {
  /** Checks the fields. */
  public UnavailableEntry {
    checkNotNull(caseId, "caseId");
    checkNotNull(cycle, "cycle");
    checkNotNull(role, "role");
    checkNotNull(element, "element");
    checkNotNull(label, "label");
    checkNotNull(effect, "effect");
    checkNotNull(force, "force");
    constrains = ImmutableList.copyOf(checkNotNull(constrains, "constrains"));
    produced = ImmutableList.copyOf(checkNotNull(produced, "produced"));
  }
}

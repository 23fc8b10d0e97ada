package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.sstlib.core.Effect;
import org.sstlib.core.StructureForm;

/**
 * One cell of the cross-case matrix of conditions: how many external and material entries of a case are
 * structures of one form (or, for the internal structures of agents-in-context, of no form) with one effect.
 *
 * <p>{@link SstQueries#factors()} gives these. Immutable: the constructor checks every field.
 *
 * @param caseId the case
 * @param form the structure form; empty for internal structures, which have none
 * @param effect the effect; empty for entries that give none
 * @param count the number of entries
 * @param available how many of them were available at the moment of action
 */
public record FactorCount(
    String caseId, Optional<StructureForm> form, Optional<Effect> effect, int count, int available) {
  /** Checks the fields. */
  public FactorCount {
    checkNotNull(caseId, "caseId");
    checkNotNull(form, "form");
    checkNotNull(effect, "effect");
    checkArgument(count >= 1 && available >= 0 && available <= count, "count %s, available %s", count,
        available);
  }
}

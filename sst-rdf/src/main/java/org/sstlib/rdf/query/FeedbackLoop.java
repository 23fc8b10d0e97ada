package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.sstlib.core.Change;
import org.sstlib.core.chain.ChainPath;

/**
 * A loop in the chain: a structure that conditions (or informs) agency whose outcome reproduces, changes or
 * erodes it, directly in one cycle or through others.
 *
 * <p>{@link SstQueries#feedback()} gives these. Immutable: the constructor checks every field and copies the lists.
 *
 * @param caseId the case
 * @param structure the id of the structure on the loop
 * @param label its label
 * @param cycles the cycles the loop passes through, in order (a cycle twice in a row once)
 * @param change what the step that closes the loop does to the structure: reproduced, changed or eroded
 * @param loop the shortest such loop, from the structure back to itself (its first and last element are the
 *     structure)
 */
public record FeedbackLoop(String caseId, String structure, String label, ImmutableList<String> cycles,
    Change change, ChainPath loop) {
  /** Checks the fields. */
  public FeedbackLoop {
    checkNotNull(caseId, "caseId");
    checkNotNull(structure, "structure");
    checkNotNull(label, "label");
    cycles = ImmutableList.copyOf(checkNotNull(cycles, "cycles"));
    checkNotNull(change, "change");
    checkNotNull(loop, "loop");
  }
}

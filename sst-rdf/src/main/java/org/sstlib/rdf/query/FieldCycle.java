package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.sstlib.core.Scale;

/**
 * One cycle in its field.
 *
 * <p>The {@link Field#cycles() cycles} of a {@link Field}. Immutable: the constructor checks every field and copies
 * the lists.
 *
 * @param caseId the case
 * @param position its place in the case's field, from 1: by scale from macro to micro (cycles with no scale
 *     last), then so that a cycle comes after those it follows, then by time (cycles without one first), then
 *     in the order of the case
 * @param cycle the cycle's id
 * @param label its label
 * @param scale its scale
 * @param time when it took place, as written
 * @param site where it was observed
 * @param agentInFocus the id of its agent-in-focus
 * @param positionPractice the id of the position-practice the agent-in-focus acts from
 * @param follows the ids of the cycles it follows, sorted
 */
public record FieldCycle(String caseId, int position, String cycle, String label, Optional<Scale> scale,
    Optional<String> time, String site, String agentInFocus, Optional<String> positionPractice,
    ImmutableList<String> follows) {
  /** Checks the fields. */
  public FieldCycle {
    checkNotNull(caseId, "caseId");
    checkArgument(position >= 1, "position %s", position);
    checkNotNull(cycle, "cycle");
    checkNotNull(label, "label");
    checkNotNull(scale, "scale");
    checkNotNull(time, "time");
    checkNotNull(site, "site");
    checkNotNull(agentInFocus, "agentInFocus");
    checkNotNull(positionPractice, "positionPractice");
    follows = ImmutableList.copyOf(checkNotNull(follows, "follows"));
  }
}

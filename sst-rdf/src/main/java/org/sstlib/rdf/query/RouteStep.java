package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.sstlib.core.Scale;
import org.sstlib.core.chain.ChainStep;

/**
 * One element on a path of the chain.
 *
 * <p>The {@link ChainRoute#steps() steps} of a {@link ChainRoute}. Immutable: the constructor checks every field.
 *
 * @param caseId the case
 * @param position how many chain steps from the start: 0 for the start
 * @param id the element's id
 * @param label its label
 * @param kind "structure", "agency", "position-practice" or "event"
 * @param role the role it plays on this path, in which cycle: "external in bcf-planning", "agency in
 *     icm-meeting", "outcome of icm-meeting", "position-practice of alf-daily-life", "internal in ...",
 *     "material in ..."; an element that carries the chain from one cycle to the next has both, as in
 *     "outcome of partnership-strategy, external in bcf-planning" (the duality of structure)
 * @param cycle the cycle of the step that leaves the element (for the target, of the step that reaches it)
 * @param scale the element's scale; an agency, which has none, takes its cycle's
 * @param via the chain step that reaches this element from the one before; empty for the start
 * @param evidenceCount how many pieces of evidence support the element itself or its role in the cycle of a
 *     step that reaches or leaves it on this path (the rows {@link SstQueries#evidenceForChain} gives for it)
 */
public record RouteStep(String caseId, int position, String id, String label, String kind, String role,
    String cycle, Optional<Scale> scale, Optional<ChainStep> via, int evidenceCount) {
  /** Checks the fields. */
  public RouteStep {
    checkNotNull(caseId, "caseId");
    checkArgument(position >= 0, "position %s", position);
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    checkNotNull(kind, "kind");
    checkNotNull(role, "role");
    checkNotNull(cycle, "cycle");
    checkNotNull(scale, "scale");
    checkNotNull(via, "via");
    checkArgument(evidenceCount >= 0, "evidenceCount %s", evidenceCount);
  }
}

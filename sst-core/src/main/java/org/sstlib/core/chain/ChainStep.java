package org.sstlib.core.chain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.sstlib.core.Change;

/**
 * One step of the chain of structuration: a directed link between two elements of a case, of one {@link StepKind
 * kind}, in one cycle.
 *
 * <pre>{@code
 * ChainStep step = chain.stepsFrom("reconcile").get(0);
 * // ChainStep[from=reconcile, to=variance-report, kind=PRODUCES, cycle=month-end-close, change=Optional[CREATED],
 * //   producedIn=Optional.empty]
 * }</pre>
 *
 * @param from the id of the element the step leaves: an external, material or internal entry, or an agency
 * @param to the id of the element the step reaches: an agency, an outcome entry or a position-practice
 * @param kind what the step says
 * @param cycle the id of the cycle the step belongs to
 * @param change for a {@link StepKind#PRODUCES} step, the outcome entry's change (reproduced, changed, created,
 *     eroded or event) if the analyst gave one; always empty for the other kinds
 * @param producedIn for a step that leaves a structure or event as the outcome of a cycle's agency (rather than the
 *     element as it stands), that cycle: such a step only leads into the agency of the same cycle or of one that is
 *     not earlier (see {@link org.sstlib.core.CycleOrder}); empty for a step that leaves the element itself and for
 *     produces and enactedIn steps
 */
public record ChainStep(String from, String to, StepKind kind, String cycle, Optional<Change> change,
    Optional<String> producedIn) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if a step other than {@link StepKind#PRODUCES} carries a change
   */
  public ChainStep {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(kind, "kind");
    checkNotNull(cycle, "cycle");
    checkNotNull(change, "change");
    checkNotNull(producedIn, "producedIn");
    checkArgument(kind == StepKind.PRODUCES || change.isEmpty(),
        "only a produces step carries a change, not the %s step from '%s' to '%s'", kind.code(), from, to);
    checkArgument(producedIn.isEmpty() || kind != StepKind.PRODUCES && kind != StepKind.ENACTED_IN,
        "a %s step leaves an agency, not an outcome, so it has no producedIn", kind.code());
  }

  /** A step that leaves the element itself (no {@link #producedIn()}). */
  public ChainStep(String from, String to, StepKind kind, String cycle, Optional<Change> change) {
    this(from, to, kind, cycle, change, Optional.empty());
  }

  /** A step with no change: any kind but {@link StepKind#PRODUCES}, or a produces step whose change is unknown. */
  public static ChainStep of(String from, String to, StepKind kind, String cycle) {
    return new ChainStep(from, to, kind, cycle, Optional.empty());
  }

  /**
   * A step with no change that leaves the structure or event {@code from} as the outcome of cycle {@code producedIn}.
   */
  public static ChainStep fromOutcome(String from, String to, StepKind kind, String cycle, String producedIn) {
    return new ChainStep(from, to, kind, cycle, Optional.empty(), Optional.of(checkNotNull(producedIn, "producedIn")));
  }

  /** A {@link StepKind#PRODUCES} step from an agency to an outcome entry with the given change. */
  public static ChainStep produces(String agency, String outcome, String cycle, Change change) {
    return new ChainStep(agency, outcome, StepKind.PRODUCES, cycle, Optional.of(checkNotNull(change, "change")));
  }
}

package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * An outcome that someone intended and that did not happen: an outcome entry marked not realised, with who
 * intended it, what happened instead and the evidence for it.
 *
 * <p>{@link SstQueries#unrealised()} gives these. Immutable: the constructor checks every field.
 *
 * @param caseId the case
 * @param cycle the id of the cycle whose outcome role lists it
 * @param index the entry's place in the outcome role, from 0
 * @param outcome the id of the structure or event that did not come about
 * @param label its label
 * @param intendedBy ids of the agents who intended it, sorted
 * @param instead ids of the events or realised outcomes that happened instead, sorted (empty when the case does not
 *     say)
 * @param evidence ids of the evidence that supports the outcome as such or its role in this cycle, sorted
 */
public record UnrealisedOutcome(String caseId, String cycle, int index, String outcome, String label,
    ImmutableList<String> intendedBy, ImmutableList<String> instead, ImmutableList<String> evidence) {
  /** Checks the fields. */
  public UnrealisedOutcome {
    checkNotNull(caseId, "caseId");
    checkNotNull(cycle, "cycle");
    checkNotNull(outcome, "outcome");
    checkNotNull(label, "label");
    intendedBy = ImmutableList.copyOf(checkNotNull(intendedBy, "intendedBy"));
    instead = ImmutableList.copyOf(checkNotNull(instead, "instead"));
    evidence = ImmutableList.copyOf(checkNotNull(evidence, "evidence"));
  }
}

package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * An entry of a cycle's {@code outcomes} role: a structure or event the agency produced, and how.
 *
 * <pre>{@code
 * Outcome caseload = Outcome.of("caseload").withChange(Change.REPRODUCED).withTerm(Term.LONG);
 * }</pre>
 *
 * @param ref the id of the structure or event
 * @param change whether it reproduced, changed, created or eroded the structure, or is an event
 * @param term short or long term
 * @param intended whether the agent-in-focus intended it
 * @param producedBy ids of the cycle's agency that produced it; in a built {@link Case} never empty (it
 *     defaults to all of the cycle's agency)
 */
public record Outcome(
    String ref,
    Optional<Change> change,
    Optional<Term> term,
    Intended intended,
    ImmutableList<String> producedBy) {

  public Outcome {
    checkNotNull(ref, "ref");
    checkNotNull(change, "change");
    checkNotNull(term, "term");
    checkNotNull(intended, "intended");
    producedBy = ElementBuilder.copy(producedBy, "producedBy");
  }

  /** An outcome with no qualifiers, produced by all of the cycle's agency. */
  public static Outcome of(String ref) {
    return new Outcome(ref, Optional.empty(), Optional.empty(), Intended.UNKNOWN, ImmutableList.of());
  }

  /** This outcome with the given change. */
  public Outcome withChange(Change change) {
    return new Outcome(ref, Optional.of(checkNotNull(change, "change")), term, intended, producedBy);
  }

  /** This outcome with the given term. */
  public Outcome withTerm(Term term) {
    return new Outcome(ref, change, Optional.of(checkNotNull(term, "term")), intended, producedBy);
  }

  /** This outcome with the given intention. */
  public Outcome withIntended(Intended intended) {
    return new Outcome(ref, change, term, checkNotNull(intended, "intended"), producedBy);
  }

  /** This outcome, produced by the given agency ids only. */
  public Outcome withProducedBy(String... agency) {
    return new Outcome(ref, change, term, intended, ImmutableList.copyOf(Arrays.asList(agency)));
  }
}

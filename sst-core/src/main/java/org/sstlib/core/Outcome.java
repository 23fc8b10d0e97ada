package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * An entry of a cycle's {@code outcomes} role: a structure, event or position-practice the agency produced, and how;
 * or, when it is not {@link #realised()}, an outcome that someone intended and that did not happen.
 *
 * <p>Stones (2005) sets the outcomes of a cycle against the agents' intentions: outcomes may be intended or
 * unintended, and an intended outcome may fail to come about. Hughes, Shaw and Greenhalgh (2022) ask exactly why
 * integrated care did not avoid admissions. An unrealised entry records such a failed intention: who intended it
 * ({@link #intendedBy()}, by default the agent-in-focus) and what happened instead ({@link #instead()}: events or
 * realised outcomes of the case). It stays in the role as a finding, but nothing produced it: it gives no
 * {@code produces} step of the chain. On an unrealised entry, {@link #producedBy()} names the agency that pursued
 * it.
 *
 * <pre>{@code
 * Outcome caseload = Outcome.of("caseload").withChange(Change.REPRODUCED).withTerm(Term.LONG);
 * Outcome avoided = Outcome.of("admission-avoided").withChange(Change.EVENT).unrealised()
 *     .withIntendedBy("national-planners", "local-planners").withInstead("emergency-admission");
 * }</pre>
 *
 * @param ref the id of the structure, event or position-practice (a position-practice is created, reproduced,
 *     changed or eroded, never an event)
 * @param change whether it reproduced, changed, created or eroded the structure, or is an event
 * @param term short or long term
 * @param intended whether the agent-in-focus intended it
 * @param producedBy ids of the cycle's agency that produced it (that pursued it, if it was not realised); in a
 *     built {@link Case} never empty (it defaults to all of the cycle's agency)
 * @param realised false if the outcome was intended and did not happen
 * @param intendedBy ids of the agents who intended an unrealised outcome; in a built {@link Case} never empty for
 *     an unrealised outcome (it defaults to the agent-in-focus), and always empty for a realised one
 * @param instead ids of the events or realised outcomes of the case that happened instead of an unrealised
 *     outcome; empty for a realised one
 * @param by the id of the analyst who classified this entry; empty for the cycle's (by default the case's)
 */
public record Outcome(
    String ref,
    Optional<Change> change,
    Optional<Term> term,
    Intended intended,
    ImmutableList<String> producedBy,
    boolean realised,
    ImmutableList<String> intendedBy,
    ImmutableList<String> instead,
    Optional<String> by) {

  /** Checks that no component is null and copies the lists. */
  public Outcome {
    checkNotNull(ref, "ref");
    checkNotNull(change, "change");
    checkNotNull(term, "term");
    checkNotNull(intended, "intended");
    producedBy = ElementBuilder.copy(producedBy, "producedBy");
    intendedBy = ElementBuilder.copy(intendedBy, "intendedBy");
    instead = ElementBuilder.copy(instead, "instead");
    checkNotNull(by, "by");
  }

  /** An entry whose classification is the cycle's analysts'. */
  public Outcome(String ref, Optional<Change> change, Optional<Term> term, Intended intended,
      ImmutableList<String> producedBy, boolean realised, ImmutableList<String> intendedBy,
      ImmutableList<String> instead) {
    this(ref, change, term, intended, producedBy, realised, intendedBy, instead, Optional.empty());
  }

  /** A realised outcome with the given qualifiers. */
  public Outcome(String ref, Optional<Change> change, Optional<Term> term, Intended intended,
      ImmutableList<String> producedBy) {
    this(ref, change, term, intended, producedBy, true, ImmutableList.of(), ImmutableList.of());
  }

  /** A realised outcome with no qualifiers, produced by all of the cycle's agency. */
  public static Outcome of(String ref) {
    return new Outcome(ref, Optional.empty(), Optional.empty(), Intended.UNKNOWN, ImmutableList.of());
  }

  /** This outcome with the given change. */
  public Outcome withChange(Change change) {
    return new Outcome(ref, Optional.of(checkNotNull(change, "change")), term, intended, producedBy, realised,
        intendedBy, instead, by);
  }

  /** This outcome with the given term. */
  public Outcome withTerm(Term term) {
    return new Outcome(ref, change, Optional.of(checkNotNull(term, "term")), intended, producedBy, realised,
        intendedBy, instead, by);
  }

  /** This outcome with the given intention. */
  public Outcome withIntended(Intended intended) {
    return new Outcome(ref, change, term, checkNotNull(intended, "intended"), producedBy, realised, intendedBy,
        instead, by);
  }

  /** This outcome, produced by the given agency ids only. */
  public Outcome withProducedBy(String... agency) {
    return new Outcome(ref, change, term, intended, ImmutableList.copyOf(Arrays.asList(agency)), realised,
        intendedBy, instead, by);
  }

  /** This outcome, marked as intended and not realised: it did not happen. */
  public Outcome unrealised() {
    return new Outcome(ref, change, term, intended, producedBy, false, intendedBy, instead, by);
  }

  /** This outcome, intended by the given agent ids only (for an unrealised outcome; default the agent-in-focus). */
  public Outcome withIntendedBy(String... agents) {
    return new Outcome(ref, change, term, intended, producedBy, realised, ImmutableList.copyOf(Arrays.asList(agents)),
        instead, by);
  }

  /** This outcome, with the given events or realised outcomes having happened instead (for an unrealised one). */
  public Outcome withInstead(String... ids) {
    return new Outcome(ref, change, term, intended, producedBy, realised, intendedBy,
        ImmutableList.copyOf(Arrays.asList(ids)), by);
  }

  /** This outcome, classified by the given analyst. */
  public Outcome withBy(String analyst) {
    return new Outcome(ref, change, term, intended, producedBy, realised, intendedBy, instead,
        Optional.of(checkNotNull(analyst, "analyst")));
  }
}

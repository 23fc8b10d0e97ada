package org.sstlib.core;

import static org.sstlib.core.internal.Messages.article;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sstlib.core.internal.DidYouMean;

/**
 * Checks the unrealised outcomes of a {@link Case.Builder}: outcomes that someone intended and that did not happen
 * ({@code realised: false}), who intended them ({@code intendedBy}) and what happened instead ({@code instead}).
 *
 * <p>The rules, each reported with the case-file path and the cycle's id:
 *
 * <ul>
 *   <li>{@code intendedBy} and {@code instead} describe an outcome that did not happen: on a realised outcome they
 *       are an error (whether the agent-in-focus intended a realised outcome is said with {@code intended});
 *   <li>{@code intendedBy} names agents, each once;
 *   <li>{@code intended: no} contradicts an unrealised outcome intended by the agent-in-focus (its default), and
 *       {@code intended: yes} contradicts an {@code intendedBy} that leaves the agent-in-focus out;
 *   <li>{@code instead} names, each once, what happened: an event of the case that is not only ever an unrealised
 *       outcome, or a structure that some cycle of the case realises as an outcome; never the outcome itself.
 * </ul>
 *
 * <p>References that name nothing the case defines are reported with a "did you mean". Not thread-safe: one
 * checker per check.
 */
final class UnrealisedOutcomeChecker {

  /** "Did you mean" costs a comparison with every id; a file with thousands of slips gets it for the first ones. */
  private static final int MAX_HINTS = 100;

  private final Case.Builder b;
  private final Function<String, Optional<String>> kindOf;
  private final CheckSink sink;
  private final Set<String> agents = new HashSet<>();
  private final Set<String> events = new HashSet<>();
  private final Set<String> structures = new HashSet<>();
  /** For each element that is an outcome somewhere: whether some cycle realises it. */
  private final Map<String, Boolean> realisedSomewhere = new HashMap<>();
  private int hints;

  /**
   * @param kindOf what an id of the case names ("agent", "structure", "cycle", ...), if anything
   */
  UnrealisedOutcomeChecker(Case.Builder b, Function<String, Optional<String>> kindOf, CheckSink sink) {
    this.b = b;
    this.kindOf = kindOf;
    this.sink = sink;
  }

  void check() {
    b.agents.forEach(a -> agents.add(a.id()));
    b.events.forEach(e -> events.add(e.id()));
    b.structures.forEach(s -> structures.add(s.id()));
    for (Cycle c : b.cycles) {
      for (Outcome o : c.outcomes()) {
        realisedSomewhere.merge(o.ref(), o.realised(), Boolean::logicalOr);
      }
    }
    for (int i = 0; i < b.cycles.size(); i++) {
      Cycle c = b.cycles.get(i);
      for (int j = 0; j < c.outcomes().size(); j++) {
        Outcome o = c.outcomes().get(j);
        String path = "cycles[" + i + "].outcomes[" + j + "]";
        if (o.realised()) {
          checkRealised(path, c, o);
        } else {
          checkUnrealised(path, c, o);
        }
      }
    }
  }

  private void checkRealised(String path, Cycle c, Outcome o) {
    if (!o.intendedBy().isEmpty()) {
      sink.add(path + ".intendedBy", c.id(), "outcome '" + o.ref() + "' of cycle '" + c.id() + "' is realised: "
          + "'intendedBy' names who intended an outcome that did not happen; add 'realised: false', or say with "
          + "'intended' whether the agent-in-focus intended it");
    }
    if (!o.instead().isEmpty()) {
      sink.add(path + ".instead", c.id(), "outcome '" + o.ref() + "' of cycle '" + c.id() + "' is realised: "
          + "'instead' names what happened in place of an outcome that did not happen; add 'realised: false'");
    }
  }

  private void checkUnrealised(String path, Cycle c, Outcome o) {
    String id = c.id();
    String focus = c.agentInFocus();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < o.intendedBy().size(); k++) {
      String agent = o.intendedBy().get(k);
      String p = path + ".intendedBy[" + k + "]";
      if (!seen.add(agent)) {
        sink.add(p, id, "'" + agent + "' is listed twice in intendedBy of outcome '" + o.ref() + "'");
      } else if (!agents.contains(agent)) {
        sink.add(p, id, kindOf.apply(agent)
            .map(kind -> "'" + agent + "' is " + article(kind) + " " + kind + ", not an agent: intendedBy of "
                + "outcome '" + o.ref() + "' names the agents who intended it")
            .orElse("agent '" + agent + "' is referenced by cycle '" + id + "' but not defined"
                + hint(agent, agents)));
      }
    }
    boolean byFocus = o.intendedBy().isEmpty() || o.intendedBy().contains(focus);
    if (o.intended() == Intended.NO && byFocus) {
      sink.add(path + ".intended", id, "outcome '" + o.ref() + "' of cycle '" + id + "' did not happen and was "
          + "intended by the agent-in-focus '" + focus + "'" + (o.intendedBy().isEmpty() ? " (the default of "
          + "intendedBy)" : "") + ", so 'intended' cannot be 'no'; name in intendedBy who intended it");
    } else if (o.intended() == Intended.YES && !byFocus) {
      sink.add(path + ".intended", id, "outcome '" + o.ref() + "' of cycle '" + id + "' says the agent-in-focus "
          + "intended it, but intendedBy does not name '" + focus + "'");
    }
    seen.clear();
    for (int k = 0; k < o.instead().size(); k++) {
      String ref = o.instead().get(k);
      String p = path + ".instead[" + k + "]";
      if (!seen.add(ref)) {
        sink.add(p, id, "'" + ref + "' is listed twice in instead of outcome '" + o.ref() + "'");
      } else if (ref.equals(o.ref())) {
        sink.add(p, id, "outcome '" + o.ref() + "' cannot have happened instead of itself");
      } else {
        checkInstead(p, id, o.ref(), ref);
      }
    }
  }

  /** What happened instead must have happened: an event, or a structure some cycle realises. */
  private void checkInstead(String path, String cycle, String outcome, String ref) {
    Boolean realised = realisedSomewhere.get(ref);
    if (events.contains(ref)) {
      if (Boolean.FALSE.equals(realised)) {
        sink.add(path, cycle, "event '" + ref + "' is only ever an unrealised outcome in this case, so it did not "
            + "happen instead of '" + outcome + "'");
      }
    } else if (structures.contains(ref)) {
      if (!Boolean.TRUE.equals(realised)) {
        sink.add(path, cycle, "structure '" + ref + "' is not a realised outcome of any cycle of the case: "
            + "'instead' names what happened instead of '" + outcome + "', an event or a structure that a cycle "
            + "produces");
      }
    } else {
      Optional<String> kind = kindOf.apply(ref);
      if (kind.isPresent()) {
        sink.add(path, cycle, "'" + ref + "' is " + article(kind.get()) + " " + kind.get() + ": 'instead' names "
            + "what happened instead of '" + outcome + "', an event or a structure that a cycle produces");
      } else {
        Set<String> candidates = new HashSet<>(events);
        candidates.addAll(structures);
        sink.add(path, cycle, "'" + ref + "', named in instead of outcome '" + outcome + "' of cycle '" + cycle
            + "', is not defined" + hint(ref, candidates));
      }
    }
  }

  private String hint(String word, Set<String> candidates) {
    if (hints >= MAX_HINTS) {
      return "";
    }
    hints++;
    return DidYouMean.hint(word, candidates);
  }
}

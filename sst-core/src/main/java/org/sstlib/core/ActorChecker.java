package org.sstlib.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sstlib.core.internal.DidYouMean;

/**
 * Checks who acts in each cycle of a {@link Case.Builder}: an agency's actors ({@code by}) are the agent-in-focus
 * or, when the agent-in-focus is a collective, its members (directly or through collectives within it); and the
 * agent-in-focus (or, for a collective, a member) occupies the cycle's position-practice, since the agency is the
 * practice of that position.
 *
 * <p>Each problem is reported with the case-file path and the cycle's id. Not thread-safe: one checker per check.
 */
final class ActorChecker {

  private final Case.Builder b;
  private final CheckSink sink;
  private final Map<String, Agent> agents = new HashMap<>();
  private final Map<String, PositionPractice> positionPractices = new HashMap<>();

  ActorChecker(Case.Builder b, CheckSink sink) {
    this.b = b;
    this.sink = sink;
    b.agents.forEach(a -> agents.putIfAbsent(a.id(), a));
    b.positionPractices.forEach(p -> positionPractices.putIfAbsent(p.id(), p));
  }

  void check() {
    for (int i = 0; i < b.cycles.size(); i++) {
      Cycle c = b.cycles.get(i);
      Agent focus = agents.get(c.agentInFocus());
      if (focus == null) {
        continue;
      }
      Set<String> members = focus.type() == AgentType.COLLECTIVE ? membersOf(focus.id()) : Set.of();
      for (int j = 0; j < c.agency().size(); j++) {
        ActiveAgency a = c.agency().get(j);
        for (int k = 0; k < a.by().size(); k++) {
          String actor = a.by().get(k);
          String path = "cycles[" + i + "].agency[" + j + "].by[" + k + "]";
          if (!agents.containsKey(actor)) {
            sink.add(path, c.id(), "agent '" + actor + "' is named as acting in agency '" + a.id() + "' but not "
                + "defined" + DidYouMean.hint(actor, agents.keySet()));
            continue;
          }
          if (actor.equals(focus.id()) || members.contains(actor)) {
            continue;
          }
          sink.add(path, c.id(), "agent '" + actor + "' acts in "
              + "agency '" + a.id() + "' but is not the agent-in-focus '" + focus.id() + "'"
              + (focus.type() == AgentType.COLLECTIVE ? " or a member of it (memberOf)" : "")
              + ": an agency is the agent-in-focus's; another agent's action is a cycle of its own, or this agent "
              + "is an agent-in-context");
        }
      }
      PositionPractice pp = c.positionPractice().map(positionPractices::get).orElse(null);
      if (pp != null) {
        occupied(i, c, focus, members, pp);
      }
    }
  }

  private void occupied(int i, Cycle c, Agent focus, Set<String> members, PositionPractice pp) {
    List<String> occupants = pp.occupiedBy();
    if (occupants.contains(focus.id()) || occupants.stream().anyMatch(members::contains)) {
      return;
    }
    sink.add("cycles[" + i + "].positionPractice", c.id(), "the agent-in-focus '" + focus.id() + "' does not occupy "
        + "position-practice '" + pp.id() + "'" + (focus.type() == AgentType.COLLECTIVE ? ", and none of its members "
        + "does" : "") + ": the cycle's agency is the practice of that position, so add '" + focus.id()
        + "' to its occupiedBy" + (focus.type() == AgentType.COLLECTIVE ? " (or the member who occupies it)" : ""));
  }

  /** The agents that are members of a collective, directly or through collectives within it. */
  private Set<String> membersOf(String collective) {
    Map<String, Set<String>> direct = new HashMap<>();
    for (Agent a : agents.values()) {
      for (String group : a.memberOf()) {
        direct.computeIfAbsent(group, g -> new HashSet<>()).add(a.id());
      }
    }
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(direct.getOrDefault(collective, Set.of()));
    while (!todo.isEmpty()) {
      String m = todo.poll();
      if (seen.add(m)) {
        todo.addAll(direct.getOrDefault(m, Set.of()));
      }
    }
    seen.remove(collective);
    return seen;
  }
}

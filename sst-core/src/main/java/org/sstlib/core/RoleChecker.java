package org.sstlib.core;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the condition roles of one cycle (external, material, internal) and the collectives whose internal
 * structures the cycle draws on ({@code drawsOn}).
 *
 * <p>The rules, each reported with the case-file path and the cycle's id:
 *
 * <ul>
 *   <li>an element plays one condition role in a cycle;
 *   <li>the internal role holds the agent-in-focus's internal structures: those it holds itself, or those of a
 *       collective the cycle names in {@code drawsOn}. A collective's internal structures are not each member's:
 *       Stones (2005) places knowledge and dispositions in the agent-in-focus, and a member's view may differ from
 *       the one its collective holds, so a member draws on them only where the structure names the member too or
 *       the cycle says so. An entry marked unavailable may name another agent's structure: what the agent-in-focus
 *       lacked;
 *   <li>{@code drawsOn} names collectives the agent-in-focus is a member of, directly or through collectives within
 *       them ({@code memberOf});
 *   <li>an internal structure under external is an agent-in-context's (at least one of its holders is an
 *       agent-in-context), never one the agent-in-focus draws on;
 *   <li>the material role holds material resources and embodied capacities;
 *   <li>an entry marked unavailable is an internal entry; an agency draws on internal entries of its cycle and is
 *       conditioned by its external and material entries.
 * </ul>
 *
 * <p>Not thread-safe: one checker per case check.
 */
final class RoleChecker {

  /** What the role rules need of the case check: where problems go, and how references are judged. */
  interface Reporter {
    void add(String path, String elementId, String message);

    /** Checks that {@code ref} names an element of the expected kind; reports and returns false otherwise. */
    boolean expect(String path, String owner, String ref, String what, Set<String> ids);

    /** Reports a reference that names nothing, or something the role does not hold. */
    void wrongKindOrMissing(String path, String owner, String ref, String role, String expected);

    /** " (did you mean 'x'?)", or nothing. */
    String hint(String word, Collection<String> candidates);
  }

  private final Map<String, Agent> agents;
  private final Map<String, Structure> structures;
  private final Set<String> events;
  private final Set<String> positionPractices;
  private final Reporter r;

  RoleChecker(Map<String, Agent> agents, Map<String, Structure> structures, Set<String> events,
      Set<String> positionPractices, Reporter reporter) {
    this.agents = agents;
    this.structures = structures;
    this.events = events;
    this.positionPractices = positionPractices;
    this.r = reporter;
  }

  /**
   * Checks the roles of cycle {@code c} at {@code path}.
   *
   * @param inContext the cycle's agents-in-context
   * @param focusKnown whether the agent-in-focus is a defined agent
   */
  void check(String path, Cycle c, Set<String> inContext, boolean focusKnown) {
    String id = c.id();
    Set<String> groups = focusKnown ? collectivesOf(c.agentInFocus()) : Set.of();
    Set<String> drawn = drawsOn(path, c, groups, focusKnown);
    Map<String, String> listedIn = new HashMap<>();
    if (c.external().isEmpty()) {
      r.add(path + ".external", id, "cycle '" + id + "' has no external structures: name at least one condition "
          + "of the agent-in-focus's action");
    }
    for (int i = 0; i < c.external().size(); i++) {
      String p = path + ".external[" + i + "]";
      String ref = c.external().get(i).ref();
      if (once(p, c, ref, "external", listedIn)) {
        external(p, c, ref, inContext, groups, drawn);
      }
    }
    for (int i = 0; i < c.material().size(); i++) {
      String p = path + ".material[" + i + "]";
      String ref = c.material().get(i).ref();
      if (once(p, c, ref, "material", listedIn)) {
        material(p, c, ref);
      }
    }
    for (int i = 0; i < c.internal().size(); i++) {
      String p = path + ".internal[" + i + "]";
      String ref = c.internal().get(i);
      if (once(p, c, ref, "internal", listedIn)) {
        internal(p, c, ref, groups, drawn, focusKnown);
      }
    }
    for (String ref : c.unavailableInternal()) {
      if (!c.internal().contains(ref)) {
        r.add(path + ".internal", id, "'" + ref + "' is marked unavailable but is not in the internal role of cycle '"
            + id + "'");
      }
    }
  }

  /**
   * Checks what an agency draws on ({@code drawsOn}: entries of its cycle's internal role, which the rules above
   * hold to the agent-in-focus's own and its drawn-on collectives') and is conditioned by ({@code conditionedBy}:
   * the cycle's external and material entries).
   */
  void links(String path, Cycle c, ActiveAgency a, Set<String> internalIds, Set<String> conditionIds) {
    for (int j = 0; j < a.drawsOn().size(); j++) {
      String ref = a.drawsOn().get(j);
      if (!internalIds.contains(ref)) {
        r.add(path + ".drawsOn[" + j + "]", a.id(), "agency '" + a.id() + "' draws on '" + ref + "', which is not "
            + "in the internal role of cycle '" + c.id() + "'" + r.hint(ref, internalIds));
      }
    }
    for (int j = 0; j < a.conditionedBy().size(); j++) {
      String ref = a.conditionedBy().get(j);
      if (!conditionIds.contains(ref)) {
        r.add(path + ".conditionedBy[" + j + "]", a.id(), "agency '" + a.id() + "' is conditioned by '" + ref
            + "', which is not an external or material entry of cycle '" + c.id() + "'" + r.hint(ref, conditionIds));
      }
    }
  }

  /** Checks the cycle's drawsOn; returns the collectives it names that the agent-in-focus is a member of. */
  private Set<String> drawsOn(String path, Cycle c, Set<String> groups, boolean focusKnown) {
    Set<String> drawn = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < c.drawsOn().size(); j++) {
      String g = c.drawsOn().get(j);
      String p = path + ".drawsOn[" + j + "]";
      if (!seen.add(g)) {
        r.add(p, c.id(), "'" + g + "' is listed twice in drawsOn of cycle '" + c.id() + "'");
      } else if (g.equals(c.agentInFocus())) {
        r.add(p, c.id(), "'" + g + "' is the agent-in-focus of cycle '" + c.id() + "': it draws on its own internal "
            + "structures without drawsOn, which names collectives the agent-in-focus is a member of");
      } else if (r.expect(p, c.id(), g, "agent", agents.keySet())) {
        if (agents.get(g).type() != AgentType.COLLECTIVE) {
          r.add(p, c.id(), "cycle '" + c.id() + "' draws on '" + g + "', which is not a collective agent: drawsOn "
              + "names collectives whose internal structures the agent-in-focus draws on as a member");
        } else if (focusKnown && !groups.contains(g)) {
          r.add(p, c.id(), "cycle '" + c.id() + "' draws on the internal structures of '" + g + "', but the "
              + "agent-in-focus '" + c.agentInFocus() + "' is not a member of it (directly or through memberOf): "
              + "a member draws on its collective's internal structures, so add '" + g + "' to memberOf of '"
              + c.agentInFocus() + "' or drop it from drawsOn");
        } else {
          drawn.add(g);
        }
      }
    }
    return drawn;
  }

  private boolean once(String path, Cycle c, String ref, String role, Map<String, String> listedIn) {
    String first = listedIn.putIfAbsent(ref, role);
    if (first != null) {
      r.add(path, c.id(), "'" + ref + "' is listed twice in cycle '" + c.id() + "' (in " + first + " and in " + role
          + "); an element plays one condition role in a cycle");
      return false;
    }
    return true;
  }

  private void external(String path, Cycle c, String ref, Set<String> inContext, Set<String> groups,
      Set<String> drawn) {
    Structure s = structures.get(ref);
    if (s != null) {
      if (!s.isInternal()) {
        return;
      }
      if (s.heldBy(c.agentInFocus())) {
        r.add(path, c.id(), "'" + ref + "' is an internal structure of the agent-in-focus and belongs in the internal "
            + "role of cycle '" + c.id() + "', not in external");
      } else if (s.internalTo().stream().anyMatch(drawn::contains)) {
        String g = s.internalTo().stream().filter(drawn::contains).findFirst().get();
        r.add(path, c.id(), "'" + ref + "' is an internal structure of '" + g + "', which cycle '" + c.id()
            + "' draws on (drawsOn), and belongs in its internal role, not in external");
      } else if (s.internalTo().stream().noneMatch(inContext::contains)) {
        Optional<String> group = s.internalTo().stream().filter(groups::contains).findFirst();
        String advice = group.map(g -> "; or, if the agent-in-focus draws on it as a member of '" + g + "', list it "
            + "under internal and say drawsOn: [" + g + "]").orElse("");
        if (s.internalTo().size() == 1) {
          String holder = s.internalTo().get(0);
          r.add(path, c.id(), "'" + ref + "' is an internal structure of '" + holder + "', who is not an "
              + "agent-in-context of cycle '" + c.id() + "': add '" + holder + "' to agentsInContext" + advice);
        } else {
          r.add(path, c.id(), "'" + ref + "' is an internal structure of " + holders(s) + ", none of whom is an "
              + "agent-in-context of cycle '" + c.id() + "': add the one whose structure conditions the action to "
              + "agentsInContext" + advice);
        }
      }
      return;
    }
    if (events.contains(ref) || positionPractices.contains(ref)) {
      return;
    }
    r.wrongKindOrMissing(path, c.id(), ref, "external",
        "a structure, an event, a position-practice or an agent-in-context's internal structure");
  }

  private void material(String path, Cycle c, String ref) {
    Structure s = structures.get(ref);
    if (s == null) {
      r.wrongKindOrMissing(path, c.id(), ref, "material", "a material-resource or embodied-capacity structure");
    } else if (!s.isMaterial()) {
      r.add(path, c.id(), "'" + ref + "' has " + s.form().map(f -> "form " + f.code()).orElse("no form")
          + "; the material role of cycle '" + c.id() + "' holds material-resource and embodied-capacity structures "
          + "(list it under external)");
    }
  }

  private void internal(String path, Cycle c, String ref, Set<String> groups, Set<String> drawn,
      boolean focusKnown) {
    Structure s = structures.get(ref);
    if (s == null) {
      r.wrongKindOrMissing(path, c.id(), ref, "internal", "an internal structure of the agent-in-focus");
    } else if (!s.isInternal()) {
      r.add(path, c.id(), "'" + ref + "' is not an internal structure (it has no internalTo) and cannot be in the "
          + "internal role of cycle '" + c.id() + "'; list it under external");
    } else if (focusKnown && c.internalAvailable(ref) && !s.heldBy(c.agentInFocus())
        && s.internalTo().stream().noneMatch(drawn::contains)) {
      // An unavailable entry may name another agent's knowledge or disposition: what the agent-in-focus lacked.
      Optional<String> group = s.internalTo().stream().filter(groups::contains).findFirst();
      if (group.isPresent()) {
        String g = group.get();
        r.add(path, c.id(), "'" + ref + "' is an internal structure of '" + g + "', of which '" + c.agentInFocus()
            + "' is a member; a member does not draw on its collective's internal structures unless the structure "
            + "names it in internalTo or the cycle says drawsOn: [" + g + "] (cycle '" + c.id() + "')");
      } else {
        r.add(path, c.id(), "'" + ref + "' is an internal structure of " + holders(s) + ", not of the "
            + "agent-in-focus '" + c.agentInFocus() + "'; the internal role of cycle '" + c.id() + "' holds the "
            + "agent-in-focus's own internal structures (an agent-in-context's belong in external)");
      }
    }
  }

  /** The holders of an internal structure for a message: 'a', or 'a', 'b' and 'c'. */
  static String holders(Structure s) {
    List<String> quoted = s.internalTo().stream().map(h -> "'" + h + "'").collect(Collectors.toList());
    return quoted.size() == 1 ? quoted.get(0)
        : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
  }

  /** The collectives {@code agent} is a member of, directly or through collectives within them. */
  private Set<String> collectivesOf(String agent) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(memberOf(agent));
    while (!todo.isEmpty()) {
      String a = todo.poll();
      if (seen.add(a)) {
        todo.addAll(memberOf(a));
      }
    }
    seen.remove(agent);
    return seen;
  }

  private Collection<String> memberOf(String agent) {
    Agent a = agents.get(agent);
    return a == null ? List.of() : a.memberOf();
  }
}

package org.sstlib.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds the loops of {@code follows} among a case's cycles: {@code follows} orders cycles in time, so no cycle may
 * follow itself through others. Each loop is found once, at the first cycle of the loop (in case order) that the
 * search meets on it. An iterative depth-first search, so long chains of cycles cannot overflow the stack.
 * Stateless.
 */
final class FollowsLoops {
  /**
   * One loop: the cycle where it closes, that cycle's index in the case, and the ids along the loop, the closing
   * cycle first and last.
   */
  record Loop(String cycle, int index, List<String> path) {}

  private FollowsLoops() {}

  /**
   * The loops of {@code follows} among {@code cycles}, in the order the search meets them.
   *
   * @param byId the cycles by id (a {@code follows} naming no cycle is left to the reference checks)
   */
  static List<Loop> find(List<Cycle> cycles, Map<String, Cycle> byId) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < cycles.size(); i++) {
      index.putIfAbsent(cycles.get(i).id(), i);
    }
    List<Loop> loops = new ArrayList<>();
    Map<String, Integer> state = new HashMap<>(); // absent: not seen; 1: on the stack; 2: done
    for (Cycle start : cycles) {
      if (state.containsKey(start.id())) {
        continue;
      }
      List<String> stack = new ArrayList<>();
      Deque<Iterator<String>> iterators = new ArrayDeque<>();
      stack.add(start.id());
      state.put(start.id(), 1);
      iterators.push(followsOf(start.id(), byId).iterator());
      while (!iterators.isEmpty()) {
        Iterator<String> it = iterators.peek();
        if (!it.hasNext()) {
          iterators.pop();
          state.put(stack.remove(stack.size() - 1), 2);
          continue;
        }
        String next = it.next();
        Integer s = state.get(next);
        if (s == null && byId.containsKey(next)) {
          stack.add(next);
          state.put(next, 1);
          iterators.push(followsOf(next, byId).iterator());
        } else if (s != null && s == 1) {
          List<String> loop = new ArrayList<>(stack.subList(stack.indexOf(next), stack.size()));
          loop.add(next);
          loops.add(new Loop(next, index.get(next), List.copyOf(loop)));
        }
      }
    }
    return loops;
  }

  private static List<String> followsOf(String cycle, Map<String, Cycle> byId) {
    Cycle c = byId.get(cycle);
    return c == null ? List.of() : c.follows().stream().filter(f -> !f.equals(cycle)).toList();
  }
}

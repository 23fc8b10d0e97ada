package org.sstlib.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reports a case whose {@code follows} and {@code time} contradict each other: cycles that, taken together, each come
 * after the next and the last after the first. The problem is given at every place that says so (each
 * {@code follows} entry and each {@code time} on the loop), each naming the whole loop. Loops of {@code follows}
 * alone are {@link FollowsLoops}'s to report. Stateless.
 */
final class OrderContradictions {

  private OrderContradictions() {}

  static void report(List<Cycle> cycles, CheckSink sink) {
    CycleOrder.of(cycles).contradiction().ifPresent(links -> {
      if (links.stream().noneMatch(CycleOrder.Link::byTime)) {
        return;
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < cycles.size(); i++) {
        index.putIfAbsent(cycles.get(i).id(), i);
      }
      String loop = links.stream().map(l -> describe(l, cycles, index)).collect(Collectors.joining("; "));
      String message = "the follows and time of these cycles contradict each other, so they cannot be put in order: "
          + loop + " (correct a time or a follows)";
      Map<String, String> places = new java.util.LinkedHashMap<>();
      for (CycleOrder.Link l : links) {
        int i = index.get(l.later());
        Cycle c = cycles.get(i);
        if (l.byTime()) {
          places.putIfAbsent("cycles[" + i + "].time", c.id());
          places.putIfAbsent("cycles[" + index.get(l.earlier()) + "].time", l.earlier());
        } else {
          places.putIfAbsent("cycles[" + i + "].follows[" + c.follows().indexOf(l.earlier()) + "]", c.id());
        }
      }
      places.forEach((path, id) -> sink.add(path, id, message));
    });
  }

  private static String describe(CycleOrder.Link l, List<Cycle> cycles, Map<String, Integer> index) {
    if (!l.byTime()) {
      return "'" + l.later() + "' follows '" + l.earlier() + "'";
    }
    String later = cycles.get(index.get(l.later())).time().orElse("");
    String earlier = cycles.get(index.get(l.earlier())).time().orElse("");
    return "'" + l.later() + "' (time " + later + ") begins after '" + l.earlier() + "' (time " + earlier
        + ") ends";
  }
}

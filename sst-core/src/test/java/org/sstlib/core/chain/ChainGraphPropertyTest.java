package org.sstlib.core.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.Graphs;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Case;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Outcome;
import org.sstlib.core.testing.BruteForceOrder;

/**
 * Properties of the chain on seeded random cases full of feedback ({@link RandomChainCases}). A failure names its
 * seed; replay it alone with {@code -Dsst.chain.seed=<seed>}.
 *
 * <p>The graph's nodes are element ids and one {@code id@cycle} per realised outcome; queries take element ids, and
 * the brute-force searches here walk the node graph under the library's rule: a path starts at the element itself,
 * may end at any node of the target, and shows no element twice.
 */
class ChainGraphPropertyTest {
  private static final int SEEDS = 200;
  /** A hang guard for a whole run over every seed, not a performance assertion. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  private static long[] seeds() {
    Long one = Long.getLong("sst.chain.seed");
    return one != null ? new long[] {one} : LongStream.range(0, SEEDS).toArray();
  }

  /** The element ids of a chain: its nodes without the outcome nodes ({@code id@cycle}). */
  private static List<String> elements(ChainGraph chain) {
    return chain.graph().nodes().stream().filter(n -> !n.contains("@")).collect(Collectors.toList());
  }

  /** The element a node shows. */
  private static String element(String node) {
    int at = node.indexOf('@');
    return at < 0 ? node : node.substring(0, at);
  }

  /** The node a step leaves: the element itself, or its outcome of the cycle that produced it. */
  private static String fromKey(ChainStep s) {
    return s.producedIn().map(c -> s.from() + "@" + c).orElse(s.from());
  }

  /** The node a step reaches: a produces step reaches the outcome of its cycle. */
  private static String toKey(ChainStep s) {
    return s.kind() == StepKind.PRODUCES ? s.to() + "@" + s.cycle() : s.to();
  }

  /** Node sequences compared by length, then element by element: written apart from the library's order. */
  private static final Comparator<List<String>> BY_LENGTH_THEN_IDS = (a, b) -> {
    if (a.size() != b.size()) {
      return Integer.compare(a.size(), b.size());
    }
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  };

  @Test
  void pathsAreTheFirstSimplePathsOfABruteForceEnumeration() {
    int[] nonEmpty = {0};
    int[] crossCycle = {0};
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      for (long seed : seeds()) {
        ChainGraph chain = ChainGraph.of(RandomChainCases.generate(seed));
        List<String> nodes = elements(chain);
        SplittableRandom random = new SplittableRandom(~seed);
        for (int q = 0; q < 12; q++) {
          String from = nodes.get(random.nextInt(nodes.size()));
          String to = nodes.get(random.nextInt(nodes.size()));
          int limit = 1 + random.nextInt(12);
          int maxLength = 1 + random.nextInt(8);
          String where = "seed " + seed + ": paths(" + from + ", " + to + ", " + limit + ", " + maxLength + ")";
          ImmutableList<ChainPath> paths = chain.paths(from, to, limit, maxLength);
          checkPaths(chain, paths, from, to, limit, maxLength, where);
          List<List<String>> expected = bruteForce(chain, from, to, maxLength).stream()
              .sorted(BY_LENGTH_THEN_IDS).limit(limit).collect(Collectors.toList());
          assertEquals(expected, paths.stream().map(ChainPath::nodes).collect(Collectors.toList()), where);
          if (!paths.isEmpty()) {
            nonEmpty[0]++;
          }
          if (paths.stream().anyMatch(p -> p.steps().stream().map(ChainStep::cycle).distinct().count() > 1)) {
            crossCycle[0]++;
          }
        }
        // The default overload: limit 10, at most 12 steps.
        String from = nodes.get(0);
        String to = nodes.get(nodes.size() - 1);
        String where = "seed " + seed + ": paths(" + from + ", " + to + ")";
        checkPaths(chain, chain.paths(from, to), from, to, ChainGraph.DEFAULT_LIMIT, ChainGraph.DEFAULT_MAX_LENGTH,
            where);
      }
    });
    // The generator must give the property something to bite on.
    if (seeds().length == SEEDS) {
      assertTrue(nonEmpty[0] > SEEDS, "only " + nonEmpty[0] + " queries had a path");
      assertTrue(crossCycle[0] > SEEDS / 4, "only " + crossCycle[0] + " queries crossed cycles");
    }
  }

  private static void checkPaths(ChainGraph chain, List<ChainPath> paths, String from, String to, int limit,
      int maxLength, String where) {
    assertTrue(paths.size() <= limit, where + ": " + paths.size() + " paths");
    for (ChainPath path : paths) {
      String p = where + ": " + path;
      assertEquals(from, path.nodes().get(0), p);
      assertEquals(to, path.nodes().get(path.nodes().size() - 1), p);
      assertTrue(path.length() >= 1 && path.length() <= maxLength, p);
      List<String> keys = new ArrayList<>();
      keys.add(fromKey(path.steps().get(0)));
      path.steps().forEach(s -> keys.add(toKey(s)));
      assertEquals(keys.size(), new HashSet<>(keys).size(), "not simple: " + p);
      assertEquals(1, path.nodes().stream().filter(to::equals).count(), "the target before the end: " + p);
      assertEquals(1, path.nodes().stream().filter(from::equals).count(), "back through the start: " + p);
      // A path leaves the element itself and goes on from each node where the step before it arrived.
      assertEquals(from, fromKey(path.steps().get(0)), p);
      for (int i = 0; i < path.length(); i++) {
        ChainStep step = path.steps().get(i);
        assertEquals(chain.graph().edgeValue(fromKey(step), toKey(step)), Optional.of(step), p);
        if (i > 0) {
          assertEquals(toKey(path.steps().get(i - 1)), fromKey(step), p);
        }
      }
    }
    List<List<String>> nodes = paths.stream().map(ChainPath::nodes).collect(Collectors.toList());
    List<List<String>> sorted = new ArrayList<>(nodes);
    sorted.sort(BY_LENGTH_THEN_IDS);
    assertEquals(sorted, nodes, where + ": not shortest first, then by ids");
    assertEquals(nodes.size(), new HashSet<>(nodes).size(), where + ": a path twice");
  }

  /**
   * Every simple path from {@code from} to {@code to} of at most {@code maxLength} steps, as element ids, by
   * exhaustive search of the node graph: from the element's own node, to any node of {@code to}, never through a
   * node already on the path, back through the start, or through a node of {@code to} before the end.
   */
  private static List<List<String>> bruteForce(ChainGraph chain, String from, String to, int maxLength) {
    List<List<String>> out = new ArrayList<>();
    List<String> path = new ArrayList<>();
    path.add(from);
    extend(chain, path, from, to, maxLength, out);
    return out;
  }

  private static void extend(ChainGraph chain, List<String> path, String last, String to, int maxLength,
      List<List<String>> out) {
    if (path.size() > 1 && element(last).equals(to)) {
      out.add(path.stream().map(ChainGraphPropertyTest::element).collect(Collectors.toList()));
      return;
    }
    if (path.size() - 1 == maxLength) {
      return;
    }
    for (String next : chain.graph().successors(last)) {
      if (!path.contains(next) && !element(next).equals(element(path.get(0)))) {
        path.add(next);
        extend(chain, path, next, to, maxLength, out);
        path.remove(path.size() - 1);
      }
    }
  }

  @Test
  void reachableFromIsABreadthFirstSearch() {
    int[] onLoops = {0};
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      for (long seed : seeds()) {
        ChainGraph chain = ChainGraph.of(RandomChainCases.generate(seed));
        for (String start : elements(chain)) {
          Set<String> reachedNodes = new HashSet<>();
          Queue<String> queue = new ArrayDeque<>(chain.graph().successors(start));
          while (!queue.isEmpty()) {
            String node = queue.remove();
            if (reachedNodes.add(node)) {
              queue.addAll(chain.graph().successors(node));
            }
          }
          Set<String> expected = reachedNodes.stream().map(ChainGraphPropertyTest::element)
              .collect(Collectors.toSet());
          String where = "seed " + seed + ": reachableFrom(" + start + ")";
          assertEquals(expected, chain.reachableFrom(start), where);
          for (String end : elements(chain)) {
            assertEquals(expected.contains(end), chain.reaches(start, end),
                "seed " + seed + ": reaches(" + start + ", " + end + ")");
          }
          if (expected.contains(start)) {
            onLoops[0]++;
          }
        }
      }
    });
    if (seeds().length == SEEDS) {
      assertTrue(onLoops[0] > SEEDS, "only " + onLoops[0] + " nodes lay on loops");
    }
  }

  @Test
  void shortestPathsFromAgreeWithPathsToEachTarget() {
    int[] compared = {0};
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      for (long seed : seeds()) {
        ChainGraph chain = ChainGraph.of(RandomChainCases.generate(seed));
        int longest = Math.max(1, chain.graph().nodes().size() - 1);
        for (String start : elements(chain)) {
          String where = "seed " + seed + ": shortestPathsFrom(" + start + ")";
          ShortestPaths found = chain.shortestPathsFrom(start);
          Set<String> expected = new LinkedHashSet<>(chain.reachableFrom(start));
          expected.remove(start);
          assertEquals(ImmutableList.copyOf(expected), found.reached(), where + ": reached, in order");
          assertEquals(chain.reaches(start, start), found.onLoop(), where + ": on a loop");
          assertEquals(false, found.reaches(start), where);
          int previous = 0;
          for (String end : elements(chain)) {
            assertEquals(expected.contains(end), found.reaches(end), where + ": reaches " + end);
          }
          for (String end : found.reached()) {
            List<ChainPath> simple = chain.paths(start, end, 1, longest);
            ChainPath path = found.path(end);
            // Every element reached has a simple path (no node twice), and the first is the breadth-first one.
            assertFalse(simple.isEmpty(), where + ": no path to " + end);
            assertEquals(simple.get(0), path, where + ": path to " + end);
            compared[0]++;
            assertEquals(path.length(), found.length(end), where + ": length to " + end);
            int walk = distance(chain, start, end);
            assertTrue(walk >= previous, where + ": not nearer first at " + end);
            previous = walk;
          }
        }
      }
    });
    if (seeds().length == SEEDS) {
      assertTrue(compared[0] > 10 * SEEDS, "only " + compared[0] + " paths compared");
    }
  }

  @Test
  void reachableFromListsNearerElementsFirst() {
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      for (long seed : seeds()) {
        ChainGraph chain = ChainGraph.of(RandomChainCases.generate(seed));
        for (String start : elements(chain)) {
          int previous = 0;
          for (String end : chain.reachableFrom(start)) {
            int d = distance(chain, start, end);
            assertTrue(d >= previous, "seed " + seed + ": reachableFrom(" + start + ") lists " + end + " late");
            previous = d;
          }
        }
      }
    });
  }

  /**
   * Steps of the shortest walk from the element {@code from} to any node of the element {@code to} (at least one),
   * by a plain search of the node graph.
   */
  private static int distance(ChainGraph chain, String from, String to) {
    Set<String> frontier = new HashSet<>(chain.graph().successors(from));
    Set<String> seen = new HashSet<>(frontier);
    for (int d = 1; !frontier.isEmpty(); d++) {
      if (frontier.stream().anyMatch(n -> element(n).equals(to))) {
        return d;
      }
      Set<String> next = new HashSet<>();
      for (String node : frontier) {
        for (String s : chain.graph().successors(node)) {
          if (seen.add(s)) {
            next.add(s);
          }
        }
      }
      frontier = next;
    }
    throw new AssertionError(to + " is not reachable from " + from);
  }

  @Test
  void stepsAreExactlyTheLinksOfTheModel() {
    int[] withFeedback = {0};
    int[] absent = {0};
    int[] heldBackByTime = {0};
    for (long seed : seeds()) {
      Case study = RandomChainCases.generate(seed);
      ChainGraph chain = ChainGraph.of(study);
      BruteForceOrder order = new BruteForceOrder(study.cycles());
      String where = "seed " + seed;
      assertFalse(order.hasLoop(), where + ": the generator made follows and time contradict");
      // Expected steps, gathered entry by entry (the library goes agency by agency). Each entry that leads into an
      // agency is remembered as a use, for the steps that leave outcomes.
      Set<ChainStep> expected = new LinkedHashSet<>();
      List<ChainStep> uses = new ArrayList<>();
      for (Cycle cycle : study.cycles()) {
        for (Condition entry : cycle.conditions()) {
          for (ActiveAgency agency : cycle.agency()) {
            if (agency.conditionedBy().contains(entry.ref())) {
              StepKind kind = entry.available() ? StepKind.CONDITIONS : StepKind.ABSENT_FOR;
              uses.add(ChainStep.of(entry.ref(), agency.id(), kind, cycle.id()));
            }
          }
        }
        for (String internal : cycle.internal()) {
          for (ActiveAgency agency : cycle.agency()) {
            if (agency.drawsOn().contains(internal)) {
              StepKind kind = cycle.unavailableInternal().contains(internal) ? StepKind.ABSENT_FOR
                  : StepKind.INFORMS;
              uses.add(ChainStep.of(internal, agency.id(), kind, cycle.id()));
            }
          }
        }
        for (Outcome outcome : cycle.outcomes()) {
          for (String agency : outcome.producedBy()) {
            if (outcome.realised()) {
              expected.add(new ChainStep(agency, outcome.ref(), StepKind.PRODUCES, cycle.id(), outcome.change()));
            }
          }
        }
        for (ActiveAgency agency : cycle.agency()) {
          cycle.positionPractice().ifPresent(pp ->
              expected.add(ChainStep.of(agency.id(), pp, StepKind.ENACTED_IN, cycle.id())));
        }
      }
      expected.addAll(uses);
      absent[0] += (int) uses.stream().filter(u -> u.kind() == StepKind.ABSENT_FOR).count();
      // An outcome some agency produced leads into every use of its element, except in a cycle it is later than.
      for (Cycle producer : study.cycles()) {
        for (Outcome outcome : producer.outcomes()) {
          if (!outcome.realised() || outcome.producedBy().isEmpty()) {
            continue;
          }
          for (ChainStep use : uses) {
            if (!use.from().equals(outcome.ref())) {
              continue;
            }
            if (order.isLater(producer.id(), use.cycle())) {
              heldBackByTime[0]++;
            } else {
              expected.add(ChainStep.fromOutcome(use.from(), use.to(), use.kind(), use.cycle(), producer.id()));
            }
          }
        }
      }
      assertEquals(expected, ImmutableSet.copyOf(chain.steps()), where);
      assertEquals(expected.size(), chain.steps().size(), where + ": a step twice");
      assertEquals(expected.size(), chain.graph().edges().size(), where);
      for (String id : elements(chain)) {
        List<String> shown = chain.graph().nodes().stream().filter(n -> element(n).equals(id))
            .collect(Collectors.toList());
        assertEquals(shown.stream().mapToInt(n -> chain.graph().outDegree(n)).sum(), chain.stepsFrom(id).size(),
            where + ": " + id);
        assertEquals(shown.stream().mapToInt(n -> chain.graph().inDegree(n)).sum(), chain.stepsTo(id).size(),
            where + ": " + id);
        assertTrue(chain.stepsFrom(id).stream().allMatch(s -> s.from().equals(id)), where + ": " + id);
        assertTrue(chain.stepsTo(id).stream().allMatch(s -> s.to().equals(id)), where + ": " + id);
      }
      if (Graphs.hasCycle(chain.graph().asGraph())) {
        withFeedback[0]++;
      }
    }
    if (seeds().length == SEEDS) {
      assertTrue(withFeedback[0] > SEEDS / 2, "only " + withFeedback[0] + " random cases had feedback loops");
      assertTrue(absent[0] > SEEDS / 2, "only " + absent[0] + " absentFor steps");
      assertTrue(heldBackByTime[0] > SEEDS / 4, "only " + heldBackByTime[0] + " outcomes held back by time");
    }
  }
}

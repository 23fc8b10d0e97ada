package org.sstlib.core.chain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Outcome;
import org.sstlib.core.testing.BruteForceOrder;
import org.sstlib.core.testing.RandomCases;

/**
 * No path of the chain goes backwards in time: on seeded {@link RandomCases} (with follows and times), every step
 * of {@code paths}, {@code shortestPathsFrom} and every step that {@code reachableFrom} follows that leaves an
 * outcome leads into a cycle that is not earlier than the cycle that produced it, by an order worked out apart from
 * the library ({@link BruteForceOrder}). The seed is the test's parameter; replay one with
 * {@code -Dtest=ChainTimePropertyTest}.
 */
class ChainTimePropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  private static void assertForward(ChainPath path, BruteForceOrder order, String where) {
    for (ChainStep step : path.steps()) {
      step.producedIn().ifPresent(producer -> assertFalse(order.isLater(producer, step.cycle()),
          where + ": " + step + " carries an outcome of " + producer + " into the earlier " + step.cycle()
              + " in " + path));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noPathGoesBackwardsInTime(long seed) {
    Case study = RandomCases.generate(seed);
    BruteForceOrder order = new BruteForceOrder(study.cycles());
    String where = "seed " + seed;
    assertFalse(order.hasLoop(), where + ": follows and time contradict in a valid case");
    ChainGraph chain = ChainGraph.of(study);
    // Every step of the chain, and so every step any path or search can take.
    for (ChainStep step : chain.steps()) {
      step.producedIn().ifPresent(producer -> assertFalse(order.isLater(producer, step.cycle()),
          where + ": " + step));
    }
    List<String> elements = chain.graph().nodes().stream().filter(n -> !n.contains("@"))
        .collect(Collectors.toList());
    SplittableRandom random = new SplittableRandom(seed);
    for (String from : elements) {
      ShortestPaths shortest = chain.shortestPathsFrom(from);
      for (String to : chain.reachableFrom(from)) {
        if (!to.equals(from)) {
          assertTrue(shortest.reaches(to), where + ": " + from + " -> " + to);
          assertForward(shortest.path(to), order, where + ": shortestPathsFrom(" + from + ")");
        }
      }
      for (int q = 0; q < 3 && !shortest.reached().isEmpty(); q++) {
        String to = shortest.reached().get(random.nextInt(shortest.reached().size()));
        for (ChainPath path : chain.paths(from, to, 20, 10)) {
          assertForward(path, order, where + ": paths(" + from + ", " + to + ")");
        }
      }
    }
  }

  /** The property bites only if outcomes cross from one cycle into another, and some are held back by time. */
  @Test
  void theSeedsCarryOutcomesForwardAndHoldSomeBack() {
    int crossing = 0;
    int heldBack = 0;
    for (long seed : seeds().toArray()) {
      Case study = RandomCases.generate(seed);
      BruteForceOrder order = new BruteForceOrder(study.cycles());
      ChainGraph chain = ChainGraph.of(study);
      crossing += (int) chain.steps().stream()
          .filter(s -> s.producedIn().isPresent() && !s.producedIn().get().equals(s.cycle())).count();
      for (Cycle producer : study.cycles()) {
        for (Outcome outcome : producer.outcomes()) {
          for (Cycle user : study.cycles()) {
            boolean uses = user.conditions().stream().anyMatch(c -> c.ref().equals(outcome.ref()))
                || user.internal().contains(outcome.ref());
            if (uses && outcome.realised() && !outcome.producedBy().isEmpty()
                && order.isLater(producer.id(), user.id())) {
              heldBack++;
            }
          }
        }
      }
    }
    assertTrue(crossing > 60, "only " + crossing + " steps carried an outcome into another cycle");
    assertTrue(heldBack > 0, "no outcome of a later cycle was an entry of an earlier one");
  }
}

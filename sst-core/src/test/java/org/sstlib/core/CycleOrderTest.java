package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CycleOrderTest {

  /** An order of cycles {@code a, b, c, ...} with the given times (null for none) and follows. */
  private static CycleOrder order(List<String> times, Map<String, List<String>> follows) {
    Map<String, Optional<String>> byId = new LinkedHashMap<>();
    for (int i = 0; i < times.size(); i++) {
      byId.put(String.valueOf((char) ('a' + i)), Optional.ofNullable(times.get(i)));
    }
    return CycleOrder.of(byId, follows);
  }

  private static List<String> untimed(int n) {
    return java.util.Collections.nCopies(n, null);
  }

  @Test
  void aCycleIsLaterThanOneItFollows() {
    CycleOrder order = order(untimed(2), Map.of("b", List.of("a")));
    assertTrue(order.isLater("b", "a"));
    assertFalse(order.isLater("a", "b"));
    assertFalse(order.mayFeed("b", "a"));
    assertTrue(order.mayFeed("a", "b"));
  }

  @Test
  void followsIsTransitive() {
    CycleOrder order = order(untimed(4), Map.of("b", List.of("a"), "c", List.of("b")));
    assertTrue(order.isLater("c", "a"));
    assertFalse(order.isLater("a", "c"));
    // d is ordered with none of them.
    for (String x : List.of("a", "b", "c")) {
      assertFalse(order.isLater("d", x));
      assertFalse(order.isLater(x, "d"));
      assertTrue(order.mayFeed("d", x));
      assertTrue(order.mayFeed(x, "d"));
    }
  }

  @Test
  void aCycleWhoseTimeBeginsAfterAnothersEndsIsLater() {
    CycleOrder years = order(List.of("2014", "2016"), Map.of());
    assertTrue(years.isLater("b", "a"));
    assertFalse(years.isLater("a", "b"));
    // Adjacent years: 2015 begins after 2014 ends.
    assertTrue(order(List.of("2014", "2015"), Map.of()).isLater("b", "a"));
    // The same year, and overlapping intervals, are not ordered by time.
    CycleOrder same = order(List.of("2014", "2014"), Map.of());
    assertFalse(same.isLater("a", "b"));
    assertFalse(same.isLater("b", "a"));
    CycleOrder overlapping = order(List.of("2014/2016", "2015"), Map.of());
    assertFalse(overlapping.isLater("a", "b"));
    assertFalse(overlapping.isLater("b", "a"));
    assertTrue(overlapping.mayFeed("a", "b") && overlapping.mayFeed("b", "a"));
    // An interval ordered against a year that it ends before.
    assertTrue(order(List.of("2014/2016", "2017"), Map.of()).isLater("b", "a"));
    // An untimed cycle is ordered by time with none.
    CycleOrder untimed = order(java.util.Arrays.asList("2014", null), Map.of());
    assertFalse(untimed.isLater("a", "b") || untimed.isLater("b", "a"));
  }

  @Test
  void monthsAndDaysOrderWithinAYear() {
    CycleOrder months = order(List.of("2016-02", "2016-03", "2016"), Map.of());
    assertTrue(months.isLater("b", "a"));
    assertFalse(months.isLater("a", "b"));
    // A month lies within its year: neither is later.
    assertFalse(months.isLater("c", "a") || months.isLater("a", "c"));
    CycleOrder days = order(List.of("2016-03-14", "2016-03-15", "2016-03-14/2016-03-15", "2016-03"), Map.of());
    assertTrue(days.isLater("b", "a"));
    assertFalse(days.isLater("c", "a") || days.isLater("a", "c"));
    assertFalse(days.isLater("d", "b") || days.isLater("b", "d"));
    // The last day of one month and the first of the next.
    assertTrue(order(List.of("2016-02", "2016-03-01"), Map.of()).isLater("b", "a"));
    assertFalse(order(List.of("2016-02", "2016-02-29"), Map.of()).isLater("b", "a"));
  }

  @Test
  void followsAndTimeCombine() {
    // c follows b, and b's time begins after a's ends: c is later than a, though neither says so alone.
    CycleOrder order = order(java.util.Arrays.asList("2014", "2016", null), Map.of("c", List.of("b")));
    assertTrue(order.isLater("c", "a"));
    assertFalse(order.mayFeed("c", "a"));
    assertTrue(order.mayFeed("a", "c"));
    // And the other way round: time after a cycle that follows another.
    CycleOrder reverse = order(java.util.Arrays.asList(null, "2014", "2016"), Map.of("b", List.of("a")));
    assertTrue(reverse.isLater("c", "a"));
    assertEquals(Optional.empty(), order.contradiction());
    assertEquals(Optional.empty(), reverse.contradiction());
  }

  @Test
  void aCycleMayFeedItselfAndIsNotLaterThanItself() {
    CycleOrder order = order(List.of("2014", "2016"), Map.of("b", List.of("a")));
    for (String x : List.of("a", "b")) {
      assertFalse(order.isLater(x, x));
      assertTrue(order.mayFeed(x, x));
    }
  }

  @Test
  void unknownIdsAreNeitherEarlierNorLater() {
    CycleOrder order = order(List.of("2014", "2016"), Map.of("b", List.of("a", "nowhere")));
    assertTrue(order.isLater("b", "a"));
    assertFalse(order.isLater("nowhere", "a"));
    assertFalse(order.isLater("b", "nowhere"));
    assertTrue(order.mayFeed("nowhere", "a"));
    assertEquals(Optional.empty(), order.time("nowhere"));
    assertEquals(Optional.of("2016"), order.time("b"));
    assertEquals(Optional.empty(), order.contradiction());
  }

  @Test
  void contradictionIsEmptyForAValidOrder() {
    assertEquals(Optional.empty(), order(untimed(3), Map.of()).contradiction());
    assertEquals(Optional.empty(),
        order(List.of("2014", "2015/2016", "2016", "2020"), Map.of("d", List.of("a", "b"), "c", List.of("a")))
            .contradiction());
  }

  @Test
  void contradictionGivesTheLoopOfFollowsAndTime() {
    // a follows b, but a (2014) ends before b (2016) begins.
    CycleOrder order = order(List.of("2014", "2016"), Map.of("a", List.of("b")));
    assertTrue(order.isLater("a", "b") && order.isLater("b", "a"));
    assertEquals(Optional.of(List.of(new CycleOrder.Link("a", "b", false), new CycleOrder.Link("b", "a", true))),
        order.contradiction().map(List::copyOf));
    // Through a third cycle: a follows c, c follows b, b's time is after a's.
    CycleOrder three = order(java.util.Arrays.asList("2014", "2016", null),
        Map.of("a", List.of("c"), "c", List.of("b")));
    List<CycleOrder.Link> loop = three.contradiction().orElseThrow();
    assertEquals(3, loop.size(), loop::toString);
    assertTrue(loop.contains(new CycleOrder.Link("a", "c", false)), loop::toString);
    assertTrue(loop.contains(new CycleOrder.Link("c", "b", false)), loop::toString);
    assertTrue(loop.contains(new CycleOrder.Link("b", "a", true)), loop::toString);
    for (int i = 0; i < loop.size(); i++) {
      assertEquals(loop.get(i).earlier(), loop.get((i + 1) % loop.size()).later(), loop::toString);
    }
    // A loop of follows alone is a loop too.
    assertEquals(Optional.of(List.of(new CycleOrder.Link("a", "b", false), new CycleOrder.Link("b", "a", false))),
        order(untimed(2), Map.of("a", List.of("b"), "b", List.of("a"))).contradiction().map(List::copyOf));
  }
}

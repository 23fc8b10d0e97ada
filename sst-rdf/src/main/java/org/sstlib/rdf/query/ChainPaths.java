package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The answer to a chain query with its count: the routes asked for (at most {@code limit} per case) and how many
 * paths each case has, so that an answer that shows 10 of 370 paths can say so.
 *
 * <pre>{@code
 * ChainPaths answer = SstQueries.on(store).chainPaths("admission-avoidance-policy", "alf-at-home", 10, 12);
 * answer.shown();         // 10
 * answer.found();         // 370
 * answer.routes();        // the first 10, shortest first
 * }</pre>
 *
 * <p>Paths are counted up to {@link #COUNTED_UP_TO} per case: a case with more says {@code COUNTED_UP_TO}
 * ({@link #countStopped()}). Immutable.
 *
 * @param routes the routes shown, case by case, shortest first (as {@link SstQueries#chain(String, String, int,
 *     int)} gives them)
 * @param foundByCase for each case in scope that has both ends on its chain, how many paths of at most
 *     {@code maxLength} steps it has (0 if the target cannot be reached), counted up to {@link #COUNTED_UP_TO}
 */
public record ChainPaths(ImmutableList<ChainRoute> routes, ImmutableMap<String, Integer> foundByCase) {

  /** The most paths counted in one case: counting stops there. */
  public static final int COUNTED_UP_TO = SstQueries.MAX_LIMIT;

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a count is negative or above {@link #COUNTED_UP_TO}, or a case has more
   *     routes than paths found
   */
  public ChainPaths {
    routes = ImmutableList.copyOf(checkNotNull(routes, "routes"));
    foundByCase = ImmutableMap.copyOf(checkNotNull(foundByCase, "foundByCase"));
    foundByCase.forEach((id, n) -> checkArgument(n >= 0 && n <= COUNTED_UP_TO,
        "case '%s': %s paths is not from 0 to %s", id, n, COUNTED_UP_TO));
    for (ChainRoute route : routes) {
      checkArgument(route.rank() <= foundByCase.getOrDefault(route.caseId(), 0),
          "case '%s' has route %s but %s paths found", route.caseId(), route.rank(), foundByCase.get(route.caseId()));
    }
  }

  /** How many routes are shown, in every case together. */
  public int shown() {
    return routes.size();
  }

  /** How many paths were found, in every case together (each case counted up to {@link #COUNTED_UP_TO}). */
  public int found() {
    return foundByCase.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Whether some case has at least {@link #COUNTED_UP_TO} paths, so that {@link #found()} is a lower bound. */
  public boolean countStopped() {
    return foundByCase.containsValue(COUNTED_UP_TO);
  }

  /** Whether every path found is shown. */
  public boolean complete() {
    return shown() == found();
  }

  /** The raw form, as {@link SstQueries#run(NamedQuery, java.util.Map)} gives it for {@link NamedQuery#CHAIN}. */
  public QueryTable table() {
    return ChainQuery.table(routes);
  }
}

package org.sstlib.core.chain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The shortest path from one element to every element it reaches along the chain, the result of
 * {@link ChainGraph#shortestPathsFrom}. Paths are built when asked for, so asking for a few of many reached elements
 * costs only those few.
 *
 * <pre>{@code
 * ShortestPaths fromPolicy = chain.shortestPathsFrom("national-policy");
 * fromPolicy.reached();                     // [strategy, agree-strategy, ...], nearer first
 * fromPolicy.length("patient-at-home");     // 9
 * fromPolicy.path("patient-at-home");       // national-policy -conditions-> ... -enacted-in-> patient-at-home
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ShortestPaths {
  private final String from;
  private final String[] ids;
  private final Map<String, Integer> numbers;
  /** For each node: the number of the step (edge) it was first reached by, -1 if unreached; the source's own. */
  private final int[] predecessor;
  private final int[] edgeFrom;
  private final ChainStep[] steps;
  private final int source;
  private final int[] order;
  private final int reached;
  /** Where in {@link #reached} the search first led back to the source, -1 if it never did. */
  private final int loopAt;
  private final List<String> reachedView;

  ShortestPaths(String from, String[] ids, Map<String, Integer> numbers, int[] predecessor, int[] edgeFrom,
      ChainStep[] steps, int source, int[] order, int reached, int loopAt) {
    this.from = from;
    this.ids = ids;
    this.numbers = numbers;
    this.predecessor = predecessor;
    this.edgeFrom = edgeFrom;
    this.steps = steps;
    this.source = source;
    this.order = order;
    this.reached = reached;
    this.loopAt = loopAt;
    this.reachedView = new ReachedList();
  }

  /** The element the paths start from. */
  public String from() {
    return from;
  }

  /**
   * The ids of the elements reached by one or more steps, in breadth-first order (nearer first, then in the order
   * of their shortest paths); without {@link #from()} itself, even when it lies on a loop (see {@link #onLoop()}).
   * A read-only list.
   */
  public List<String> reached() {
    return reachedView;
  }

  /** Whether {@link #from()} lies on a loop: some path leads back to it. */
  public boolean onLoop() {
    return loopAt >= 0;
  }

  /** The position in {@link #reached()} at which the search first led back to {@link #from()}; -1 if none. */
  int loopAt() {
    return loopAt;
  }

  /** Whether {@code id} is reached from {@link #from()} (false for {@code from()} itself and for unknown ids). */
  public boolean reaches(String id) {
    checkNotNull(id, "id");
    Integer n = numbers.get(id);
    return n != null && n != source && predecessor[n] >= 0;
  }

  /**
   * The number of steps of the shortest path to {@code id}.
   *
   * @throws IllegalArgumentException if {@code id} is not reached (see {@link #reaches})
   */
  public int length(String id) {
    int length = 0;
    for (int n = number(id); n != source; n = edgeFrom[predecessor[n]]) {
      length++;
    }
    return length;
  }

  /**
   * The shortest path to {@code id}; where several are shortest, the first in {@link ChainPath#shortestFirst()}
   * order.
   *
   * @throws IllegalArgumentException if {@code id} is not reached (see {@link #reaches})
   */
  public ChainPath path(String id) {
    int n = number(id);
    int length = length(id);
    String[] nodes = new String[length + 1];
    ChainStep[] pathSteps = new ChainStep[length];
    for (int i = length; i > 0; i--) {
      int e = predecessor[n];
      nodes[i] = ids[n];
      pathSteps[i - 1] = steps[e];
      n = edgeFrom[e];
    }
    nodes[0] = ids[n];
    return new ChainPath(ImmutableList.copyOf(nodes), ImmutableList.copyOf(pathSteps));
  }

  /** The shortest path to {@code id}, or empty if it is not reached. */
  public Optional<ChainPath> pathTo(String id) {
    return reaches(id) ? Optional.of(path(id)) : Optional.empty();
  }

  private int number(String id) {
    checkNotNull(id, "id");
    Integer n = numbers.get(id);
    checkArgument(n != null && n != source && predecessor[n] >= 0, "'%s' is not reached from '%s'", id, from);
    return n;
  }

  /** The start and the number of elements reached, for logs. */
  @Override
  public String toString() {
    return "ShortestPaths{from " + from + ": " + reached + " reached}";
  }

  private final class ReachedList extends AbstractList<String> implements RandomAccess {
    @Override
    public String get(int index) {
      return ids[order[Objects.checkIndex(index, reached)]];
    }

    @Override
    public int size() {
      return reached;
    }
  }
}

package org.sstlib.core.chain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  /** The element id each node shows. */
  private final String[] element;
  /** For each node: the number of the step (edge) it was first reached by, -1 if unreached; the source's own. */
  private final int[] predecessor;
  private final int[] edgeFrom;
  private final ChainStep[] steps;
  private final int source;
  /** The elements reached, nearer first, each once, without {@link #from}. */
  private final List<String> reached;
  /** The chain's element numbers: an element id's, and each node's. */
  private final Map<String, Integer> elementNumbers;
  /**
   * For each element (by number), the first node reached that shows it, -1 if none: an array rather than a map from
   * the ids reached, which cost more than the search itself on a large chain.
   */
  private final int[] firstNode;
  /** Where in {@link #reached} the search first led back to the source, -1 if it never did. */
  private final int loopAt;

  /**
   * @param order the nodes reached, in breadth-first order, the first {@code count} of them
   * @param edgeLoopAt the position in {@code order} at which a step first led back to the source node, or -1
   */
  ShortestPaths(String from, String[] element, int[] elementNumber, Map<String, Integer> elementNumbers,
      int[] predecessor, int[] edgeFrom, ChainStep[] steps, int source, int[] order, int count, int edgeLoopAt) {
    this.from = from;
    this.element = element;
    this.elementNumbers = elementNumbers;
    this.predecessor = predecessor;
    this.edgeFrom = edgeFrom;
    this.steps = steps;
    this.source = source;
    List<String> ids = new ArrayList<>();
    int[] first = new int[elementNumbers.size()];
    Arrays.fill(first, -1);
    int fromNumber = elementNumbers.getOrDefault(from, -1);
    int loop = -1;
    for (int i = 0; i < count; i++) {
      if (i == edgeLoopAt && loop < 0) {
        loop = ids.size();
      }
      int e = elementNumber[order[i]];
      if (e == fromNumber) {
        // The element itself as some cycle's outcome: the search came back to it.
        if (loop < 0) {
          loop = ids.size();
        }
      } else if (first[e] < 0) {
        first[e] = order[i];
        ids.add(element[order[i]]);
      }
    }
    if (edgeLoopAt == count && loop < 0) {
      loop = ids.size();
    }
    this.reached = Collections.unmodifiableList(ids);
    this.firstNode = first;
    this.loopAt = loop;
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
    return reached;
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
    Integer e = elementNumbers.get(id);
    return e != null && firstNode[e] >= 0;
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
      nodes[i] = element[n];
      pathSteps[i - 1] = steps[e];
      n = edgeFrom[e];
    }
    nodes[0] = element[n];
    return new ChainPath(ImmutableList.copyOf(nodes), ImmutableList.copyOf(pathSteps));
  }

  /** The shortest path to {@code id}, or empty if it is not reached. */
  public Optional<ChainPath> pathTo(String id) {
    return reaches(id) ? Optional.of(path(id)) : Optional.empty();
  }

  private int number(String id) {
    checkArgument(reaches(id), "'%s' is not reached from '%s'", id, from);
    return firstNode[elementNumbers.get(id)];
  }

  /** The start and the number of elements reached, for logs. */
  @Override
  public String toString() {
    return "ShortestPaths{from " + from + ": " + reached.size() + " reached}";
  }
}

package org.sstlib.core.chain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;

/**
 * A path along the chain of structuration: the elements it passes, first to last, and the steps between them.
 * {@link ChainGraph#paths} returns simple paths (no node of the chain twice) of at least one step.
 *
 * <pre>{@code
 * ChainPath path = chain.paths("erp-system", "variance-report").get(0);
 * path.nodes();    // [erp-system, reconcile, variance-report]
 * path.length();   // 2
 * path.toString(); // erp-system -conditions-> reconcile -produces-> variance-report
 * }</pre>
 *
 * @param nodes the element ids along the path, from the start to the end; one more than the steps
 * @param steps the steps, in order: step {@code i} leads from {@code nodes.get(i)} to {@code nodes.get(i + 1)}
 */
public record ChainPath(ImmutableList<String> nodes, ImmutableList<ChainStep> steps) {

  private static final Comparator<ChainPath> SHORTEST_FIRST = Comparator.comparingInt(ChainPath::length)
      .thenComparing(ChainPath::nodes, ChainPath::compareIds);

  /**
   * Checks that the steps join the nodes.
   *
   * @throws NullPointerException if a list or an element of one is null
   * @throws IllegalArgumentException if there is no step, or the steps do not lead from each node to the next
   */
  public ChainPath {
    nodes = ImmutableList.copyOf(checkNotNull(nodes, "nodes"));
    steps = ImmutableList.copyOf(checkNotNull(steps, "steps"));
    checkArgument(!steps.isEmpty(), "a path has at least one step");
    checkArgument(nodes.size() == steps.size() + 1, "a path of %s steps has %s nodes, not %s", steps.size(),
        steps.size() + 1, nodes.size());
    for (int i = 0; i < steps.size(); i++) {
      ChainStep step = steps.get(i);
      checkArgument(step.from().equals(nodes.get(i)) && step.to().equals(nodes.get(i + 1)),
          "step %s of the path goes from '%s' to '%s', not from '%s' to '%s'", i, step.from(), step.to(),
          nodes.get(i), nodes.get(i + 1));
    }
  }

  /**
   * The path that takes these steps, in order.
   *
   * @throws IllegalArgumentException if there is no step, or a step does not start where the previous one ended
   */
  public static ChainPath of(List<ChainStep> steps) {
    checkNotNull(steps, "steps");
    checkArgument(!steps.isEmpty(), "a path has at least one step");
    ImmutableList.Builder<String> nodes = ImmutableList.builderWithExpectedSize(steps.size() + 1);
    nodes.add(steps.get(0).from());
    steps.forEach(s -> nodes.add(s.to()));
    return new ChainPath(nodes.build(), ImmutableList.copyOf(steps));
  }

  /** The number of steps, at least one. */
  public int length() {
    return steps.size();
  }

  /** The id of the element the path starts from. */
  public String from() {
    return nodes.get(0);
  }

  /** The id of the element the path ends at. */
  public String to() {
    return nodes.get(nodes.size() - 1);
  }

  /**
   * The order of {@link ChainGraph#paths}: fewer steps first, then by the sequence of node ids compared element by
   * element ({@link String#compareTo}).
   */
  public static Comparator<ChainPath> shortestFirst() {
    return SHORTEST_FIRST;
  }

  private static int compareIds(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** The path as {@code a -conditions-> b -produces-> c}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(nodes.get(0));
    for (ChainStep step : steps) {
      text.append(" -").append(step.kind().code()).append("-> ").append(step.to());
    }
    return text.toString();
  }
}

package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;

/**
 * One path of the chain of structuration from an element to a target, in one case.
 *
 * <p>{@link SstQueries#chain(String, String)} gives these, shortest first. Immutable: the constructor checks every
 * field and copies the lists.
 *
 * @param caseId the case the path is in
 * @param rank its place among the paths of its case, from 1, shortest first
 * @param path the element ids and chain steps, equal to the path that {@link ChainGraph#paths} gives for the
 *     same case
 * @param steps the elements along the path, start and target included (one more than the chain steps)
 */
public record ChainRoute(String caseId, int rank, ChainPath path, ImmutableList<RouteStep> steps) {
  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the steps do not match the path's elements
   */
  public ChainRoute {
    checkNotNull(caseId, "caseId");
    checkNotNull(path, "path");
    steps = ImmutableList.copyOf(checkNotNull(steps, "steps"));
    checkArgument(steps.size() == path.nodes().size(), "a path of %s elements has %s steps", path.nodes().size(),
        steps.size());
  }

  /** The ids of the elements along the path, start first. */
  public ImmutableList<String> ids() {
    return path.nodes();
  }
}

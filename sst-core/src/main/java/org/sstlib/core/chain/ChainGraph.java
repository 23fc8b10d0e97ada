package org.sstlib.core.chain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Ordering;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Case;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Outcome;

/**
 * The chain of structuration of one {@link Case}: a directed graph whose nodes are element ids and whose edges
 * are {@link ChainStep}s, built from the model.
 *
 * <p>For each cycle and each of its agencies:
 *
 * <ul>
 *   <li>each external or material entry in the agency's {@code conditionedBy} <em>conditions</em> it, when the
 *       entry is available (an unavailable entry stays a node but gives no step);
 *   <li>each internal entry in its {@code drawsOn} <em>informs</em> it;
 *   <li>it <em>produces</em> each realised outcome entry whose {@code producedBy} lists it, with the entry's change
 *       (an unrealised outcome did not happen, so nothing produces it);
 *   <li>it is <em>enacted in</em> the cycle's position-practice, when the cycle has one.
 * </ul>
 *
 * <p>An outcome node is the structure or event itself, so an outcome of one cycle that is an external entry of
 * another continues the chain, and an outcome that reproduces a structure that conditioned its own agency closes a
 * loop. The nodes are every structure, event, position-practice and agency of the case, including those that no
 * step touches; agents and cycles are not nodes.
 *
 * <pre>{@code
 * ChainGraph chain = ChainGraph.of(study);
 * chain.stepsFrom("erp-system");                    // erp-system -conditions-> reconcile, ...
 * chain.reaches("erp-system", "variance-report");   // true
 * for (ChainPath path : chain.paths("erp-system", "variance-report")) {
 *   System.out.println(path);   // erp-system -conditions-> reconcile -produces-> variance-report
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Every traversal terminates, however many loops the chain has.
 */
public final class ChainGraph {
  /** The number of paths {@link #paths(String, String)} returns at most. */
  public static final int DEFAULT_LIMIT = 10;
  /** The number of steps a path returned by {@link #paths(String, String)} has at most. */
  public static final int DEFAULT_MAX_LENGTH = 12;

  private final String caseId;
  private final ImmutableValueGraph<String, ChainStep> graph;
  private final ImmutableList<ChainStep> steps;
  private final ImmutableListMultimap<String, ChainStep> stepsFrom;
  private final ImmutableListMultimap<String, ChainStep> stepsTo;
  /** Successors of each node, sorted by id, so that traversals are deterministic and paths come in id order. */
  private final ImmutableMap<String, ImmutableList<String>> successors;

  // The same successors as arrays over node numbers (compressed sparse rows), for the searches that visit the whole
  // chain: node n's successors are next[start[n]] .. next[start[n + 1] - 1], sorted by id, each reached by the
  // step nextStep[e] from node edgeFrom[e] (= n).
  private final String[] ids;
  private final Map<String, Integer> numbers;
  private final int[] start;
  private final int[] next;
  private final int[] edgeFrom;
  private final ChainStep[] nextStep;

  private ChainGraph(String caseId, ImmutableValueGraph<String, ChainStep> graph, ImmutableList<ChainStep> steps) {
    this.caseId = caseId;
    this.graph = graph;
    this.steps = steps;
    this.stepsFrom = steps.stream().collect(ImmutableListMultimap.toImmutableListMultimap(ChainStep::from, s -> s));
    this.stepsTo = steps.stream().collect(ImmutableListMultimap.toImmutableListMultimap(ChainStep::to, s -> s));
    int n = graph.nodes().size();
    ImmutableMap.Builder<String, ImmutableList<String>> succ = ImmutableMap.builderWithExpectedSize(n);
    this.ids = graph.nodes().toArray(String[]::new);
    this.numbers = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      numbers.put(ids[i], i);
    }
    this.start = new int[n + 1];
    this.next = new int[steps.size()];
    this.edgeFrom = new int[steps.size()];
    this.nextStep = new ChainStep[steps.size()];
    int at = 0;
    for (int i = 0; i < n; i++) {
      ImmutableList<String> sorted = ImmutableList.sortedCopyOf(Ordering.natural(), graph.successors(ids[i]));
      succ.put(ids[i], sorted);
      start[i] = at;
      for (String to : sorted) {
        next[at] = numbers.get(to);
        edgeFrom[at] = i;
        nextStep[at] = graph.edgeValue(ids[i], to).orElseThrow();
        at++;
      }
    }
    start[n] = at;
    this.successors = succ.buildOrThrow();
  }

  /**
   * Builds the chain of a case.
   *
   * <pre>{@code
   * Case study = Case.builder("erp-study", "ERP and management accounting")...build();
   * ChainGraph chain = ChainGraph.of(study);
   * }</pre>
   *
   * @throws NullPointerException if {@code study} is null
   */
  public static ChainGraph of(Case study) {
    checkNotNull(study, "study");
    ImmutableValueGraph.Builder<String, ChainStep> graph = ValueGraphBuilder.directed()
        .allowsSelfLoops(true)
        .nodeOrder(ElementOrder.<String>insertion())
        .incidentEdgeOrder(ElementOrder.<String>stable())
        .expectedNodeCount(study.structures().size() + study.events().size() + study.positionPractices().size()
            + study.cycles().size())
        .immutable();
    study.structures().forEach(s -> graph.addNode(s.id()));
    study.events().forEach(e -> graph.addNode(e.id()));
    study.positionPractices().forEach(p -> graph.addNode(p.id()));
    study.cycles().forEach(c -> c.agency().forEach(a -> graph.addNode(a.id())));
    ImmutableList<ChainStep> steps = stepsOf(study);
    steps.forEach(s -> graph.putEdgeValue(s.from(), s.to(), s));
    return new ChainGraph(study.id(), graph.build(), steps);
  }

  /**
   * The steps of a case's chain, in the order of {@link #steps()}, without building the graph: for code that only
   * needs the steps (writing them out, say).
   *
   * @throws NullPointerException if {@code study} is null
   */
  public static ImmutableList<ChainStep> stepsOf(Case study) {
    checkNotNull(study, "study");
    List<ChainStep> steps = new ArrayList<>();
    // A valid case cannot give the same (from, to) pair twice; should it ever, the first step is kept.
    Set<List<String>> pairs = new HashSet<>();
    for (Cycle cycle : study.cycles()) {
      Map<String, Condition> conditions = new HashMap<>();
      cycle.conditions().forEach(e -> conditions.putIfAbsent(e.ref(), e));
      for (ActiveAgency agency : cycle.agency()) {
        for (String ref : agency.conditionedBy()) {
          Condition entry = conditions.get(ref);
          if (entry != null && entry.available()) {
            add(ChainStep.of(ref, agency.id(), StepKind.CONDITIONS, cycle.id()), steps, pairs);
          }
        }
        for (String ref : agency.drawsOn()) {
          add(ChainStep.of(ref, agency.id(), StepKind.INFORMS, cycle.id()), steps, pairs);
        }
        for (Outcome outcome : cycle.outcomes()) {
          // An unrealised outcome did not happen: nothing produced it.
          if (outcome.realised() && outcome.producedBy().contains(agency.id())) {
            add(new ChainStep(agency.id(), outcome.ref(), StepKind.PRODUCES, cycle.id(), outcome.change()), steps,
                pairs);
          }
        }
        cycle.positionPractice().ifPresent(pp ->
            add(ChainStep.of(agency.id(), pp, StepKind.ENACTED_IN, cycle.id()), steps, pairs));
      }
    }
    return ImmutableList.copyOf(steps);
  }

  /**
   * A chain made of given steps, for steps that come from elsewhere than a {@link Case}: the chain steps a SPARQL
   * query found in a store, say, so that their paths are ordered exactly as the in-memory chain orders them. The
   * nodes are the ends of the steps; a step whose (from, to) pair came before is skipped.
   *
   * <pre>{@code
   * ChainGraph chain = ChainGraph.of("store", stepsFromSparql);
   * chain.paths("national-policy", "patient-at-home");
   * }</pre>
   *
   * @param name what the steps come from, for messages (a case id, a store)
   */
  public static ChainGraph of(String name, Iterable<ChainStep> steps) {
    checkNotNull(name, "name");
    checkNotNull(steps, "steps");
    ImmutableValueGraph.Builder<String, ChainStep> graph = ValueGraphBuilder.directed()
        .allowsSelfLoops(true)
        .nodeOrder(ElementOrder.<String>insertion())
        .incidentEdgeOrder(ElementOrder.<String>stable())
        .immutable();
    List<ChainStep> kept = new ArrayList<>();
    Set<List<String>> pairs = new HashSet<>();
    for (ChainStep step : steps) {
      add(step, kept, pairs);
    }
    kept.forEach(s -> graph.putEdgeValue(s.from(), s.to(), s));
    return new ChainGraph(name, graph.build(), ImmutableList.copyOf(kept));
  }

  /** Whether the element is a node of this chain (an element no step touches may not be, in a chain of steps). */
  public boolean contains(String id) {
    return graph.nodes().contains(id);
  }

  private static void add(ChainStep step, List<ChainStep> steps, Set<List<String>> pairs) {
    if (pairs.add(List.of(step.from(), step.to()))) {
      steps.add(step);
    }
  }

  /** The id of the case this chain was built from. */
  public String caseId() {
    return caseId;
  }

  /**
   * The chain as a read-only Guava graph: nodes are element ids (in the order of the case: structures, events,
   * position-practices, then agency), each edge's value is its {@link ChainStep}.
   */
  public ImmutableValueGraph<String, ChainStep> graph() {
    return graph;
  }

  /** Every step, cycle by cycle in the order of the case, and within a cycle agency by agency. */
  public ImmutableList<ChainStep> steps() {
    return steps;
  }

  /**
   * The steps that leave an element, in the order of {@link #steps()}.
   *
   * @throws IllegalArgumentException if {@code id} is not a node of the chain
   */
  public ImmutableList<ChainStep> stepsFrom(String id) {
    checkNode(id);
    return stepsFrom.get(id);
  }

  /**
   * The steps that reach an element, in the order of {@link #steps()}.
   *
   * @throws IllegalArgumentException if {@code id} is not a node of the chain
   */
  public ImmutableList<ChainStep> stepsTo(String id) {
    checkNode(id);
    return stepsTo.get(id);
  }

  /**
   * The ids reachable from an element by one or more steps, in breadth-first order (nearer first). The element
   * itself is included only when it lies on a loop, such as a structure that conditions agency whose outcome
   * reproduces it.
   *
   * <pre>{@code
   * chain.reachableFrom("erp-system");   // [reconcile, variance-report, erp-system, ...]
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code id} is not a node of the chain
   */
  public ImmutableSet<String> reachableFrom(String id) {
    checkNode(id);
    ShortestPaths found = shortestPathsFrom(id);
    List<String> reached = found.reached();
    ImmutableSet.Builder<String> result = ImmutableSet.builderWithExpectedSize(reached.size() + 1);
    // In breadth-first order, the element itself comes where the loop first leads back to it.
    int loopAt = found.loopAt();
    for (int i = 0; i < reached.size(); i++) {
      if (i == loopAt) {
        result.add(id);
      }
      result.add(reached.get(i));
    }
    if (loopAt == reached.size()) {
      result.add(id);
    }
    return result.build();
  }

  /**
   * The shortest path from an element to every element it reaches, found in one breadth-first search: for a policy
   * and all the position-practices it reaches, one call instead of one {@link #paths} call per target. Where several
   * paths are shortest, the one first in {@link ChainPath#shortestFirst()} order (the same path as
   * {@code paths(from, to, 1, n).get(0)}).
   *
   * <pre>{@code
   * ShortestPaths fromPolicy = chain.shortestPathsFrom("admission-avoidance-policy");
   * for (String id : fromPolicy.reached()) {
   *   if (id.startsWith("patient-")) {
   *     System.out.println(fromPolicy.path(id));   // admission-avoidance-policy -conditions-> ... -> patient-...
   *   }
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code from} is not a node of the chain
   */
  public ShortestPaths shortestPathsFrom(String from) {
    checkNode(from);
    int source = numbers.get(from);
    int[] predecessor = new int[ids.length];
    Arrays.fill(predecessor, -1);
    int[] order = new int[ids.length];
    int reached = 0;
    int loopAt = -1;
    // The source marks itself as its own predecessor, so that it is never queued again.
    predecessor[source] = source;
    int head = 0;
    int node = source;
    while (true) {
      for (int e = start[node], end = start[node + 1]; e < end; e++) {
        int to = next[e];
        if (predecessor[to] < 0) {
          predecessor[to] = e;
          order[reached++] = to;
        } else if (to == source && loopAt < 0) {
          loopAt = reached;
        }
      }
      if (head == reached) {
        break;
      }
      node = order[head++];
    }
    return new ShortestPaths(from, ids, numbers, predecessor, edgeFrom, nextStep, source, order, reached, loopAt);
  }

  /**
   * Whether {@code to} can be reached from {@code from} by one or more steps; {@code reaches(x, x)} is true when
   * {@code x} lies on a loop.
   *
   * @throws IllegalArgumentException if either id is not a node of the chain
   */
  public boolean reaches(String from, String to) {
    checkNode(from);
    checkNode(to);
    Set<String> seen = new HashSet<>();
    Queue<String> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty()) {
      for (String next : successors.get(queue.remove())) {
        if (next.equals(to)) {
          return true;
        }
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return false;
  }

  /**
   * The first {@value #DEFAULT_LIMIT} simple paths from {@code from} to {@code to} of at most
   * {@value #DEFAULT_MAX_LENGTH} steps, shortest first; see {@link #paths(String, String, int, int)}.
   *
   * <pre>{@code
   * chain.paths("national-policy", "patient-at-home").forEach(System.out::println);
   * }</pre>
   *
   * @throws IllegalArgumentException if either id is not a node of the chain
   */
  public ImmutableList<ChainPath> paths(String from, String to) {
    return paths(from, to, DEFAULT_LIMIT, DEFAULT_MAX_LENGTH);
  }

  /**
   * Simple paths (no element twice) from {@code from} to {@code to}, of at least one and at most
   * {@code maxLength} steps, in the order of {@link ChainPath#shortestFirst()}: fewer steps first, then by the
   * sequence of node ids; at most {@code limit} of them. There is none from an element to itself, even on a loop
   * ({@link #reaches} says whether there is a loop). Always terminates, however many loops the chain has, and
   * stops as soon as {@code limit} paths are found.
   *
   * <pre>{@code
   * ImmutableList<ChainPath> paths = chain.paths("erp-system", "variance-report", 5, 8);
   * }</pre>
   *
   * @param limit the most paths to return, at least 1
   * @param maxLength the most steps a path may have, at least 1
   * @throws IllegalArgumentException if either id is not a node of the chain, or {@code limit} or
   *     {@code maxLength} is less than 1
   */
  public ImmutableList<ChainPath> paths(String from, String to, int limit, int maxLength) {
    checkNode(from);
    checkNode(to);
    checkArgument(limit >= 1, "limit must be at least 1, not %s", limit);
    checkArgument(maxLength >= 1, "maxLength must be at least 1, not %s", maxLength);
    if (from.equals(to)) {
      return ImmutableList.of();
    }
    // A simple path has fewer steps than there are nodes.
    int longest = (int) Math.min(maxLength, graph.nodes().size() - 1L);
    Map<String, Integer> distance = distancesTo(to, longest);
    Integer shortest = distance.get(from);
    if (shortest == null) {
      return ImmutableList.of();
    }
    List<ChainPath> found = new ArrayList<>();
    for (int length = shortest; length <= longest && found.size() < limit; length++) {
      pathsOfLength(from, to, length, distance, limit, found);
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * The number of steps from each node to {@code target} along the shortest path, ignoring simplicity, for the
   * nodes within {@code bound} steps: a lower bound on the length of any simple path, used to prune.
   */
  private Map<String, Integer> distancesTo(String target, int bound) {
    Map<String, Integer> distance = new HashMap<>();
    distance.put(target, 0);
    Queue<String> queue = new ArrayDeque<>();
    queue.add(target);
    while (!queue.isEmpty()) {
      String node = queue.remove();
      int d = distance.get(node);
      if (d == bound) {
        continue;
      }
      for (String previous : graph.predecessors(node)) {
        if (!distance.containsKey(previous)) {
          distance.put(previous, d + 1);
          queue.add(previous);
        }
      }
    }
    return distance;
  }

  /**
   * Adds to {@code found} the simple paths of exactly {@code length} steps, in lexicographic order of their node
   * ids, until {@code found} holds {@code limit} paths. Depth-first with an explicit stack (the depth is at most
   * {@code length}); a branch is entered only if the target is still within reach in the steps left.
   */
  private void pathsOfLength(String from, String to, int length, Map<String, Integer> distance, int limit,
      List<ChainPath> found) {
    String[] path = new String[length + 1];
    int[] nextChoice = new int[length + 1];
    Set<String> onPath = new HashSet<>();
    path[0] = from;
    onPath.add(from);
    int depth = 0;
    while (depth >= 0) {
      if (depth == length) {
        // Pruning lets only the target be reached at full length.
        found.add(toPath(path));
        if (found.size() >= limit) {
          return;
        }
        onPath.remove(path[depth]);
        depth--;
        continue;
      }
      ImmutableList<String> next = successors.get(path[depth]);
      String chosen = null;
      while (nextChoice[depth] < next.size()) {
        String candidate = next.get(nextChoice[depth]++);
        Integer d = distance.get(candidate);
        boolean fits = candidate.equals(to) ? depth + 1 == length : d != null && depth + 1 + d <= length;
        if (fits && !onPath.contains(candidate)) {
          chosen = candidate;
          break;
        }
      }
      if (chosen == null) {
        onPath.remove(path[depth]);
        depth--;
      } else {
        depth++;
        path[depth] = chosen;
        nextChoice[depth] = 0;
        onPath.add(chosen);
      }
    }
  }

  private ChainPath toPath(String[] nodes) {
    ImmutableList.Builder<ChainStep> pathSteps = ImmutableList.builderWithExpectedSize(nodes.length - 1);
    for (int i = 0; i + 1 < nodes.length; i++) {
      Optional<ChainStep> step = graph.edgeValue(nodes[i], nodes[i + 1]);
      pathSteps.add(step.orElseThrow());
    }
    return new ChainPath(ImmutableList.copyOf(nodes), pathSteps.build());
  }

  private void checkNode(String id) {
    checkNotNull(id, "id");
    checkArgument(graph.nodes().contains(id),
        "'%s' is not a structure, event, position-practice or agency of case '%s', so it is not in its chain",
        id, caseId);
  }

  /** The case id and the size of the chain, for logs. */
  @Override
  public String toString() {
    return "ChainGraph{" + caseId + ": " + graph.nodes().size() + " nodes, " + steps.size() + " steps}";
  }
}

package org.sstlib.core.chain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.sstlib.core.CycleOrder;
import org.sstlib.core.Outcome;

/**
 * The chain of structuration of one {@link Case}: a directed graph whose nodes are element ids and whose edges
 * are {@link ChainStep}s, built from the model.
 *
 * <p>For each cycle and each of its agencies:
 *
 * <ul>
 *   <li>each available external or material entry in the agency's {@code conditionedBy} <em>conditions</em> it;
 *   <li>each available internal entry in its {@code drawsOn} <em>informs</em> it;
 *   <li>each entry of either list marked unavailable is <em>absent for</em> it: the absence constrains the agency;
 *   <li>it <em>produces</em> each realised outcome entry whose {@code producedBy} lists it, with the entry's change
 *       (an unrealised outcome did not happen, so nothing produces it);
 *   <li>it is <em>enacted in</em> the cycle's position-practice, when the cycle has one.
 * </ul>
 *
 * <p>Time is respected. A structure or event stands in the chain twice over: as itself, a starting point that
 * conditions (informs, is absent for) every agency that lists it; and as the outcome of each cycle whose agency
 * produced it, a node of its own that leads on only into the agency of the same cycle or of a cycle that is not
 * earlier ({@link CycleOrder}, from {@code follows} and {@code time}). So an outcome of one cycle that is an entry of
 * a later (or unordered) cycle continues the chain, an outcome that reproduces a structure that conditioned its own
 * agency closes a loop, and nothing a later cycle produced ever conditions an earlier cycle's agency. Paths show
 * element ids either way; a step that leaves an outcome says which cycle produced it
 * ({@link ChainStep#producedIn()}).
 *
 * <p>The nodes of {@link #graph()} are every structure, event, position-practice and agency of the case, including
 * those that no step touches, and one node {@code id@cycle} for each realised outcome entry (ids cannot hold
 * {@code @}); agents and cycles are not nodes.
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

  // The graph as arrays over node numbers (compressed sparse rows), for the searches: node n's successors are
  // next[start[n]] .. next[start[n + 1] - 1], sorted by element id, each reached by the step nextStep[e] from node
  // edgeFrom[e] (= n); element[n] is the element id a node shows (its key without "@cycle").
  private final String[] keys;
  private final String[] element;
  /**
   * For each node, the number of the element it shows, 0 .. elements - 1, so that a search can mark elements in an
   * array.
   */
  private final int[] elementNumber;
  /** Each element id's number. */
  private final Map<String, Integer> elementNumbers;
  private final Map<String, Integer> numbers;
  /** For each element id, the nodes that show it: the element itself (if a node) first, then its outcomes. */
  private final ImmutableListMultimap<String, Integer> nodesOf;
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
    this.keys = graph.nodes().toArray(String[]::new);
    this.element = new String[n];
    this.elementNumber = new int[n];
    this.elementNumbers = new HashMap<>(Math.max(16, n * 2));
    this.numbers = new HashMap<>(Math.max(16, n * 2));
    ImmutableListMultimap.Builder<String, Integer> shows = ImmutableListMultimap.builder();
    List<Integer> outcomes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      numbers.put(keys[i], i);
      element[i] = elementOf(keys[i]);
      Integer known = elementNumbers.putIfAbsent(element[i], elementNumbers.size());
      elementNumber[i] = known == null ? elementNumbers.size() - 1 : known;
      if (element[i].equals(keys[i])) {
        shows.put(element[i], i);
      } else {
        outcomes.add(i);
      }
    }
    outcomes.forEach(i -> shows.put(element[i], i));
    this.nodesOf = shows.build();
    this.start = new int[n + 1];
    this.next = new int[steps.size()];
    this.edgeFrom = new int[steps.size()];
    this.nextStep = new ChainStep[steps.size()];
    Comparator<Integer> byElement = Comparator.comparing((Integer i) -> element[i]).thenComparing(i -> keys[i]);
    int at = 0;
    for (int i = 0; i < n; i++) {
      List<Integer> sorted = new ArrayList<>();
      for (String to : graph.successors(keys[i])) {
        sorted.add(numbers.get(to));
      }
      sorted.sort(byElement);
      start[i] = at;
      for (int to : sorted) {
        next[at] = to;
        edgeFrom[at] = i;
        nextStep[at] = graph.edgeValue(keys[i], keys[to]).orElseThrow();
        at++;
      }
    }
    start[n] = at;
  }

  /** The node key of the outcome {@code id} of cycle {@code cycle}. */
  static String outcomeKey(String id, String cycle) {
    return id + "@" + cycle;
  }

  private static String elementOf(String key) {
    int at = key.indexOf('@');
    return at < 0 ? key : key.substring(0, at);
  }

  private static String fromKey(ChainStep step) {
    return step.producedIn().map(c -> outcomeKey(step.from(), c)).orElse(step.from());
  }

  private static String toKey(ChainStep step) {
    return step.kind() == StepKind.PRODUCES ? outcomeKey(step.to(), step.cycle()) : step.to();
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
    ImmutableValueGraph.Builder<String, ChainStep> graph = builder();
    study.structures().forEach(s -> graph.addNode(s.id()));
    study.events().forEach(e -> graph.addNode(e.id()));
    study.positionPractices().forEach(p -> graph.addNode(p.id()));
    study.cycles().forEach(c -> c.agency().forEach(a -> graph.addNode(a.id())));
    for (Cycle cycle : study.cycles()) {
      for (Outcome outcome : cycle.outcomes()) {
        if (outcome.realised()) {
          graph.addNode(outcomeKey(outcome.ref(), cycle.id()));
        }
      }
    }
    ImmutableList<ChainStep> steps = stepsOf(study);
    steps.forEach(s -> graph.putEdgeValue(fromKey(s), toKey(s), s));
    return new ChainGraph(study.id(), graph.build(), steps);
  }

  private static ImmutableValueGraph.Builder<String, ChainStep> builder() {
    return ValueGraphBuilder.directed()
        .allowsSelfLoops(true)
        .nodeOrder(ElementOrder.<String>insertion())
        .incidentEdgeOrder(ElementOrder.<String>stable())
        .immutable();
  }

  /** An entry of a cycle that leads into one of its agencies: what a structure produced elsewhere may go on to. */
  private record Use(String ref, String agency, StepKind kind, String cycle) {}

  /**
   * The steps of a case's chain, in the order of {@link #steps()}, without building the graph: for code that only
   * needs the steps (writing them out, say). First, cycle by cycle and agency by agency, the steps that leave the
   * elements themselves and the agencies; then, cycle by cycle, the steps that leave each realised outcome.
   *
   * @throws NullPointerException if {@code study} is null
   */
  public static ImmutableList<ChainStep> stepsOf(Case study) {
    checkNotNull(study, "study");
    List<ChainStep> steps = new ArrayList<>();
    // A valid case cannot give the same (from, to) pair twice; should it ever, the first step is kept.
    Set<List<String>> pairs = new HashSet<>();
    Map<String, List<Use>> uses = new HashMap<>();
    for (Cycle cycle : study.cycles()) {
      Map<String, Condition> conditions = new HashMap<>();
      cycle.conditions().forEach(e -> conditions.putIfAbsent(e.ref(), e));
      for (ActiveAgency agency : cycle.agency()) {
        for (String ref : agency.conditionedBy()) {
          Condition entry = conditions.get(ref);
          if (entry != null) {
            StepKind kind = entry.available() ? StepKind.CONDITIONS : StepKind.ABSENT_FOR;
            use(new Use(ref, agency.id(), kind, cycle.id()), steps, pairs, uses);
          }
        }
        for (String ref : agency.drawsOn()) {
          StepKind kind = cycle.internalAvailable(ref) ? StepKind.INFORMS : StepKind.ABSENT_FOR;
          use(new Use(ref, agency.id(), kind, cycle.id()), steps, pairs, uses);
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
    CycleOrder order = CycleOrder.of(study.cycles());
    for (Cycle cycle : study.cycles()) {
      for (Outcome outcome : cycle.outcomes()) {
        if (!outcome.realised() || outcome.producedBy().isEmpty()) {
          continue;
        }
        for (Use use : uses.getOrDefault(outcome.ref(), List.of())) {
          if (order.mayFeed(cycle.id(), use.cycle())) {
            add(ChainStep.fromOutcome(use.ref(), use.agency(), use.kind(), use.cycle(), cycle.id()), steps, pairs);
          }
        }
      }
    }
    return ImmutableList.copyOf(steps);
  }

  private static void use(Use use, List<ChainStep> steps, Set<List<String>> pairs, Map<String, List<Use>> uses) {
    if (add(ChainStep.of(use.ref(), use.agency(), use.kind(), use.cycle()), steps, pairs)) {
      uses.computeIfAbsent(use.ref(), k -> new ArrayList<>()).add(use);
    }
  }

  /**
   * A chain made of given steps, for steps that come from elsewhere than a {@link Case}: the chain steps a SPARQL
   * query found in a store, say, so that their paths are ordered exactly as the in-memory chain orders them. The
   * nodes are the ends of the steps (a step's {@link ChainStep#producedIn()} says when it leaves an outcome rather
   * than the element itself); a step whose (from, to) pair came before is skipped.
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
    ImmutableValueGraph.Builder<String, ChainStep> graph = builder();
    List<ChainStep> kept = new ArrayList<>();
    Set<List<String>> pairs = new HashSet<>();
    for (ChainStep step : steps) {
      add(step, kept, pairs);
    }
    kept.forEach(s -> graph.putEdgeValue(fromKey(s), toKey(s), s));
    return new ChainGraph(name, graph.build(), ImmutableList.copyOf(kept));
  }

  /**
   * Whether the element is on this chain: as a node of its own or as some cycle's outcome (an element no step
   * touches may not be, in a chain of steps).
   */
  public boolean contains(String id) {
    return nodesOf.containsKey(id);
  }

  private static boolean add(ChainStep step, List<ChainStep> steps, Set<List<String>> pairs) {
    if (pairs.add(List.of(fromKey(step), toKey(step)))) {
      steps.add(step);
      return true;
    }
    return false;
  }

  /** The id of the case this chain was built from. */
  public String caseId() {
    return caseId;
  }

  /**
   * The chain as a read-only Guava graph: nodes are element ids (in the order of the case: structures, events,
   * position-practices, then agency) followed by one node {@code id@cycle} for each outcome a cycle's agency
   * produced; each edge's value is its {@link ChainStep}.
   */
  public ImmutableValueGraph<String, ChainStep> graph() {
    return graph;
  }

  /**
   * Every step: cycle by cycle in the order of the case, and within a cycle agency by agency, those that leave an
   * element itself or an agency; then those that leave an outcome, by the cycle that produced it.
   */
  public ImmutableList<ChainStep> steps() {
    return steps;
  }

  /**
   * The steps that leave an element (itself, or as some cycle's outcome), in the order of {@link #steps()}.
   *
   * @throws IllegalArgumentException if {@code id} is not on the chain
   */
  public ImmutableList<ChainStep> stepsFrom(String id) {
    checkNode(id);
    return stepsFrom.get(id);
  }

  /**
   * The steps that reach an element, in the order of {@link #steps()}.
   *
   * @throws IllegalArgumentException if {@code id} is not on the chain
   */
  public ImmutableList<ChainStep> stepsTo(String id) {
    checkNode(id);
    return stepsTo.get(id);
  }

  /** The node of the element itself, or -1 if only its outcomes are nodes (a chain of steps, say). */
  private int sourceOf(String id) {
    Integer n = numbers.get(id);
    return n == null ? -1 : n;
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
   * @throws IllegalArgumentException if {@code id} is not on the chain
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
   * @throws IllegalArgumentException if {@code from} is not on the chain
   */
  public ShortestPaths shortestPathsFrom(String from) {
    checkNode(from);
    int source = sourceOf(from);
    int[] predecessor = new int[keys.length];
    Arrays.fill(predecessor, -1);
    int[] order = new int[keys.length];
    int reached = 0;
    int loopAt = -1;
    if (source >= 0) {
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
    }
    return new ShortestPaths(from, element, elementNumber, elementNumbers, predecessor, edgeFrom, nextStep, source,
        order, reached, loopAt);
  }

  /**
   * Whether {@code to} can be reached from {@code from} by one or more steps; {@code reaches(x, x)} is true when
   * {@code x} lies on a loop.
   *
   * @throws IllegalArgumentException if either id is not on the chain
   */
  public boolean reaches(String from, String to) {
    checkNode(from);
    checkNode(to);
    return shortestPathsFrom(from).reaches(to) || from.equals(to) && shortestPathsFrom(from).onLoop();
  }

  /**
   * The first {@value #DEFAULT_LIMIT} simple paths from {@code from} to {@code to} of at most
   * {@value #DEFAULT_MAX_LENGTH} steps, shortest first; see {@link #paths(String, String, int, int)}.
   *
   * <pre>{@code
   * chain.paths("national-policy", "patient-at-home").forEach(System.out::println);
   * }</pre>
   *
   * @throws IllegalArgumentException if either id is not on the chain
   */
  public ImmutableList<ChainPath> paths(String from, String to) {
    return paths(from, to, DEFAULT_LIMIT, DEFAULT_MAX_LENGTH);
  }

  /**
   * Simple paths from {@code from} to {@code to}, of at least one and at most {@code maxLength} steps, in the order
   * of {@link ChainPath#shortestFirst()}: fewer steps first, then by the sequence of element ids; at most
   * {@code limit} of them. A path starts from the element itself and ends at the target, itself or as any cycle's
   * outcome, and passes through no node twice, never back through the start and through the target only at its
   * end; so loops cannot make it go round for ever, while a structure may show twice when it is the outcome of two
   * cycles (the structure as one cycle left it, then as a later one reproduced it). There is none from an element to itself, even on a loop ({@link #reaches} says whether
   * there is a loop). Always terminates, however many loops the chain has, and stops as soon as {@code limit} paths
   * are found.
   *
   * <pre>{@code
   * ImmutableList<ChainPath> paths = chain.paths("erp-system", "variance-report", 5, 8);
   * }</pre>
   *
   * @param limit the most paths to return, at least 1
   * @param maxLength the most steps a path may have, at least 1
   * @throws IllegalArgumentException if either id is not on the chain, or {@code limit} or {@code maxLength} is
   *     less than 1
   */
  public ImmutableList<ChainPath> paths(String from, String to, int limit, int maxLength) {
    checkNode(from);
    checkNode(to);
    checkArgument(limit >= 1, "limit must be at least 1, not %s", limit);
    checkArgument(maxLength >= 1, "maxLength must be at least 1, not %s", maxLength);
    int source = sourceOf(from);
    if (from.equals(to) || source < 0) {
      return ImmutableList.of();
    }
    // A simple path has fewer steps than there are nodes.
    int longest = (int) Math.min(maxLength, keys.length - 1L);
    int[] distance = distancesTo(to, longest);
    if (distance[source] < 0) {
      return ImmutableList.of();
    }
    List<ChainPath> found = new ArrayList<>();
    for (int length = distance[source]; length <= longest && found.size() < limit; length++) {
      pathsOfLength(source, to, length, distance, limit, found);
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * The number of steps from each node to a node of element {@code target} along the shortest path, ignoring
   * simplicity, for the nodes within {@code bound} steps (-1 for the others): a lower bound on the length of any
   * simple path, used to prune.
   */
  private int[] distancesTo(String target, int bound) {
    int[] distance = new int[keys.length];
    Arrays.fill(distance, -1);
    Queue<Integer> queue = new ArrayDeque<>();
    for (int t : nodesOf.get(target)) {
      distance[t] = 0;
      queue.add(t);
    }
    while (!queue.isEmpty()) {
      int node = queue.remove();
      int d = distance[node];
      if (d == bound) {
        continue;
      }
      for (String previous : graph.predecessors(keys[node])) {
        int p = numbers.get(previous);
        if (distance[p] < 0) {
          distance[p] = d + 1;
          queue.add(p);
        }
      }
    }
    return distance;
  }

  /**
   * Adds to {@code found} the simple paths of exactly {@code length} steps, in lexicographic order of their element
   * ids, until {@code found} holds {@code limit} paths. Depth-first with an explicit stack (the depth is at most
   * {@code length}); a branch is entered only if the target is still within reach in the steps left.
   */
  private void pathsOfLength(int from, String to, int length, int[] distance, int limit, List<ChainPath> found) {
    int[] path = new int[length + 1];
    int[] nextChoice = new int[length + 1];
    Set<Integer> onPath = new HashSet<>();
    path[0] = from;
    nextChoice[0] = start[from];
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
      int chosen = -1;
      int node = path[depth];
      while (nextChoice[depth] < start[node + 1]) {
        int candidate = next[nextChoice[depth]++];
        int d = distance[candidate];
        boolean fits = element[candidate].equals(to) ? depth + 1 == length : d >= 0 && depth + 1 + d <= length;
        if (fits && !onPath.contains(candidate) && !element[candidate].equals(element[from])) {
          chosen = candidate;
          break;
        }
      }
      if (chosen < 0) {
        onPath.remove(path[depth]);
        depth--;
      } else {
        depth++;
        path[depth] = chosen;
        nextChoice[depth] = start[chosen];
        onPath.add(chosen);
      }
    }
  }

  private ChainPath toPath(int[] nodes) {
    ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(nodes.length);
    ImmutableList.Builder<ChainStep> pathSteps = ImmutableList.builderWithExpectedSize(nodes.length - 1);
    ids.add(element[nodes[0]]);
    for (int i = 0; i + 1 < nodes.length; i++) {
      Optional<ChainStep> step = graph.edgeValue(keys[nodes[i]], keys[nodes[i + 1]]);
      pathSteps.add(step.orElseThrow());
      ids.add(element[nodes[i + 1]]);
    }
    return new ChainPath(ids.build(), pathSteps.build());
  }

  /**
   * The shortest feedback loop that the {@code produces} step from {@code agency} to {@code structure} closes: a
   * path from the structure (as it stands) to the agency, followed by that step, so
   * {@code caseload -conditions-> case-manage -reproduces-> caseload}; empty if the agency does not produce the
   * structure or no path leads from the structure back to it.
   *
   * @throws IllegalArgumentException if either id is not on the chain
   */
  public Optional<ChainPath> loopThrough(String agency, String structure) {
    checkNode(agency);
    checkNode(structure);
    Optional<ChainStep> close = stepsFrom.get(agency).stream()
        .filter(s -> s.kind() == StepKind.PRODUCES && s.to().equals(structure)).findFirst();
    if (close.isEmpty()) {
      return Optional.empty();
    }
    ImmutableList<ChainPath> way = paths(structure, agency, 1, Integer.MAX_VALUE);
    if (way.isEmpty()) {
      return Optional.empty();
    }
    List<ChainStep> loop = new ArrayList<>(way.get(0).steps());
    loop.add(close.get());
    return Optional.of(ChainPath.of(loop));
  }

  private void checkNode(String id) {
    checkNotNull(id, "id");
    checkArgument(nodesOf.containsKey(id),
        "'%s' is not a structure, event, position-practice or agency of case '%s', so it is not in its chain",
        id, caseId);
  }

  /** The case id and the size of the chain, for logs. */
  @Override
  public String toString() {
    return "ChainGraph{" + caseId + ": " + graph.nodes().size() + " nodes, " + steps.size() + " steps}";
  }
}

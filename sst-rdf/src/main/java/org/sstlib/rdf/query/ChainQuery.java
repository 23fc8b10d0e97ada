package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.query.ChainSteps.NodeInfo;
import org.sstlib.rdf.query.EvidenceRows.EvidenceRow;

/**
 * The {@code chain} query: the simple paths from an element to a target in each case in scope. SPARQL
 * ({@code chain-steps.rq}) fetches the chain steps, those reachable from the start are kept (the steps
 * {@code chain.rq} gives, see {@link ChainSteps#reachable}); a {@link ChainGraph} of them per case lists
 * the paths in Java, so that the answer equals the in-memory chain; then what the elements on the paths are, the
 * roles they play and the evidence behind them. Stateless.
 */
final class ChainQuery {

  private ChainQuery() {}

  /**
   * The routes of a chain query, how many paths each case with a path has (counted up to the count asked for),
   * and the evidence about the elements on the routes.
   */
  record Routes(ImmutableList<ChainRoute> routes, ImmutableMap<String, Integer> found,
      Map<String, Map<String, List<EvidenceRow>>> evidence) {}

  /**
   * Checks the limits of a typed call.
   *
   * @throws IllegalArgumentException if {@code limit} or {@code maxLength} is out of range
   */
  static void checkLimits(int limit, int maxLength) {
    checkArgument(limit >= 1 && limit <= SstQueries.MAX_LIMIT, "limit must be from 1 to %s, not %s",
        SstQueries.MAX_LIMIT, limit);
    checkArgument(maxLength >= 1 && maxLength <= SstQueries.MAX_MAX_LENGTH, "maxLength must be from 1 to %s, not %s",
        SstQueries.MAX_MAX_LENGTH, maxLength);
  }

  /**
   * The paths from {@code from} to {@code to} in each case in scope that has both, at most {@code limit} of at most
   * {@code maxLength} steps per case, and the evidence about their elements.
   *
   * @throws QueryParameterException if {@code from} or {@code to} names no element of the cases in scope
   */
  static Routes routes(QueryRunner runner, Optional<String> in, String from, String to, int limit, int maxLength,
      boolean absences) {
    return routes(runner, in, from, to, limit, maxLength, absences, limit);
  }

  /**
   * As {@link #routes(QueryRunner, Optional, String, String, int, int, boolean)}, counting the paths of each case up
   * to {@code countUpTo} (at least {@code limit}); only the first {@code limit} become routes.
   *
   * @param absences whether the chain follows absence steps ({@code sst:absentFor}); without them, only what was
   *     there conditions, informs and produces
   *
   * @throws QueryParameterException if {@code from} or {@code to} names no element of the cases in scope, or only
   *     elements that are never on a chain (an agent, a cycle, a source)
   */
  static Routes routes(QueryRunner runner, Optional<String> in, String from, String to, int limit, int maxLength,
      boolean absences, int countUpTo) {
    checkArgument(countUpTo >= limit, "countUpTo %s is less than limit %s", countUpTo, limit);
    ElementValues.checkValue("from", from);
    ElementValues.checkValue("to", to);
    List<Scope> scope = runner.scope(in);
    // A case that continues others (sst:continues) follows on from their chains; no other case joins another.
    Map<Scope, List<Scope>> continued = ContinuedChains.continued(runner, scope);
    List<Scope> wider = new ArrayList<>(scope);
    scope.forEach(c -> continued.get(c).stream().filter(s -> !wider.contains(s)).forEach(wider::add));
    Map<Scope, Node> froms = ElementValues.resolveOnChain(runner, "from", from, wider);
    Map<Scope, Node> tos = ElementValues.resolveOnChain(runner, "to", to, wider);
    List<Scope> both = scope.stream()
        .filter(s -> found(froms, s, continued.get(s)) && found(tos, s, continued.get(s))).toList();

    Map<Scope, Map<String, Node>> nodes = new HashMap<>();
    List<Scope> alone = both.stream().filter(s -> continued.get(s).isEmpty()).toList();
    Map<Scope, List<ChainStep>> steps = new HashMap<>(ChainSteps.reachable(runner, alone, froms, nodes));
    for (Scope s : both) {
      if (!continued.get(s).isEmpty()) {
        steps.put(s, ContinuedChains.join(runner, s, continued.get(s), continued, nodes));
      }
    }

    Map<Scope, List<ChainPath>> paths = new LinkedHashMap<>();
    ImmutableMap.Builder<String, Integer> found = ImmutableMap.builder();
    for (Scope s : both) {
      List<ChainStep> followed = steps.getOrDefault(s, List.of()).stream()
          .filter(step -> absences || step.kind() != StepKind.ABSENT_FOR).toList();
      ChainGraph graph = ChainGraph.of(s.caseId(), followed);
      String fromId = s.id(node(froms, s, continued.get(s)));
      String toId = s.id(node(tos, s, continued.get(s)));
      if (graph.contains(fromId) && graph.contains(toId)) {
        // The paths come in order, so the first `limit` of those counted are the ones asked for.
        List<ChainPath> counted = graph.paths(fromId, toId, countUpTo, maxLength);
        paths.put(s, counted.subList(0, Math.min(limit, counted.size())));
        found.put(s.caseId(), counted.size());
      }
    }
    // What the elements on the paths are, the roles they play, and the evidence behind them.
    Map<Scope, Set<String>> onPaths = new LinkedHashMap<>();
    paths.forEach((s, list) -> list.forEach(p -> onPaths.computeIfAbsent(s, k -> new LinkedHashSet<>())
        .addAll(p.nodes())));
    // What the elements are is asked of each case's own graph and of the graphs of the cases it continues; the
    // answers from a continued case are filed under the case asked about, its cycles shown as case/cycle.
    List<List<Node>> values = new ArrayList<>();
    onPaths.forEach((s, ids) -> {
      for (Scope g : withContinued(s, continued.get(s))) {
        ids.forEach(id -> values.add(List.of(g.graph(), nodes.get(s).get(id))));
      }
    });
    Map<String, Scope> laterOf = new HashMap<>();
    onPaths.keySet().forEach(s -> continued.get(s).forEach(c -> laterOf.putIfAbsent(c.caseId(), s)));
    Map<String, Map<String, NodeInfo>> info = new HashMap<>();
    ChainSteps.nodeInfo(runner, wider, values).forEach((caseId, byId) -> {
      String into = laterOf.containsKey(caseId) && !onPaths.containsKey(scopeOf(wider, caseId))
          ? laterOf.get(caseId).caseId() : caseId;
      byId.forEach((id, ni) -> info.computeIfAbsent(into, k -> new HashMap<>()).putIfAbsent(id, ni));
    });
    Map<String, Map<String, Set<String>>> roles = new HashMap<>();
    for (Map<String, Node> row : runner.select("roles", List.of(NamedQuery.CASE, "element"), values)) {
      Scope s = Scope.of(wider, row);
      Scope into = onPaths.containsKey(s) ? s : laterOf.getOrDefault(s.caseId(), s);
      String cycle = s.equals(into) ? s.id(row.get("cycle")) : s.caseId() + "/" + s.id(row.get("cycle"));
      roles.computeIfAbsent(into.caseId(), k -> new HashMap<>())
          .computeIfAbsent(s.id(row.get("element")), k -> new HashSet<>())
          .add(text(row.get("role")) + " " + cycle);
    }
    Map<String, Map<String, List<EvidenceRow>>> evidence = EvidenceRows.read(runner, wider, values);

    ImmutableList.Builder<ChainRoute> routes = ImmutableList.builder();
    paths.forEach((s, list) -> {
      for (int r = 0; r < list.size(); r++) {
        routes.add(route(s, r + 1, list.get(r), info, roles, evidence));
      }
    });
    return new Routes(routes.build(), found.buildOrThrow(), evidence);
  }

  /** Whether the element was found in the case or in one of the cases it continues. */
  private static boolean found(Map<Scope, Node> nodes, Scope s, List<Scope> continued) {
    return nodes.containsKey(s) || continued.stream().anyMatch(nodes::containsKey);
  }

  /** The element's node in the case, or else in the nearest case it continues that has it. */
  private static Node node(Map<Scope, Node> nodes, Scope s, List<Scope> continued) {
    if (nodes.containsKey(s)) {
      return nodes.get(s);
    }
    return continued.stream().filter(nodes::containsKey).map(nodes::get).findFirst().orElseThrow();
  }

  private static List<Scope> withContinued(Scope s, List<Scope> continued) {
    List<Scope> all = new ArrayList<>();
    all.add(s);
    all.addAll(continued);
    return all;
  }

  private static Scope scopeOf(List<Scope> scope, String caseId) {
    return scope.stream().filter(s -> s.caseId().equals(caseId)).findFirst().orElseThrow();
  }

  private static ChainRoute route(Scope s, int rank, ChainPath path, Map<String, Map<String, NodeInfo>> info,
      Map<String, Map<String, Set<String>>> roles, Map<String, Map<String, List<EvidenceRow>>> evidence) {
    ImmutableList.Builder<RouteStep> routeSteps = ImmutableList.builder();
    for (int i = 0; i < path.nodes().size(); i++) {
      String id = path.nodes().get(i);
      Optional<ChainStep> in = i > 0 ? Optional.of(path.steps().get(i - 1)) : Optional.empty();
      Optional<ChainStep> out = i < path.steps().size() ? Optional.of(path.steps().get(i)) : Optional.empty();
      NodeInfo ni = info.getOrDefault(s.caseId(), Map.of()).getOrDefault(id, NodeInfo.UNKNOWN);
      Set<String> elementRoles = roles.getOrDefault(s.caseId(), Map.of()).getOrDefault(id, Set.of());
      List<String> parts = new ArrayList<>();
      in.ifPresent(step -> parts.add(roleReached(step)));
      out.ifPresent(step -> {
        String role = roleLeaving(step, elementRoles);
        if (!parts.contains(role)) {
          parts.add(role);
        }
      });
      String cycle = out.or(() -> in).map(ChainStep::cycle).orElse("");
      Set<String> cycles = new HashSet<>();
      in.ifPresent(step -> cycles.add(step.cycle()));
      out.ifPresent(step -> cycles.add(step.cycle()));
      int count = (int) EvidenceRows.about(evidence, s.caseId(), id, cycles).stream().map(EvidenceRow::evidence)
          .distinct().count();
      routeSteps.add(new RouteStep(s.caseId(), i, id, ni.label(), ni.kind(), String.join(", ", parts), cycle,
          ni.scale(), in, count));
    }
    return new ChainRoute(s.caseId(), rank, path, routeSteps.build());
  }

  /** The role an element reached by {@code step} plays: "agency in c", "outcome of c", ... */
  private static String roleReached(ChainStep step) {
    return switch (step.kind()) {
      case CONDITIONS, INFORMS, ABSENT_FOR -> "agency in " + step.cycle();
      case PRODUCES -> "outcome of " + step.cycle();
      case ENACTED_IN -> "position-practice of " + step.cycle();
    };
  }

  /** The role an element left by {@code step} plays: "external in c", "material in c", "internal in c", ... */
  private static String roleLeaving(ChainStep step, Set<String> roles) {
    return switch (step.kind()) {
      case CONDITIONS -> (roles.contains("external " + step.cycle()) || !roles.contains("material " + step.cycle())
          ? "external in " : "material in ") + step.cycle();
      case INFORMS -> "internal in " + step.cycle();
      case ABSENT_FOR -> "absent in " + step.cycle();
      case PRODUCES, ENACTED_IN -> "agency in " + step.cycle();
    };
  }

  static QueryTable table(List<ChainRoute> routes) {
    List<List<String>> rows = new ArrayList<>();
    for (ChainRoute route : routes) {
      for (RouteStep step : route.steps()) {
        rows.add(List.of(step.caseId(), Integer.toString(route.rank()), Integer.toString(step.position()),
            step.id(), step.label(), step.kind(), step.role(), step.cycle(), code(step.scale()),
            step.via().map(ChainSteps::via).orElse(""), Integer.toString(step.evidenceCount())));
      }
    }
    return QueryTable.of(NamedQuery.CHAIN.columns(), rows);
  }
}

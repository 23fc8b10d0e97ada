package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.sstlib.core.Change;
import org.sstlib.core.Scale;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.SST;

/**
 * The chain read from the store, for the queries that follow it ({@link ChainQuery}, {@link FeedbackQuery}): its
 * steps as {@link ChainStep}s, case by case, and what the elements on it are. Stateless.
 */
final class ChainSteps {

  private ChainSteps() {}

  /** What an element on the chain is: its label, kind and scale. */
  record NodeInfo(String label, String kind, Optional<Scale> scale) {
    static final NodeInfo UNKNOWN = new NodeInfo("", "", Optional.empty());
  }

  /**
   * Every step of each case's chain ({@code chain-steps.rq}) as {@link ChainStep}s by case, recording the node of
   * each id in {@code nodes}.
   */
  static Map<Scope, List<ChainStep>> all(QueryRunner runner, List<Scope> scope, Map<Scope, Map<String, Node>> nodes) {
    return steps(scope, select(runner, scope), nodes);
  }

  /**
   * The steps of each case's chain that can be followed from the element {@code froms} names in it: every step
   * ({@code chain-steps.rq}), kept where its start is that element or is reached from it, step after step, as
   * {@code ?from sst:chainStep* ?x} in {@code chain.rq} reaches it. Followed here rather than by a property path, so
   * that an engine that cannot follow one inside {@code GRAPH ?case} (Virtuoso 7.2 answers nothing there) still
   * gives the chain.
   */
  static Map<Scope, List<ChainStep>> reachable(QueryRunner runner, List<Scope> scope, Map<Scope, Node> froms,
      Map<Scope, Map<String, Node>> nodes) {
    Map<Scope, List<Map<String, Node>>> byCase = new LinkedHashMap<>();
    for (Map<String, Node> row : select(runner, scope)) {
      byCase.computeIfAbsent(Scope.of(scope, row), k -> new ArrayList<>()).add(row);
    }
    List<Map<String, Node>> kept = new ArrayList<>();
    byCase.forEach((s, rows) -> {
      Map<Node, List<Node>> next = new HashMap<>();
      rows.forEach(r -> next.computeIfAbsent(r.get("x"), k -> new ArrayList<>()).add(r.get("y")));
      Set<Node> reached = new HashSet<>();
      Deque<Node> todo = new ArrayDeque<>(List.of(froms.get(s)));
      while (!todo.isEmpty()) {
        Node x = todo.pop();
        if (reached.add(x)) {
          todo.addAll(next.getOrDefault(x, List.of()));
        }
      }
      rows.stream().filter(r -> reached.contains(r.get("x"))).forEach(kept::add);
    });
    return steps(scope, kept, nodes);
  }

  /** The rows of {@code chain-steps.rq} for the cases in scope. */
  private static List<Map<String, Node>> select(QueryRunner runner, List<Scope> scope) {
    return runner.select("chain-steps", List.of(NamedQuery.CASE), scope.stream().map(s -> List.of(s.graph())).toList());
  }

  /** Chain-step rows as {@link ChainStep}s by case, recording the node of each id in {@code nodes}. */
  private static Map<Scope, List<ChainStep>> steps(List<Scope> scope, List<Map<String, Node>> rows,
      Map<Scope, Map<String, Node>> nodes) {
    Map<Scope, List<ChainStep>> steps = new LinkedHashMap<>();
    for (Map<String, Node> row : rows) {
      Scope s = Scope.of(scope, row);
      Optional<StepKind> kind = stepKind(row.get("kind"));
      Node cycle = row.get("cycle");
      if (kind.isEmpty() || cycle == null) {
        continue;
      }
      // A step that leaves or reaches an outcome entry leaves or reaches the structure or event as that cycle's
      // agency produced it.
      Node x = row.get("xEntity") != null ? row.get("xEntity") : row.get("x");
      Node y = row.get("yEntity") != null ? row.get("yEntity") : row.get("y");
      Optional<String> producedIn = row.get("xEntity") != null && row.get("xCycle") != null
          ? Optional.of(s.id(row.get("xCycle"))) : Optional.empty();
      String from = s.id(x);
      String to = s.id(y);
      Map<String, Node> known = nodes.computeIfAbsent(s, k -> new HashMap<>());
      known.put(from, x);
      known.put(to, y);
      Optional<Change> change = kind.get() == StepKind.PRODUCES
          ? concept(Change.class, row.get("change")) : Optional.empty();
      steps.computeIfAbsent(s, k -> new ArrayList<>())
          .add(new ChainStep(from, to, kind.get(), s.id(cycle), change, producedIn));
    }
    return steps;
  }

  private static Optional<StepKind> stepKind(Node property) {
    if (property == null || !property.isURI() || !property.getURI().startsWith(SST.NS)) {
      return Optional.empty();
    }
    return StepKind.fromCode(property.getURI().substring(SST.NS.length()));
  }

  /** What the given (case graph, element) pairs are: by case id, then element id. */
  static Map<String, Map<String, NodeInfo>> nodeInfo(QueryRunner runner, List<Scope> scope,
      List<List<Node>> values) {
    Map<String, Map<String, NodeInfo>> info = new HashMap<>();
    for (Map<String, Node> row : runner.select("chain-nodes", List.of(NamedQuery.CASE, "node"), values)) {
      Scope s = Scope.of(scope, row);
      Node type = row.get("type");
      String kind = type.equals(SST.Structure) ? "structure" : type.equals(SST.Event) ? "event"
          : type.equals(SST.PositionPractice) ? "position-practice" : "agency";
      Optional<Scale> scale = concept(Scale.class, row.get("scale"))
          .or(() -> concept(Scale.class, row.get("cycleScale")));
      info.computeIfAbsent(s.caseId(), k -> new HashMap<>())
          .put(s.id(row.get("node")), new NodeInfo(text(row.get("label")), kind, scale));
    }
    return info;
  }

  /** The chain property a step takes, as its local name: the sub-property of produces for a change. */
  static String via(ChainStep step) {
    if (step.kind() == StepKind.PRODUCES) {
      Optional<Node> sub = step.change().flatMap(SST::producesProperty);
      if (sub.isPresent()) {
        return sub.get().getURI().substring(SST.NS.length());
      }
    }
    return step.kind().code();
  }
}

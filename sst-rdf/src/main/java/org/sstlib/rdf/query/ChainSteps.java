package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * Runs a query whose rows are chain steps ({@code chain.rq}, from the element each case's {@code parameter}
   * names, or {@code chain-steps.rq}, every step, with no parameter) and turns them into {@link ChainStep}s by
   * case, recording the node of each id in {@code nodes}.
   */
  static Map<Scope, List<ChainStep>> read(QueryRunner runner, List<Scope> scope, String query, String parameter,
      Map<Scope, Node> values, Map<Scope, Map<String, Node>> nodes) {
    List<String> vars = parameter == null ? List.of(NamedQuery.CASE) : List.of(NamedQuery.CASE, parameter);
    List<List<Node>> rows = new ArrayList<>();
    for (Scope s : scope) {
      rows.add(parameter == null ? List.of(s.graph()) : List.of(s.graph(), values.get(s)));
    }
    Map<Scope, List<ChainStep>> steps = new LinkedHashMap<>();
    for (Map<String, Node> row : runner.select(query, vars, rows)) {
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

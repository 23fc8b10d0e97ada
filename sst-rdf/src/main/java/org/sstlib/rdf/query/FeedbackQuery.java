package org.sstlib.rdf.query;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.rdf.query.ChainSteps.NodeInfo;

/**
 * The {@code feedback} query: SPARQL ({@code feedback.rq}) finds the steps by which an agency reproduces, changes or
 * erodes a structure that leads to it; Java finds the shortest loop through each, on a {@link ChainGraph} of the
 * case's chain ({@code chain-steps.rq}). Loops never make it run forever. Stateless.
 */
final class FeedbackQuery {

  private FeedbackQuery() {}

  static ImmutableList<FeedbackLoop> loops(QueryRunner runner, Optional<String> in) {
    List<Scope> scope = runner.scope(in);
    List<Map<String, Node>> closing = runner.selectInCases("feedback", scope);
    if (closing.isEmpty()) {
      return ImmutableList.of();
    }
    List<Scope> withLoops = scope.stream()
        .filter(s -> closing.stream().anyMatch(row -> row.get(NamedQuery.CASE).equals(s.graph()))).toList();
    Map<Scope, Map<String, Node>> nodes = new HashMap<>();
    Map<Scope, List<ChainStep>> steps = ChainSteps.all(runner, withLoops, nodes);
    Map<Scope, ChainGraph> graphs = new HashMap<>();
    for (Scope s : withLoops) {
      graphs.put(s, ChainGraph.of(s.caseId(), steps.getOrDefault(s, List.of())));
    }
    Map<List<Object>, FeedbackLoop> loops = new HashMap<>();
    Comparator<FeedbackLoop> shorter = Comparator.comparingInt((FeedbackLoop l) -> l.loop().length())
        .thenComparing(FeedbackLoop::loop, ChainPath.shortestFirst());
    List<List<Node>> structures = new ArrayList<>();
    for (Map<String, Node> row : closing) {
      Scope s = Scope.of(scope, row);
      ChainGraph graph = graphs.get(s);
      String structure = s.id(row.get("structure"));
      String agency = s.id(row.get("agency"));
      if (!graph.contains(structure) || !graph.contains(agency)) {
        continue;
      }
      Optional<ChainPath> found = graph.loopThrough(agency, structure);
      if (found.isEmpty()) {
        continue;
      }
      ChainPath loop = found.get();
      List<ChainStep> loopSteps = loop.steps();
      ChainStep close = loopSteps.get(loopSteps.size() - 1);
      if (close.change().isEmpty()) {
        continue;
      }
      List<String> cycles = new ArrayList<>();
      for (ChainStep step : loopSteps) {
        if (cycles.isEmpty() || !cycles.get(cycles.size() - 1).equals(step.cycle())) {
          cycles.add(step.cycle());
        }
      }
      FeedbackLoop candidate = new FeedbackLoop(s.caseId(), structure, "", ImmutableList.copyOf(cycles),
          close.change().get(), loop);
      loops.merge(List.of(s.caseId(), structure, cycles, candidate.change()), candidate,
          (a, b) -> shorter.compare(a, b) <= 0 ? a : b);
      structures.add(List.of(s.graph(), row.get("structure")));
    }
    Map<String, Map<String, NodeInfo>> info = ChainSteps.nodeInfo(runner, scope,
        structures.stream().distinct().toList());
    return loops.values().stream()
        .map(l -> new FeedbackLoop(l.caseId(), l.structure(),
            info.getOrDefault(l.caseId(), Map.of()).getOrDefault(l.structure(), NodeInfo.UNKNOWN).label(),
            l.cycles(), l.change(), l.loop()))
        .sorted(Comparator.comparing(FeedbackLoop::caseId).thenComparing(FeedbackLoop::structure)
            .thenComparing(shorter))
        .collect(ImmutableList.toImmutableList());
  }

  static QueryTable table(List<FeedbackLoop> loops) {
    List<List<String>> rows = new ArrayList<>();
    for (FeedbackLoop l : loops) {
      rows.add(List.of(l.caseId(), l.structure(), l.label(), String.join(" ", l.cycles()), l.change().code(),
          Integer.toString(l.loop().length()), l.loop().toString()));
    }
    return QueryTable.of(NamedQuery.FEEDBACK.columns(), rows);
  }
}

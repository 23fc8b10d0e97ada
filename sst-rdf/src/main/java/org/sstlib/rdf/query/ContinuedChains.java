package org.sstlib.rdf.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.sstlib.core.CycleOrder;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.GraphNames;

/**
 * The chain of a case that continues others ({@code sst:continues}): its own steps, the steps of the cases it
 * continues (directly or through others) that the store holds, and the steps that join them, by which an outcome
 * of a continued case's cycle conditions, informs or is absent for the agency of a case that continues it (the
 * case asked about, or one of its continued cases) and lists the same element (the same IRI). A continued case's cycles count as earlier than the continuing case's, unless their times
 * say that a continued cycle is the later one; then nothing joins from it. Cases that only share element IRIs never
 * join. A continued case joins only when it has the same base as the case continuing it, since only then are its
 * element ids the same elements. The cycles of a continued case are shown as {@code case/cycle}. Stateless.
 */
final class ContinuedChains {

  private ContinuedChains() {}

  /**
   * For each case in {@code scope} (and every other case of the store), the cases of the store it continues,
   * directly or through others, nearest first, that share its base; the case itself is never among them.
   */
  static Map<Scope, List<Scope>> continued(QueryRunner runner, List<Scope> scope) {
    List<Scope> all = runner.scope(Optional.empty());
    Map<String, Scope> byId = new HashMap<>();
    all.forEach(s -> byId.put(s.caseId(), s));
    Map<String, List<String>> direct = new HashMap<>();
    for (Map<String, Node> row : runner.selectInCases("continues", all)) {
      Scope s = Scope.of(all, row);
      Node other = row.get("other");
      if (other != null && other.isURI() && other.getURI().startsWith(GraphNames.CASE_PREFIX)) {
        direct.computeIfAbsent(s.caseId(), k -> new ArrayList<>())
            .add(other.getURI().substring(GraphNames.CASE_PREFIX.length()));
      }
    }
    Map<Scope, List<Scope>> out = new LinkedHashMap<>();
    List<Scope> every = new ArrayList<>(scope);
    all.stream().filter(s -> !every.contains(s)).forEach(every::add);
    for (Scope s : every) {
      Set<String> seen = new LinkedHashSet<>();
      Queue<String> queue = new ArrayDeque<>(direct.getOrDefault(s.caseId(), List.of()));
      while (!queue.isEmpty()) {
        String id = queue.remove();
        if (!id.equals(s.caseId()) && byId.containsKey(id) && seen.add(id)) {
          queue.addAll(direct.getOrDefault(id, List.of()));
        }
      }
      List<Scope> found = new ArrayList<>();
      for (String id : seen) {
        Scope other = byId.get(id);
        if (other.base().equals(s.base())) {
          found.add(other);
        }
      }
      out.put(s, found);
    }
    return out;
  }

  /**
   * The steps of {@code later}'s chain joined with those of {@code earlier}, the cases it continues; records the
   * node of each id under {@code later} in {@code nodes}.
   */
  static List<ChainStep> join(QueryRunner runner, Scope later, List<Scope> earlier,
      Map<Scope, List<Scope>> continued, Map<Scope, Map<String, Node>> nodes) {
    List<Scope> cases = new ArrayList<>();
    cases.add(later);
    cases.addAll(earlier);
    Map<Scope, Map<String, Node>> read = new HashMap<>();
    Map<Scope, List<ChainStep>> steps = ChainSteps.all(runner, cases, read);
    Map<String, Node> known = nodes.computeIfAbsent(later, k -> new HashMap<>());
    for (Scope s : cases) {
      read.getOrDefault(s, Map.of()).forEach(known::putIfAbsent);
    }
    Map<String, Optional<String>> times = new LinkedHashMap<>();
    for (Map<String, Node> row : runner.selectInCases("cycle-times", cases)) {
      Scope s = Scope.of(cases, row);
      times.put(cycle(s, later, s.id(row.get("cycle"))),
          Optional.ofNullable(row.get("time")).map(Node::getLiteralLexicalForm));
    }
    CycleOrder order = CycleOrder.of(times, Map.of());
    List<ChainStep> joined = new ArrayList<>(steps.getOrDefault(later, List.of()));
    for (Scope s : earlier) {
      for (ChainStep step : steps.getOrDefault(s, List.of())) {
        joined.add(new ChainStep(step.from(), step.to(), step.kind(), cycle(s, later, step.cycle()), step.change(),
            step.producedIn().map(c -> cycle(s, later, c))));
      }
    }
    // What a continued case produced leads into the agency of a case that continues it (the case asked about, or
    // another continued case that continues it in turn) that lists the same element.
    for (Scope to : cases) {
      List<ChainStep> uses = new ArrayList<>();
      for (ChainStep u : steps.getOrDefault(to, List.of())) {
        if (u.producedIn().isEmpty() && u.kind() != StepKind.PRODUCES && u.kind() != StepKind.ENACTED_IN) {
          uses.add(u);
        }
      }
      for (Scope s : continued.getOrDefault(to, List.of())) {
        if (!earlier.contains(s)) {
          continue;
        }
        for (ChainStep produced : steps.getOrDefault(s, List.of())) {
          if (produced.kind() != StepKind.PRODUCES) {
            continue;
          }
          String from = cycle(s, later, produced.cycle());
          for (ChainStep use : uses) {
            String into = cycle(to, later, use.cycle());
            if (use.from().equals(produced.to()) && order.mayFeed(from, into)) {
              joined.add(new ChainStep(use.from(), use.to(), use.kind(), into, Optional.empty(), Optional.of(from)));
            }
          }
        }
      }
    }
    return joined;
  }

  /** A cycle's id as the joined chain shows it: its own id in the later case, {@code case/cycle} otherwise. */
  private static String cycle(Scope of, Scope later, String cycle) {
    return of.equals(later) ? cycle : of.caseId() + "/" + cycle;
  }
}

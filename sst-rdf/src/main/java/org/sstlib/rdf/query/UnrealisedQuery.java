package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.integer;
import static org.sstlib.rdf.query.ResultRows.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/**
 * The {@code unrealised} query: intended outcomes that did not happen ({@code unrealised.rq}), one answer per
 * unrealised outcome entry with who intended it, what happened instead and its evidence, ordered case by case,
 * cycle by cycle in the order of the case, each role in its order. Stateless.
 */
final class UnrealisedQuery {

  private UnrealisedQuery() {}

  /** The rows of one entry, gathered: the query gives one row per fact about it. */
  private static final class Gathered {
    final String caseId;
    final int cycleIndex;
    final String cycle;
    final int index;
    final String outcome;
    final String label;
    final TreeSet<String> intendedBy = new TreeSet<>();
    final TreeSet<String> instead = new TreeSet<>();
    final TreeSet<String> evidence = new TreeSet<>();

    Gathered(String caseId, int cycleIndex, String cycle, int index, String outcome, String label) {
      this.caseId = caseId;
      this.cycleIndex = cycleIndex;
      this.cycle = cycle;
      this.index = index;
      this.outcome = outcome;
      this.label = label;
    }

    UnrealisedOutcome answer() {
      return new UnrealisedOutcome(caseId, cycle, index, outcome, label, ImmutableList.copyOf(intendedBy),
          ImmutableList.copyOf(instead), ImmutableList.copyOf(evidence));
    }
  }

  static ImmutableList<UnrealisedOutcome> outcomes(QueryRunner runner, Optional<String> in) {
    List<Scope> scope = runner.scope(in);
    Map<List<String>, Gathered> entries = new LinkedHashMap<>();
    for (Map<String, Node> row : runner.selectInCases("unrealised", scope)) {
      Scope s = Scope.of(scope, row);
      String cycle = s.id(row.get("cycle"));
      int index = integer(row.get("index"));
      Gathered g = entries.computeIfAbsent(List.of(s.caseId(), cycle, Integer.toString(index)),
          k -> new Gathered(s.caseId(), integer(row.get("cycleIndex")), cycle, index, s.id(row.get("outcome")),
              text(row.get("label"))));
      addId(s, row.get("intendedBy"), g.intendedBy);
      addId(s, row.get("instead"), g.instead);
      addId(s, row.get("evidence"), g.evidence);
    }
    return entries.values().stream()
        .sorted(Comparator.comparing((Gathered g) -> g.caseId).thenComparingInt(g -> g.cycleIndex)
            .thenComparingInt(g -> g.index))
        .map(Gathered::answer)
        .collect(ImmutableList.toImmutableList());
  }

  private static void addId(Scope s, Node node, TreeSet<String> ids) {
    if (node != null) {
      ids.add(s.id(node));
    }
  }

  static QueryTable table(List<UnrealisedOutcome> outcomes) {
    List<List<String>> rows = new ArrayList<>();
    for (UnrealisedOutcome o : outcomes) {
      rows.add(List.of(o.caseId(), o.cycle(), Integer.toString(o.index()), o.outcome(), o.label(),
          String.join(" ", o.intendedBy()), String.join(" ", o.instead()), Integer.toString(o.evidence().size()),
          String.join(" ", o.evidence())));
    }
    return QueryTable.of(NamedQuery.UNREALISED.columns(), rows);
  }
}

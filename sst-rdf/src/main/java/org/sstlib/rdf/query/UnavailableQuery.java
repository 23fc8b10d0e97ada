package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.integer;
import static org.sstlib.rdf.query.ResultRows.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.sstlib.core.Effect;
import org.sstlib.core.Force;

/**
 * The {@code unavailable} query: the external and material entries marked unavailable at the moment of action
 * ({@code unavailable.rq}), ordered case by case, cycle by cycle in the order of the case, external before
 * material, each role in its order. Stateless.
 */
final class UnavailableQuery {

  private UnavailableQuery() {}

  static ImmutableList<UnavailableEntry> entries(QueryRunner runner, Optional<String> in) {
    List<Scope> scope = runner.scope(in);
    record Row(int cycleIndex, UnavailableEntry entry) {}
    List<Row> rows = new ArrayList<>();
    for (Map<String, Node> row : runner.selectInCases("unavailable", scope)) {
      Scope s = Scope.of(scope, row);
      rows.add(new Row(integer(row.get("cycleIndex")), new UnavailableEntry(s.caseId(), s.id(row.get("cycle")),
          text(row.get("role")), integer(row.get("index")), s.id(row.get("element")), text(row.get("label")),
          concept(Effect.class, row.get("effect")), concept(Force.class, row.get("force")))));
    }
    return rows.stream()
        .sorted(Comparator.comparing((Row r) -> r.entry().caseId()).thenComparingInt(Row::cycleIndex)
            .thenComparing(r -> QuadripartiteQuery.ROLE_ORDER.indexOf(r.entry().role()))
            .thenComparingInt(r -> r.entry().index()))
        .map(Row::entry)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  static QueryTable table(List<UnavailableEntry> entries) {
    List<List<String>> rows = new ArrayList<>();
    for (UnavailableEntry e : entries) {
      rows.add(List.of(e.caseId(), e.cycle(), e.role(), Integer.toString(e.index()), e.element(), e.label(),
          code(e.effect()), code(e.force())));
    }
    return QueryTable.of(NamedQuery.UNAVAILABLE.columns(), rows);
  }
}

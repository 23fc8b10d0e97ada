package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.concept;
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
import org.sstlib.core.Effect;
import org.sstlib.core.Force;

/**
 * The {@code unavailable} query: the external, material and internal entries marked unavailable at the moment of
 * action ({@code unavailable.rq}), each with the agency its absence constrained and what that agency produced,
 * ordered case by case, cycle by cycle in the order of the case, external, material, then internal, each role in
 * its order. Stateless.
 */
final class UnavailableQuery {

  private UnavailableQuery() {}

  static ImmutableList<UnavailableEntry> entries(QueryRunner runner, Optional<String> in) {
    List<Scope> scope = runner.scope(in);
    record Key(String caseId, int cycleIndex, String cycle, String role, int index) {}
    record Found(Key key, String element, String label, Optional<Effect> effect, Optional<Force> force,
        TreeSet<String> constrains, TreeSet<String> produced) {}
    Map<Key, Found> found = new LinkedHashMap<>();
    for (Map<String, Node> row : runner.selectInCases("unavailable", scope)) {
      Scope s = Scope.of(scope, row);
      Key key = new Key(s.caseId(), integer(row.get("cycleIndex")), s.id(row.get("cycle")), text(row.get("role")),
          integer(row.get("index")));
      Found f = found.computeIfAbsent(key, k -> new Found(k, s.id(row.get("element")), text(row.get("label")),
          concept(Effect.class, row.get("effect")), concept(Force.class, row.get("force")), new TreeSet<>(),
          new TreeSet<>()));
      if (row.get("agency") != null) {
        f.constrains().add(s.id(row.get("agency")));
      }
      if (row.get("outcome") != null) {
        f.produced().add(s.id(row.get("outcome")));
      }
    }
    return found.values().stream()
        .sorted(Comparator.comparing((Found f) -> f.key().caseId()).thenComparingInt(f -> f.key().cycleIndex())
            .thenComparing(f -> QuadripartiteQuery.ROLE_ORDER.indexOf(f.key().role()))
            .thenComparingInt(f -> f.key().index()))
        .map(f -> new UnavailableEntry(f.key().caseId(), f.key().cycle(), f.key().role(), f.key().index(),
            f.element(), f.label(), f.effect(), f.force(), ImmutableList.copyOf(f.constrains()),
            ImmutableList.copyOf(f.produced())))
        .collect(ImmutableList.toImmutableList());
  }

  static QueryTable table(List<UnavailableEntry> entries) {
    List<List<String>> rows = new ArrayList<>();
    for (UnavailableEntry e : entries) {
      rows.add(List.of(e.caseId(), e.cycle(), e.role(), Integer.toString(e.index()), e.element(), e.label(),
          code(e.effect()), code(e.force()), String.join(" ", e.constrains()), String.join(" ", e.produced())));
    }
    return QueryTable.of(NamedQuery.UNAVAILABLE.columns(), rows);
  }
}

package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.integer;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.sstlib.core.EvidenceKind;

/**
 * The {@code provenance} query: per case and per cycle, how many claims rest on each kind of evidence
 * ({@code provenance.rq}), with each kind's share of the claims of its cycle or case worked out here. Rows come case
 * by case, the case's total first, then the cycles in the order of the case; kinds in the order of their code list,
 * no kind last. Stateless.
 */
final class ProvenanceQuery {

  private ProvenanceQuery() {}

  /** A row of {@code provenance.rq}, its ids resolved in its case. */
  private record Count(String caseId, Optional<String> cycle, int cycleIndex, Optional<EvidenceKind> kind,
      int claims, int evidence) {}

  private static final Comparator<Count> ORDER = Comparator.comparing(Count::caseId)
      .thenComparing(c -> c.cycle().isPresent())
      .thenComparingInt(Count::cycleIndex)
      .thenComparing(c -> c.cycle().orElse(""))
      .thenComparingInt(c -> c.kind().map(EvidenceKind::ordinal).orElse(EvidenceKind.values().length));

  static ImmutableList<ProvenanceRow> rows(QueryRunner runner, Optional<String> in) {
    List<Scope> scope = runner.scope(in);
    List<Count> counts = new ArrayList<>();
    // The claims of a cycle (or of the case: cycle empty), of every kind: what a share is a share of.
    Map<List<String>, Integer> totals = new HashMap<>();
    for (Map<String, Node> row : runner.selectInCases("provenance", scope)) {
      Scope s = Scope.of(scope, row);
      Optional<String> cycle = Optional.ofNullable(row.get("cycle")).map(s::id);
      Count c = new Count(s.caseId(), cycle,
          row.get("cycleIndex") == null ? Integer.MAX_VALUE : integer(row.get("cycleIndex")),
          concept(EvidenceKind.class, row.get("kind")), integer(row.get("claims")), integer(row.get("items")));
      counts.add(c);
      totals.merge(List.of(c.caseId(), cycle.orElse("")), c.claims(), Integer::sum);
    }
    return counts.stream()
        .sorted(ORDER)
        .map(c -> new ProvenanceRow(c.caseId(), c.cycle(), c.kind(), c.claims(), c.evidence(),
            totals.get(List.of(c.caseId(), c.cycle().orElse("")))))
        .collect(ImmutableList.toImmutableList());
  }

  static QueryTable table(List<ProvenanceRow> list) {
    List<List<String>> rows = new ArrayList<>();
    for (ProvenanceRow p : list) {
      rows.add(List.of(p.caseId(), p.cycle().orElse(""), code(p.kind()), Integer.toString(p.claims()),
          Integer.toString(p.evidence()), p.shareText()));
    }
    return QueryTable.of(NamedQuery.PROVENANCE.columns(), rows);
  }
}

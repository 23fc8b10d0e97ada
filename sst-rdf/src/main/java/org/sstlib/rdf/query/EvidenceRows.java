package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.integer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * The evidence about elements, read from the store with {@code evidence.rq}: for the evidence query itself, and for
 * the evidence counts of the chain query. Stateless.
 */
final class EvidenceRows {

  private EvidenceRows() {}

  /** A row of {@code evidence.rq}, its ids resolved in its case. */
  record EvidenceRow(String element, Optional<String> claimCycle, String evidence, int index, String source,
      Optional<String> quote, Optional<String> note, Optional<String> locator, Optional<String> speakerRole,
      Optional<String> analyst) {
    EvidenceItem item(String caseId) {
      return new EvidenceItem(caseId, element, claimCycle.map(c -> c + "/" + element).orElse(element), evidence,
          source, quote, note, locator, speakerRole, analyst);
    }
  }

  /**
   * The evidence about the given (case graph, element) pairs: by case id, then element id, each list in the order
   * of the case's evidence, each row once.
   */
  static Map<String, Map<String, List<EvidenceRow>>> read(QueryRunner runner, List<Scope> scope,
      List<List<Node>> values) {
    Map<String, Map<String, List<EvidenceRow>>> rows = new HashMap<>();
    for (Map<String, Node> row : runner.select("evidence", List.of(NamedQuery.CASE, "element"), values)) {
      Scope s = Scope.of(scope, row);
      Function<String, Optional<String>> optional = v -> Optional.ofNullable(row.get(v)).map(ResultRows::text);
      EvidenceRow e = new EvidenceRow(s.id(row.get("element")),
          Optional.ofNullable(row.get("claimCycle")).map(s::id), s.id(row.get("evidence")),
          row.get("index") == null ? Integer.MAX_VALUE : integer(row.get("index")), s.id(row.get("source")),
          optional.apply("quote"), optional.apply("note"), optional.apply("locator"),
          optional.apply("speakerRole"), Optional.ofNullable(row.get("analyst")).map(s::id));
      rows.computeIfAbsent(s.caseId(), k -> new HashMap<>()).computeIfAbsent(e.element(), k -> new ArrayList<>())
          .add(e);
    }
    Comparator<EvidenceRow> order = Comparator.comparingInt(EvidenceRow::index)
        .thenComparing(EvidenceRow::evidence)
        .thenComparing(r -> r.claimCycle().orElse(""));
    rows.values().forEach(byElement -> byElement.replaceAll((id, list) -> list.stream().distinct().sorted(order)
        .toList()));
    return rows;
  }

  /** The evidence for an element itself or for its role in one of {@code cycles}. */
  static List<EvidenceRow> about(Map<String, Map<String, List<EvidenceRow>>> evidence, String caseId,
      String element, Set<String> cycles) {
    return evidence.getOrDefault(caseId, Map.of()).getOrDefault(element, List.of()).stream()
        .filter(r -> r.claimCycle().isEmpty() || cycles.contains(r.claimCycle().get()))
        .toList();
  }
}

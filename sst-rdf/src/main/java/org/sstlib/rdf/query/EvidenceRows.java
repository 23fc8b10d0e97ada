package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.integer;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.sstlib.core.EvidenceKind;

/**
 * The evidence about elements, read from the store with {@code evidence.rq}: for the evidence query itself, and for
 * the evidence counts of the chain query. Stateless.
 */
final class EvidenceRows {

  private EvidenceRows() {}

  /** A piece of evidence about an element, its ids resolved in its case: the rows of {@code evidence.rq} gathered. */
  record EvidenceRow(String element, Optional<String> claimCycle, String evidence, int index, String source,
      Optional<EvidenceKind> kind, Optional<String> quote, Optional<String> note, Optional<String> locator,
      Optional<String> speakerRole, ImmutableList<String> by) {
    EvidenceItem item(String caseId) {
      return new EvidenceItem(caseId, element, claimCycle.map(c -> c + "/" + element).orElse(element), evidence,
          source, kind, quote, note, locator, speakerRole, by);
    }
  }

  /**
   * The evidence about the given (case graph, element) pairs: by case id, then element id, each list in the order
   * of the case's evidence, each piece of evidence and claim once.
   */
  static Map<String, Map<String, List<EvidenceRow>>> read(QueryRunner runner, List<Scope> scope,
      List<List<Node>> values) {
    // The query gives one row per analyst who made an item: gathered here, the analysts in the case's order.
    Map<List<String>, Map<String, Node>> first = new LinkedHashMap<>();
    Map<List<String>, TreeSet<Maker>> analysts = new HashMap<>();
    for (Map<String, Node> row : runner.select("evidence", List.of(NamedQuery.CASE, "element"), values)) {
      Scope s = Scope.of(scope, row);
      List<String> key = List.of(s.caseId(), s.id(row.get("element")), s.id(row.get("claimCycle")),
          s.id(row.get("evidence")));
      first.putIfAbsent(key, row);
      TreeSet<Maker> by = analysts.computeIfAbsent(key, k -> new TreeSet<>(Maker.ORDER));
      if (row.get("by") != null) {
        by.add(new Maker(row.get("byIndex") == null ? Integer.MAX_VALUE : integer(row.get("byIndex")),
            s.id(row.get("by"))));
      }
    }
    Map<String, Map<String, List<EvidenceRow>>> rows = new HashMap<>();
    first.forEach((key, row) -> {
      Scope s = Scope.of(scope, row);
      Function<String, Optional<String>> optional = v -> Optional.ofNullable(row.get(v)).map(ResultRows::text);
      EvidenceRow e = new EvidenceRow(key.get(1), Optional.ofNullable(row.get("claimCycle")).map(s::id), key.get(3),
          row.get("index") == null ? Integer.MAX_VALUE : integer(row.get("index")), s.id(row.get("source")),
          concept(EvidenceKind.class, row.get("kind")), optional.apply("quote"), optional.apply("note"),
          optional.apply("locator"), optional.apply("speakerRole"), analysts.get(key).stream().map(Maker::id)
          .collect(ImmutableList.toImmutableList()));
      rows.computeIfAbsent(s.caseId(), k -> new HashMap<>()).computeIfAbsent(e.element(), k -> new ArrayList<>())
          .add(e);
    });
    Comparator<EvidenceRow> order = Comparator.comparingInt(EvidenceRow::index)
        .thenComparing(EvidenceRow::evidence)
        .thenComparing(r -> r.claimCycle().orElse(""));
    rows.values().forEach(byElement -> byElement.replaceAll((id, list) -> list.stream().sorted(order).toList()));
    return rows;
  }

  /** An analyst who made an item, with the analyst's place in the case. */
  private record Maker(int index, String id) {
    static final Comparator<Maker> ORDER = Comparator.comparingInt(Maker::index).thenComparing(Maker::id);
  }

  /** The evidence for an element itself or for its role in one of {@code cycles}. */
  static List<EvidenceRow> about(Map<String, Map<String, List<EvidenceRow>>> evidence, String caseId,
      String element, Set<String> cycles) {
    return evidence.getOrDefault(caseId, Map.of()).getOrDefault(element, List.of()).stream()
        .filter(r -> r.claimCycle().isEmpty() || cycles.contains(r.claimCycle().get()))
        .toList();
  }
}

package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.integer;
import static org.sstlib.rdf.query.ResultRows.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.sstlib.core.CycleOrder;
import org.sstlib.core.Effect;
import org.sstlib.core.Scale;

/**
 * The {@code field} query: the cycles of each case in scope ordered from macro to micro ({@code field.rq}), and the
 * outcome-to-condition links between them ({@code field-links.rq}), leaving out a link from a cycle to one that
 * comes before it in time ({@link CycleOrder}). The order and that rule are worked out in Java. Stateless.
 */
final class FieldQuery {

  private FieldQuery() {}

  private record CycleRow(String id, int index, String label, Optional<Scale> scale, Optional<String> time,
      String site, String agentInFocus, Optional<String> positionPractice, TreeSet<String> follows) {}

  static Field field(QueryRunner runner, Optional<String> in) {
    List<Scope> scope = runner.scope(in);
    Map<Scope, Map<String, CycleRow>> cycles = new LinkedHashMap<>();
    for (Map<String, Node> row : runner.selectInCases("field", scope)) {
      Scope s = Scope.of(scope, row);
      String id = s.id(row.get("cycle"));
      CycleRow c = cycles.computeIfAbsent(s, k -> new LinkedHashMap<>()).computeIfAbsent(id, k -> new CycleRow(id,
          integer(row.get("index")), text(row.get("label")), concept(Scale.class, row.get("scale")),
          Optional.ofNullable(row.get("time")).map(ResultRows::text), text(row.get("site")),
          s.id(row.get("agentInFocus")),
          Optional.ofNullable(row.get("positionPractice")).map(s::id), new TreeSet<>()));
      if (row.get("follows") != null) {
        c.follows().add(s.id(row.get("follows")));
      }
    }
    ImmutableList.Builder<FieldCycle> ordered = ImmutableList.builder();
    Map<String, Map<String, Integer>> positions = new HashMap<>();
    for (Scope s : scope) {
      List<CycleRow> list = order(cycles.getOrDefault(s, Map.of()).values());
      for (int i = 0; i < list.size(); i++) {
        CycleRow c = list.get(i);
        positions.computeIfAbsent(s.caseId(), k -> new HashMap<>()).put(c.id(), i + 1);
        ordered.add(new FieldCycle(s.caseId(), i + 1, c.id(), c.label(), c.scale(), c.time(), c.site(),
            c.agentInFocus(), c.positionPractice(), ImmutableList.copyOf(c.follows())));
      }
    }
    // What a cycle produced never feeds a cycle that comes before it (CycleOrder: follows and time).
    Map<Scope, CycleOrder> orders = new HashMap<>();
    cycles.forEach((s, rows) -> {
      Map<String, Optional<String>> times = new LinkedHashMap<>();
      Map<String, List<String>> follows = new HashMap<>();
      rows.values().forEach(c -> {
        times.put(c.id(), c.time());
        follows.put(c.id(), List.copyOf(c.follows()));
      });
      orders.put(s, CycleOrder.of(times, follows));
    });
    List<FieldLink> links = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (Map<String, Node> row : runner.selectInCases("field-links", scope)) {
      Scope s = Scope.of(scope, row);
      CycleOrder order = orders.get(s);
      if (order != null && !order.mayFeed(s.id(row.get("fromCycle")), s.id(row.get("toCycle")))) {
        continue;
      }
      FieldLink link = new FieldLink(s.caseId(), s.id(row.get("fromCycle")), s.id(row.get("element")),
          s.id(row.get("toCycle")), text(row.get("role")),
          Optional.ofNullable(row.get("available")).map(ResultRows::bool).orElse(true),
          concept(Effect.class, row.get("effect")));
      if (seen.add(List.of(link.caseId(), link.fromCycle(), link.element(), link.toCycle(), link.role()))) {
        links.add(link);
      }
    }
    Comparator<FieldLink> byPosition = Comparator.comparing(FieldLink::caseId)
        .thenComparing(l -> position(positions, l.caseId(), l.fromCycle()))
        .thenComparing(l -> position(positions, l.caseId(), l.toCycle()));
    links.sort(byPosition.thenComparing(FieldLink::element).thenComparing(FieldLink::role));
    return new Field(ordered.build(), ImmutableList.copyOf(links));
  }

  private static int position(Map<String, Map<String, Integer>> positions, String caseId, String cycle) {
    return positions.getOrDefault(caseId, Map.of()).getOrDefault(cycle, Integer.MAX_VALUE);
  }

  /**
   * Orders the cycles of one case: by scale, macro first (no scale last); within a scale, a cycle after the
   * cycles of that scale it follows; among the cycles free to come next, by time (none first), then by index.
   */
  private static List<CycleRow> order(Collection<CycleRow> cycles) {
    Comparator<CycleRow> next = Comparator.comparing((CycleRow c) -> c.time().orElse(""))
        .thenComparingInt(CycleRow::index);
    List<CycleRow> ordered = new ArrayList<>();
    for (int rank = 0; rank <= Scale.values().length; rank++) {
      int r = rank;
      List<CycleRow> group = cycles.stream()
          .filter(c -> c.scale().map(Scale::ordinal).orElse(Scale.values().length) == r)
          .collect(Collectors.toCollection(ArrayList::new));
      Set<String> inGroup = group.stream().map(CycleRow::id).collect(Collectors.toSet());
      Set<String> placed = new HashSet<>();
      while (!group.isEmpty()) {
        List<CycleRow> ready = group.stream()
            .filter(c -> c.follows().stream().filter(inGroup::contains).allMatch(placed::contains))
            .toList();
        // A loop of follows (which the checks of a case do not forbid) must not stop the ordering.
        CycleRow chosen = (ready.isEmpty() ? group : ready).stream().min(next).orElseThrow();
        group.remove(chosen);
        placed.add(chosen.id());
        ordered.add(chosen);
      }
    }
    return ordered;
  }

  static QueryTable table(Field field) {
    List<List<String>> rows = new ArrayList<>();
    for (FieldCycle c : field.cycles()) {
      String feeds = field.linksFrom(c.caseId(), c.cycle()).stream().filter(FieldLink::available)
          .map(l -> l.element() + "->" + l.toCycle()).distinct().collect(Collectors.joining(" "));
      rows.add(List.of(c.caseId(), Integer.toString(c.position()), c.cycle(), c.label(), code(c.scale()),
          c.time().orElse(""), c.site(), c.agentInFocus(), c.positionPractice().orElse(""),
          String.join(" ", c.follows()), feeds));
    }
    return QueryTable.of(NamedQuery.FIELD.columns(), rows);
  }
}

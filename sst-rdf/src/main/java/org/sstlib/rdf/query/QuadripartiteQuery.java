package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.integer;
import static org.sstlib.rdf.query.ResultRows.text;

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
import org.apache.jena.graph.Node;
import org.sstlib.core.Change;
import org.sstlib.core.Effect;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Term;
import org.sstlib.rdf.SST;

/**
 * The {@code quadripartite} query: the table of one cycle, in each case in scope that has it, each role in its
 * order ({@code quadripartite.rq} gives one row per entry and agency that produced it). Stateless.
 */
final class QuadripartiteQuery {

  /** The roles of a cycle's table, in the order the table lists them. */
  static final ImmutableList<String> ROLE_ORDER = ImmutableList.of("agent-in-focus", "agent-in-context",
      "position-practice", "external", "material", "internal", "agency", "outcome");

  private QuadripartiteQuery() {}

  /**
   * The entries of the cycle {@code cycle} names, in each case in scope that has it.
   *
   * @throws QueryParameterException if {@code cycle} names no cycle of the cases in scope
   */
  static ImmutableList<QuadripartiteEntry> entries(QueryRunner runner, Optional<String> in, String cycle) {
    ElementValues.checkValue("cycle", cycle);
    List<Scope> scope = runner.scope(in);
    Map<Scope, Node> cycles = ElementValues.resolve(runner, "cycle", cycle, scope, SST.Cycle, "cycle");
    List<List<Node>> values = new ArrayList<>();
    cycles.forEach((s, node) -> values.add(List.of(s.graph(), node)));
    // One row per entry and agency that produced it: gather producedBy.
    Map<List<Object>, QuadripartiteEntry> entries = new LinkedHashMap<>();
    Map<List<Object>, Set<String>> producedBy = new HashMap<>();
    for (Map<String, Node> row : runner.select("quadripartite", List.of(NamedQuery.CASE, "cycle"), values)) {
      Scope s = Scope.of(scope, row);
      String role = text(row.get("role"));
      String element = s.id(row.get("element"));
      int index = row.get("index") == null ? -1 : integer(row.get("index"));
      List<Object> key = List.of(s.caseId(), role, index, element);
      entries.computeIfAbsent(key, k -> new QuadripartiteEntry(s.caseId(), s.id(row.get("cycle")), role, index,
          element, text(row.get("label")), concept(Effect.class, row.get("effect")),
          concept(Force.class, row.get("force")), Optional.ofNullable(row.get("available")).map(ResultRows::bool),
          concept(Change.class, row.get("change")), concept(Term.class, row.get("term")),
          concept(Intended.class, row.get("intended")),
          Optional.ofNullable(row.get("realised")).map(ResultRows::bool), ImmutableList.of(),
          concept(Reflexivity.class, row.get("reflexivity"))));
      Set<String> agency = producedBy.computeIfAbsent(key, k -> new TreeSet<>());
      if (row.get("producedBy") != null) {
        agency.add(s.id(row.get("producedBy")));
      }
    }
    List<QuadripartiteEntry> list = new ArrayList<>();
    entries.forEach((key, e) -> list.add(new QuadripartiteEntry(e.caseId(), e.cycle(), e.role(), e.index(),
        e.element(), e.label(), e.effect(), e.force(), e.available(), e.change(), e.term(), e.intended(),
        e.realised(), ImmutableList.copyOf(producedBy.get(key)), e.reflexivity())));
    list.sort(Comparator.comparing(QuadripartiteEntry::caseId)
        .thenComparing(e -> ROLE_ORDER.indexOf(e.role()))
        .thenComparing(QuadripartiteEntry::index)
        .thenComparing(QuadripartiteEntry::element));
    // Number the entries that have no index of their own (agents-in-context) in id order.
    ImmutableList.Builder<QuadripartiteEntry> numbered = ImmutableList.builder();
    Map<List<String>, Integer> next = new HashMap<>();
    for (QuadripartiteEntry e : list) {
      if (e.index() < 0) {
        int i = next.merge(List.of(e.caseId(), e.role()), 1, Integer::sum) - 1;
        e = new QuadripartiteEntry(e.caseId(), e.cycle(), e.role(), i, e.element(), e.label(), e.effect(),
            e.force(), e.available(), e.change(), e.term(), e.intended(), e.realised(), e.producedBy(),
            e.reflexivity());
      }
      numbered.add(e);
    }
    return numbered.build();
  }

  static QueryTable table(List<QuadripartiteEntry> entries) {
    List<List<String>> rows = new ArrayList<>();
    for (QuadripartiteEntry e : entries) {
      rows.add(List.of(e.caseId(), e.cycle(), e.role(), Integer.toString(e.index()), e.element(), e.label(),
          code(e.effect()), code(e.force()), e.available().map(String::valueOf).orElse(""), code(e.change()),
          code(e.term()), code(e.intended()), e.realised().map(String::valueOf).orElse(""),
          String.join(" ", e.producedBy()), code(e.reflexivity())));
    }
    return QueryTable.of(NamedQuery.QUADRIPARTITE.columns(), rows);
  }
}

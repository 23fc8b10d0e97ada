package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.text;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.sstlib.core.InternalKind;

/**
 * The {@code interpretations} query: internal structures about an element ({@code interpretations.rq}); without an
 * element, those about the elements that two or more different agents interpret. Stateless.
 */
final class InterpretationsQuery {

  private InterpretationsQuery() {}

  /**
   * The internal structures about {@code about}, or, if it is empty, about every element that internal structures
   * of two or more different agents are about.
   *
   * @throws QueryParameterException if {@code about} names no element of the cases in scope
   */
  static ImmutableList<Interpretation> interpretations(QueryRunner runner, Optional<String> in,
      Optional<String> about) {
    about.ifPresent(value -> ElementValues.checkValue("about", value));
    List<Scope> scope = runner.scope(in);
    List<Map<String, Node>> rows;
    if (about.isPresent()) {
      Map<Scope, Node> abouts = ElementValues.resolve(runner, "about", about.get(), scope, null, null);
      List<List<Node>> values = new ArrayList<>();
      abouts.forEach((s, node) -> values.add(List.of(s.graph(), node)));
      rows = runner.select("interpretations", List.of(NamedQuery.CASE, "about"), values);
    } else {
      rows = runner.selectInCases("interpretations", scope);
    }
    // The query gives one row per holder; a structure shared by several agents becomes one interpretation.
    Map<List<String>, Interpretation> first = new LinkedHashMap<>();
    Map<List<String>, SortedMap<String, String>> holders = new HashMap<>();
    for (Map<String, Node> row : rows) {
      Scope s = Scope.of(scope, row);
      Interpretation i = new Interpretation(s.caseId(), s.id(row.get("about")), text(row.get("aboutLabel")),
          s.id(row.get("structure")), text(row.get("label")), concept(InternalKind.class, row.get("kind")),
          ImmutableList.of(s.id(row.get("holder"))), ImmutableList.of(text(row.get("holderLabel"))));
      List<String> key = List.of(i.caseId(), i.about(), i.structure());
      first.putIfAbsent(key, i);
      holders.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(i.holders().get(0), i.holderLabels().get(0));
    }
    List<Interpretation> all = new ArrayList<>();
    first.forEach((key, i) -> all.add(new Interpretation(i.caseId(), i.about(), i.aboutLabel(), i.structure(),
        i.label(), i.kind(), ImmutableList.copyOf(holders.get(key).keySet()),
        ImmutableList.copyOf(holders.get(key).values()))));
    if (about.isEmpty()) {
      // Elements that two or more different agents interpret, counting each holder of a shared structure.
      Map<List<String>, Set<String>> interpreters = new HashMap<>();
      all.forEach(i -> interpreters.computeIfAbsent(List.of(i.caseId(), i.about()), k -> new HashSet<>())
          .addAll(i.holders()));
      all.removeIf(i -> interpreters.get(List.of(i.caseId(), i.about())).size() < 2);
    }
    return all.stream()
        .sorted(Comparator.comparing(Interpretation::caseId).thenComparing(Interpretation::about)
            .thenComparing(Interpretation::holders, Comparators.lexicographical(Comparator.<String>naturalOrder()))
            .thenComparing(Interpretation::structure))
        .collect(ImmutableList.toImmutableList());
  }

  static QueryTable table(List<Interpretation> list) {
    List<List<String>> rows = new ArrayList<>();
    for (Interpretation i : list) {
      rows.add(List.of(i.caseId(), i.about(), i.aboutLabel(), i.structure(), i.label(), code(i.kind()),
          String.join(" ", i.holders()), String.join("; ", i.holderLabels())));
    }
    return QueryTable.of(NamedQuery.INTERPRETATIONS.columns(), rows);
  }
}

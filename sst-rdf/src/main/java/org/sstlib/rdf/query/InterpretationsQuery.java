package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    List<Interpretation> all = new ArrayList<>();
    for (Map<String, Node> row : rows) {
      Scope s = Scope.of(scope, row);
      all.add(new Interpretation(s.caseId(), s.id(row.get("about")), text(row.get("aboutLabel")),
          s.id(row.get("structure")), text(row.get("label")), concept(InternalKind.class, row.get("kind")),
          s.id(row.get("holder")), text(row.get("holderLabel"))));
    }
    if (about.isEmpty()) {
      Map<List<String>, Set<String>> holders = new HashMap<>();
      all.forEach(i -> holders.computeIfAbsent(List.of(i.caseId(), i.about()), k -> new HashSet<>())
          .add(i.holder()));
      all.removeIf(i -> holders.get(List.of(i.caseId(), i.about())).size() < 2);
    }
    return all.stream()
        .distinct()
        .sorted(Comparator.comparing(Interpretation::caseId).thenComparing(Interpretation::about)
            .thenComparing(Interpretation::holder).thenComparing(Interpretation::structure))
        .collect(ImmutableList.toImmutableList());
  }

  static QueryTable table(List<Interpretation> list) {
    List<List<String>> rows = new ArrayList<>();
    for (Interpretation i : list) {
      rows.add(List.of(i.caseId(), i.about(), i.aboutLabel(), i.structure(), i.label(), code(i.kind()),
          i.holder(), i.holderLabel()));
    }
    return QueryTable.of(NamedQuery.INTERPRETATIONS.columns(), rows);
  }
}

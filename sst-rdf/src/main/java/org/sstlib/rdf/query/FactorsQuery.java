package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.integer;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.sstlib.core.Effect;
import org.sstlib.core.StructureForm;

/**
 * The {@code factors} query: the matrix case x structure form x effect over the external and material entries of
 * every cycle, with counts ({@code factors.rq}); forms and effects in the order of their code lists, no form (an
 * agent-in-context's internal structure) and no effect last. Stateless.
 */
final class FactorsQuery {

  private FactorsQuery() {}

  static ImmutableList<FactorCount> factors(QueryRunner runner, Optional<String> in) {
    List<Scope> scope = runner.scope(in);
    List<FactorCount> list = new ArrayList<>();
    for (Map<String, Node> row : runner.selectInCases("factors", scope)) {
      Scope s = Scope.of(scope, row);
      Optional<StructureForm> form = concept(StructureForm.class, row.get("form"));
      // No ?form is an internal structure; a form that is not in the code list is left out.
      if (form.isPresent() || row.get("form") == null) {
        list.add(new FactorCount(s.caseId(), form, concept(Effect.class, row.get("effect")),
            integer(row.get("count")), row.get("available") == null ? 0 : integer(row.get("available"))));
      }
    }
    return list.stream()
        .sorted(Comparator.comparing(FactorCount::caseId)
            .thenComparing(f -> f.form().map(StructureForm::ordinal).orElse(StructureForm.values().length))
            .thenComparing(f -> f.effect().map(Effect::ordinal).orElse(Effect.values().length)))
        .collect(ImmutableList.toImmutableList());
  }

  static QueryTable table(List<FactorCount> list) {
    List<List<String>> rows = new ArrayList<>();
    for (FactorCount f : list) {
      rows.add(List.of(f.caseId(), code(f.form()), code(f.effect()), Integer.toString(f.count()),
          Integer.toString(f.available())));
    }
    return QueryTable.of(NamedQuery.FACTORS.columns(), rows);
  }
}

package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreException;

/**
 * Runs the loaded queries on one store, values bound: the one way every named query reads the store. It also
 * works out the cases a query covers ({@link #scope}). Immutable and thread-safe: each call is a query of its own.
 */
final class QueryRunner {

  private final SstStore store;

  QueryRunner(SstStore store) {
    this.store = checkNotNull(store, "store");
  }

  /**
   * Runs a loaded query ({@link QueryTexts}) with values bound ({@link QueryBinding#bind}) and reads its rows. With
   * variables but no rows of values (no case in scope), nothing runs and there is no row.
   *
   * @param name the query, named or helper
   * @param vars the variables to bind, or none to run the query as it is
   * @param rows one node for each variable in each row
   * @return the rows, each a map from variable name to the bound node (unbound variables absent)
   * @throws StoreException if the store cannot answer
   */
  List<Map<String, Node>> select(String name, List<String> vars, List<List<Node>> rows) {
    Query template = QueryTexts.template(name);
    if (vars.isEmpty()) {
      // A copy all the same: whatever Jena does with a query it runs, the shared template stays as it was.
      return store.select(template.cloneQuery(), ResultRows::read);
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    return store.select(QueryBinding.bind(template, vars, rows), ResultRows::read);
  }

  /** As {@link #select(String, List, List)} with one variable, {@code case}, bound to each case's graph. */
  List<Map<String, Node>> selectInCases(String name, List<Scope> scope) {
    return select(name, List.of(NamedQuery.CASE), scope.stream().map(s -> List.of(s.graph())).toList());
  }

  /**
   * The cases a query covers: the one named, or every case of the store, sorted by id.
   *
   * @throws QueryParameterException if the store holds no case of that id
   */
  List<Scope> scope(Optional<String> in) {
    List<Map<String, Node>> rows;
    if (in.isPresent()) {
      String id = in.get();
      Optional<Node> graph = GraphNames.findGraphNode(id);
      rows = graph.isEmpty() ? List.of()
          : select("case-bases", List.of(NamedQuery.CASE), List.of(List.of(graph.get())));
      if (rows.isEmpty()) {
        List<String> ids = store.caseIds();
        throw new QueryParameterException(NamedQuery.CASE, id, "parameter 'case': the store holds no case '" + id
            + "'" + DidYouMean.hint(id, ids) + (ids.isEmpty() ? " (it holds no case at all)"
            : " (its cases are " + String.join(", ", ids) + ")"));
      }
    } else {
      rows = select("case-bases", List.of(), List.of());
    }
    Map<String, Scope> scope = new HashMap<>();
    for (Map<String, Node> row : rows) {
      Node graph = row.get(NamedQuery.CASE);
      Node base = row.get("base");
      Optional<String> id = GraphNames.caseId(graph);
      if (id.isPresent() && base != null && base.isLiteral()) {
        scope.putIfAbsent(id.get(), new Scope(id.get(), graph, base.getLiteralLexicalForm()));
      }
    }
    return scope.values().stream().sorted(Comparator.comparing(Scope::caseId)).toList();
  }
}

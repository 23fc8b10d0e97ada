package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreException;

/**
 * Runs the loaded queries on one store, values bound: the one way every named query reads the store. It also
 * works out the cases a query covers ({@link #scope}). With a timeout, every query it runs shares one deadline, set
 * when the runner is made: a named query runs several SPARQL queries, and the timeout is for all of them together.
 * Immutable and thread-safe: each call is a query of its own.
 */
final class QueryRunner {

  private final SstStore store;
  private final Optional<Duration> timeout;
  /** When the timeout runs out, in {@link System#nanoTime()}; meaningless without a timeout. */
  private final long deadline;

  /** A runner whose queries run without a timeout of their own. */
  QueryRunner(SstStore store) {
    this(store, Optional.empty());
  }

  /** A runner whose queries, together, may run for {@code timeout} from now. */
  QueryRunner(SstStore store, Optional<Duration> timeout) {
    this.store = checkNotNull(store, "store");
    this.timeout = checkNotNull(timeout, "timeout");
    this.deadline = System.nanoTime() + timeout.map(Duration::toNanos).orElse(0L);
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
      return select(template.cloneQuery());
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    return select(QueryBinding.bind(template, vars, rows));
  }

  /** Runs a query with what is left of the timeout, if there is one. */
  private List<Map<String, Node>> select(Query query) {
    if (timeout.isEmpty()) {
      return store.select(query, ResultRows::read);
    }
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw timedOut(new QueryCancelledException());
    }
    try {
      return store.select(query, Duration.ofNanos(left), ResultRows::read);
    } catch (StoreException e) {
      if (e.getCause() instanceof QueryCancelledException cancelled) {
        // The store names what was left of the time; the caller gave the whole of it.
        throw timedOut(cancelled);
      }
      throw e;
    }
  }

  /** What a named query throws when its timeout runs out: the store's own kind of timeout exception. */
  private StoreException timedOut(QueryCancelledException cause) {
    Duration t = timeout.orElseThrow();
    // In whole milliseconds, rounded up, as the stores say it: "250 ms", "1 s", "1.5 s".
    long millis = t.toMillis() + (t.minusMillis(t.toMillis()).isZero() ? 0 : 1);
    String words = millis < 1000 ? millis + " ms"
        : (millis % 1000 == 0 ? Long.toString(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
    return new StoreException("the query ran longer than its timeout of " + words + " and was stopped", cause);
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

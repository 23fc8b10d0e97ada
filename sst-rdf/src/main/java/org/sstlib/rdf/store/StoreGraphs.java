package org.sstlib.rdf.store;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryType;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.RdfCaseException;

/**
 * What every {@link SstStore} back end does the same way: parse a user's query and check its form, turn cases into
 * the graphs a write replaces, make an empty snapshot. Stateless.
 */
final class StoreGraphs {

  private StoreGraphs() {}

  /**
   * Parses a user's query as SPARQL 1.1 (not ARQ's extensions: what runs on one back end runs on all) and checks
   * its form.
   *
   * @throws org.apache.jena.query.QueryParseException if it does not parse, with line and column
   * @throws StoreException if it is not of the {@code expected} form
   */
  static Query parse(String sparql, QueryType expected) {
    checkNotNull(sparql, "sparql");
    return checkForm(QueryFactory.create(sparql, Syntax.syntaxSPARQL_11), expected);
  }

  /**
   * Checks that a query is of the {@code expected} form ({@code SELECT}, {@code ASK}, ...).
   *
   * @return the query
   * @throws StoreException if it is not
   */
  static Query checkForm(Query query, QueryType expected) {
    checkNotNull(query, "query");
    if (query.queryType() != expected) {
      throw new StoreException("expected a " + expected + " query but this is a "
          + query.queryType().name().toUpperCase(Locale.ROOT) + " query");
    }
    return query;
  }

  /**
   * The graphs a write of {@code cases} puts in place, by graph name, in the order given. Every case is converted
   * before anything is written, so a case that cannot be written fails the whole write before it starts.
   *
   * @throws StoreException if two cases have the same id
   * @throws RdfCaseException if a case cannot be written as RDF
   */
  static Map<Node, Graph> graphsOf(Collection<Case> cases) {
    checkNotNull(cases, "cases");
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    for (Case c : cases) {
      checkNotNull(c, "a case in cases is null");
      Node name = GraphNames.graphNode(c.id());
      if (graphs.containsKey(name)) {
        throw new StoreException("two of the cases to store have the id '" + c.id()
            + "'; nothing was stored");
      }
      graphs.put(name, CaseGraphs.toGraph(c));
    }
    return graphs;
  }

  /** A new, empty in-memory dataset for a snapshot, its graphs Jena's GraphMem2, with the sst prefixes. */
  static DatasetGraph newSnapshot() {
    DatasetGraph snapshot = DatasetGraphFactory.createWithGraphMaker(
        name -> GraphMemFactory.createDefaultGraphSameTerm());
    snapshot.prefixes().putAll(SST.prefixes());
    return snapshot;
  }
}

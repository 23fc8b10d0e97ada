package org.sstlib.rdf.store;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.sstlib.rdf.GraphNames;

/**
 * A dataset that fails like a broken disk when a write reaches one named graph: for testing that a store's write
 * is all or nothing. Everything else goes to the wrapped dataset, transactions included.
 */
final class FailingDataset extends DatasetGraphWrapper {
  private final Node poisoned;
  private volatile int failures;

  /** Fails every add to the graph of the case {@code caseId}. */
  FailingDataset(DatasetGraph dataset, String caseId) {
    super(dataset);
    this.poisoned = GraphNames.graphNode(caseId);
  }

  /** How many writes have failed so far. */
  int failures() {
    return failures;
  }

  @Override
  public void add(Quad quad) {
    check(quad.getGraph());
    super.add(quad);
  }

  @Override
  public void add(Node g, Node s, Node p, Node o) {
    check(g);
    super.add(g, s, p, o);
  }

  private void check(Node graph) {
    if (poisoned.equals(graph)) {
      failures++;
      throw new JenaException("injected failure: writing to " + poisoned.getURI());
    }
  }
}

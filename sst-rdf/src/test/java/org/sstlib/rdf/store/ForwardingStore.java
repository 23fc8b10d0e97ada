package org.sstlib.rdf.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sstlib.core.Case;

/**
 * A store that hands every operation to another, for tests that watch what reaches a store: subclasses see each
 * query in {@link #onQuery} and override what else they need. Closing it leaves the other store open.
 */
public abstract class ForwardingStore implements SstStore {
  protected final SstStore delegate;

  protected ForwardingStore(SstStore delegate) {
    this.delegate = delegate;
  }

  /** Called with every SPARQL query before it is handed on. */
  protected void onQuery(String sparql) {}

  @Override
  public void put(Case c) {
    delegate.put(c);
  }

  @Override
  public void putAll(Collection<Case> cases) {
    delegate.putAll(cases);
  }

  @Override
  public boolean remove(String caseId) {
    return delegate.remove(caseId);
  }

  @Override
  public List<String> caseIds() {
    return delegate.caseIds();
  }

  @Override
  public Optional<Case> get(String caseId) {
    return delegate.get(caseId);
  }

  @Override
  public List<Case> all() {
    return delegate.all();
  }

  @Override
  public DatasetGraph snapshot() {
    return delegate.snapshot();
  }

  @Override
  public <T> T select(String sparql, Function<ResultSet, T> handler) {
    onQuery(sparql);
    return delegate.select(sparql, handler);
  }

  @Override
  public boolean ask(String sparql) {
    onQuery(sparql);
    return delegate.ask(sparql);
  }

  @Override
  public Graph construct(String sparql) {
    onQuery(sparql);
    return delegate.construct(sparql);
  }

  @Override
  public void close() {
    // The store it forwards to belongs to the test.
  }
}

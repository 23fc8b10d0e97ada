package org.sstlib.rdf.store;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sstlib.core.Case;

/**
 * A store that hands every operation to another, for tests that watch what reaches a store: subclasses see each
 * query in {@link #onQuery} and override what else they need. A query given as text is parsed by the interface
 * and reaches {@link #onQuery} as a parsed query too. Closing it leaves the other store open.
 */
public abstract class ForwardingStore implements SstStore {
  protected final SstStore delegate;

  protected ForwardingStore(SstStore delegate) {
    this.delegate = delegate;
  }

  /** Called with every SPARQL query before it is handed on. */
  protected void onQuery(Query query) {}

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
  public <T> T select(Query query, Function<ResultSet, T> handler) {
    onQuery(query);
    return delegate.select(query, handler);
  }

  @Override
  public <T> T select(Query query, Duration timeout, Function<ResultSet, T> handler) {
    onQuery(query);
    return delegate.select(query, timeout, handler);
  }

  @Override
  public boolean ask(Query query) {
    onQuery(query);
    return delegate.ask(query);
  }

  @Override
  public boolean ask(Query query, Duration timeout) {
    onQuery(query);
    return delegate.ask(query, timeout);
  }

  @Override
  public Graph construct(Query query) {
    onQuery(query);
    return delegate.construct(query);
  }

  @Override
  public Graph construct(Query query, Duration timeout) {
    onQuery(query);
    return delegate.construct(query, timeout);
  }

  @Override
  public Graph describe(Query query) {
    onQuery(query);
    return delegate.describe(query);
  }

  @Override
  public Graph describe(Query query, Duration timeout) {
    onQuery(query);
    return delegate.describe(query, timeout);
  }

  @Override
  public void close() {
    // The store it forwards to belongs to the test.
  }
}

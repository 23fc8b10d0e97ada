package org.sstlib.rdf.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryType;
import org.apache.jena.query.ResultSet;
import org.apache.jena.graph.Node;
import org.sstlib.core.Case;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.RdfCaseException;

/**
 * The SPARQL of an {@link SstStore}, written once for every back end: each of {@code select}, {@code ask},
 * {@code construct} and {@code describe} checks the store is open and the query's form, then hands the query, its
 * timeout and what to do with the execution to {@link #execute}, the one thing a back end does its own way (a read
 * transaction on a local dataset, an HTTP request to a remote endpoint). The text forms are the interface's: they
 * parse and come here.
 *
 * <p>Thread-safe if {@link #execute} is.
 */
abstract class AbstractStore implements SstStore {

  /**
   * Runs {@code query} on this back end and applies {@code action} to its execution while it runs (for a local
   * store inside one read transaction), with {@code SERVICE} refused and the default graph the union of the cases.
   *
   * @param timeout if present, how long the query may run: past it the evaluation is stopped and a
   *     {@link StoreException} is thrown whose cause is a {@link QueryCancelledException}
   * @throws StoreException if the query calls {@code SERVICE}, runs out of time, or the store could not answer it
   */
  abstract <T> T execute(Query query, Optional<Duration> timeout, Function<QueryExecution, T> action);

  /** One case is a write of one: the back ends write only through {@link #putAll}. */
  @Override
  public final void put(Case c) {
    checkNotNull(c, "c");
    putAll(List.of(c));
  }

  @Override
  public final boolean remove(String caseId) {
    ensureOpen();
    Optional<Node> name = GraphNames.findGraphNode(caseId);
    return name.isPresent() && removeGraph(name.get(), caseId);
  }

  @Override
  public final Optional<Case> get(String caseId) {
    ensureOpen();
    Optional<Node> name = GraphNames.findGraphNode(caseId);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<Case> c = readGraph(name.get(), caseId);
    if (c.isPresent() && !c.get().id().equals(caseId)) {
      throw new RdfCaseException("graph <" + name.get().getURI() + "> holds the case '" + c.get().id()
          + "', not '" + caseId + "'");
    }
    return c;
  }

  /** Drops the named graph of a case in one write; whether the store held it. */
  abstract boolean removeGraph(Node name, String caseId);

  /** The case a named graph holds, read in one go, or empty if the store holds no such graph. */
  abstract Optional<Case> readGraph(Node name, String caseId);

  /** What the store is, for messages: "the TDB2 store in store", "the store on the SPARQL endpoint ...". */
  abstract String name();

  /** Lets go of what the store holds (a dataset, a connection); run once, by the first {@link #close()}. */
  abstract void release();

  private volatile boolean closed;

  /** Closes the store; later calls do nothing. Safe to call from any thread. */
  @Override
  public final void close() {
    if (closed) {
      return;
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      release();
    }
  }

  final boolean isClosed() {
    return closed;
  }

  /**
   * Checks that the store is open.
   *
   * @throws IllegalStateException if it is closed
   */
  final void ensureOpen() {
    checkState(!closed, "%s is closed", name());
  }

  @Override
  public final <T> T select(Query query, Function<ResultSet, T> handler) {
    checkNotNull(handler, "handler");
    return run(query, QueryType.SELECT, Optional.empty(), qe -> handler.apply(qe.execSelect()));
  }

  @Override
  public final <T> T select(Query query, Duration timeout, Function<ResultSet, T> handler) {
    checkNotNull(handler, "handler");
    return run(query, QueryType.SELECT, checkTimeout(timeout), qe -> handler.apply(qe.execSelect()));
  }

  @Override
  public final boolean ask(Query query) {
    return run(query, QueryType.ASK, Optional.empty(), QueryExecution::execAsk);
  }

  @Override
  public final boolean ask(Query query, Duration timeout) {
    return run(query, QueryType.ASK, checkTimeout(timeout), QueryExecution::execAsk);
  }

  @Override
  public final Graph construct(Query query) {
    return run(query, QueryType.CONSTRUCT, Optional.empty(), qe -> qe.execConstruct().getGraph());
  }

  @Override
  public final Graph construct(Query query, Duration timeout) {
    return run(query, QueryType.CONSTRUCT, checkTimeout(timeout), qe -> qe.execConstruct().getGraph());
  }

  @Override
  public final Graph describe(Query query) {
    return run(query, QueryType.DESCRIBE, Optional.empty(), qe -> qe.execDescribe().getGraph());
  }

  @Override
  public final Graph describe(Query query, Duration timeout) {
    return run(query, QueryType.DESCRIBE, checkTimeout(timeout), qe -> qe.execDescribe().getGraph());
  }

  private <T> T run(Query query, QueryType form, Optional<Duration> timeout, Function<QueryExecution, T> action) {
    checkNotNull(query, "query");
    ensureOpen();
    StoreGraphs.checkForm(query, form);
    return execute(query, timeout, action);
  }

  private static Optional<Duration> checkTimeout(Duration timeout) {
    checkNotNull(timeout, "timeout");
    checkArgument(!timeout.isNegative() && !timeout.isZero(), "the timeout must be positive, not %s", timeout);
    return Optional.of(timeout);
  }

  /** A timeout in whole milliseconds, rounded up: Jena reads a timeout of 0 as none. */
  static long millis(Duration timeout) {
    long millis = timeout.toMillis();
    return timeout.minusMillis(millis).isZero() ? millis : millis + 1;
  }

  /** A timeout as a person reads it in a message: "1 s", "1.5 s", "250 ms". */
  static String inWords(Duration timeout) {
    long millis = millis(timeout);
    if (millis < 1000) {
      return millis + " ms";
    }
    return (millis % 1000 == 0 ? Long.toString(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
  }

  /** What a store throws when a query ran out of its time: a {@link StoreException} caused by Jena's own. */
  static StoreException timedOut(String store, Duration timeout, Throwable cause) {
    QueryCancelledException cancelled;
    if (cause instanceof QueryCancelledException q) {
      cancelled = q;
    } else {
      cancelled = new QueryCancelledException();
      cancelled.initCause(cause);
    }
    return new StoreException(store + ": the query ran longer than its timeout of " + inWords(timeout)
        + " and was stopped", cancelled);
  }
}

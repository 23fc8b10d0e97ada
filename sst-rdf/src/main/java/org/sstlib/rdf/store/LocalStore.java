package org.sstlib.rdf.store;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.GraphNames;

/**
 * An {@link SstStore} over a transactional dataset in this JVM: Jena's in-memory dataset or a TDB2 database.
 * Every operation is one transaction on the dataset; queries see a default graph that is the union of the named
 * graphs (TDB2's own union for TDB2, a view over {@link DatasetGraph#getUnionGraph()} otherwise) and may not call
 * {@code SERVICE}.
 *
 * <p>Thread-safe: the dataset allows many readers and one writer at a time.
 */
final class LocalStore extends AbstractStore {

  /** How a local store answers queries over the union of its graphs. */
  enum Union {
    /** TDB2: set {@link TDB2#symUnionDefaultGraph} in the query's context; TDB2 evaluates it on its indexes. */
    TDB2_CONTEXT,
    /** Any other dataset: query a view whose default graph is the dataset's union graph. */
    VIEW
  }

  private final DatasetGraph dataset;
  /** What queries run on: the dataset, or for a memory store a view whose default graph is the union. */
  private final Dataset queryDataset;
  private final Union union;
  private final String description;
  private final Runnable release;
  private final boolean readOnly;

  /**
   * A store over {@code dataset}, which must support transactions.
   *
   * @param description what the store is, for messages ("the TDB2 store /data/store")
   * @param release run once by {@link #close()}
   */
  LocalStore(DatasetGraph dataset, Union union, String description, Runnable release) {
    this(dataset, union, description, release, false);
  }

  /**
   * A store over {@code dataset}, which must support transactions, that refuses every write if {@code readOnly}.
   *
   * @param description what the store is, for messages ("the TDB2 store /data/store")
   * @param release run once by {@link #close()}
   */
  LocalStore(DatasetGraph dataset, Union union, String description, Runnable release, boolean readOnly) {
    this.readOnly = readOnly;
    this.dataset = checkNotNull(dataset, "dataset");
    this.union = checkNotNull(union, "union");
    this.description = checkNotNull(description, "description");
    this.release = checkNotNull(release, "release");
    checkState(dataset.supportsTransactions(), "a local store needs a transactional dataset");
    this.queryDataset = DatasetFactory.wrap(union == Union.VIEW ? new UnionDefaultGraphView(dataset) : dataset);
  }

  static LocalStore memory() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    return new LocalStore(dataset, Union.VIEW, "the in-memory store", dataset::close);
  }

  static LocalStore tdb2(Path dir) {
    checkNotNull(dir, "dir");
    Tdb2Directory directory = Tdb2Directory.open(dir);
    return new LocalStore(directory.dataset(), Union.TDB2_CONTEXT, "the TDB2 store " + directory.path(),
        directory::release);
  }

  /**
   * The existing store in {@code dir}, read-only: opened where it is if it can be written, else from a temporary
   * copy (see {@link Tdb2ReadOnlyCopy}) deleted on close.
   */
  static LocalStore tdb2ReadOnly(Path dir) {
    Path path = Tdb2Directory.checkExisting(dir);
    if (Tdb2ReadOnlyCopy.isWritable(path)) {
      Tdb2Directory directory = Tdb2Directory.openExisting(path);
      return new LocalStore(directory.dataset(), Union.TDB2_CONTEXT, "the TDB2 store " + path + " (read-only)",
          directory::release, true);
    }
    return fromCopy(path);
  }

  /** The store in {@code path}, read from a temporary copy; never opens {@code path} itself. */
  static LocalStore fromCopy(Path path) {
    Path copy = Tdb2ReadOnlyCopy.copy(path);
    Tdb2Directory directory;
    try {
      directory = Tdb2Directory.openExisting(copy);
    } catch (RuntimeException e) {
      Tdb2ReadOnlyCopy.delete(copy);
      throw new StoreException("could not read the TDB2 store " + path + " (from a temporary copy, as the store "
          + "cannot be written): " + e.getMessage(), e);
    }
    return new LocalStore(directory.dataset(), Union.TDB2_CONTEXT, "the TDB2 store " + path
        + " (read-only, read from a temporary copy)", () -> {
          try {
            directory.release();
          } finally {
            Tdb2ReadOnlyCopy.delete(copy);
          }
        }, true);
  }

  // ------------------------------------------------------------------------------------------------ writing

  @Override
  public void putAll(Collection<Case> cases) {
    ensureOpen();
    Map<Node, Graph> graphs = StoreGraphs.graphsOf(cases);
    if (graphs.isEmpty()) {
      return;
    }
    write(() -> {
      graphs.forEach((name, graph) -> {
        dataset.removeGraph(name);
        for (Iterator<Triple> it = graph.find(); it.hasNext(); ) {
          Triple t = it.next();
          dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject());
        }
      });
      return null;
    });
  }

  @Override
  boolean removeGraph(Node name, String caseId) {
    return write(() -> {
      boolean present = holds(name);
      if (present) {
        dataset.removeGraph(name);
      }
      return present;
    });
  }

  // ------------------------------------------------------------------------------------------------ reading

  @Override
  public List<String> caseIds() {
    ensureOpen();
    return read(() -> {
      List<String> ids = new ArrayList<>();
      for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
        GraphNames.caseId(it.next()).ifPresent(ids::add);
      }
      ids.sort(null);
      return ImmutableList.copyOf(ids);
    });
  }

  @Override
  Optional<Case> readGraph(Node name, String caseId) {
    return read(() -> holds(name) ? Optional.of(CaseGraphs.fromGraph(dataset.getGraph(name))) : Optional.empty());
  }

  @Override
  public List<Case> all() {
    ensureOpen();
    // fromDataset reads inside this transaction, and checks each case's id against its graph's name.
    return read(() -> CaseGraphs.fromDataset(dataset));
  }

  @Override
  public DatasetGraph snapshot() {
    ensureOpen();
    return read(() -> {
      DatasetGraph snapshot = StoreGraphs.newSnapshot();
      for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
        Node name = it.next();
        if (GraphNames.caseId(name).isPresent()) {
          Graph copy = snapshot.getGraph(name);
          dataset.getGraph(name).find().forEachRemaining(copy::add);
        }
      }
      return snapshot;
    });
  }

  // ------------------------------------------------------------------------------------------------ SPARQL

  /**
   * Runs a query in a read transaction, with the union default graph and without {@code SERVICE}, both set in
   * this query's context only (never Jena's global context: other code in the JVM keeps its settings), and with
   * Jena's own timeout, which cancels the evaluation.
   */
  @Override
  <T> T execute(Query query, Optional<Duration> timeout, Function<QueryExecution, T> action) {
    try {
      return Txn.calculateRead(dataset, () -> {
        QueryExecutionDatasetBuilder builder = QueryExecution.create()
            .query(query)
            .dataset(queryDataset)
            .set(ARQ.httpServiceAllowed, false)
            .set(TDB2.symUnionDefaultGraph, union == Union.TDB2_CONTEXT);
        timeout.ifPresent(t -> builder.timeout(millis(t), TimeUnit.MILLISECONDS));
        try (QueryExecution qe = builder.build()) {
          return action.apply(qe);
        }
      });
    } catch (QueryCancelledException e) {
      if (timeout.isEmpty()) {
        throw new StoreException(description + ": the query was stopped", e);
      }
      throw timedOut(description, timeout.get(), e);
    } catch (QueryDeniedException e) {
      throw new StoreException("the query calls SERVICE, which " + description + " does not allow: "
          + "a query may only read the store (" + e.getMessage() + ")", e);
    } catch (QueryException e) {
      // Not a parse error (those are thrown before anything runs): the query could not be evaluated.
      throw new StoreException(description + " could not answer the query: " + e.getMessage(), e);
    } catch (JenaException e) {
      throw new StoreException(description + " could not be read: " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------------------------------------ lifecycle

  @Override
  void release() {
    release.run();
  }

  @Override
  public String toString() {
    return "SstStore{" + description + (isClosed() ? ", closed" : "") + "}";
  }

  @Override
  String name() {
    return description;
  }

  private boolean holds(Node graphName) {
    return dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY).hasNext();
  }

  /**
   * Runs {@code action} in one read transaction. A failure of the dataset itself (Jena's exceptions, such as an
   * I/O error of TDB2) becomes a {@link StoreException} naming the store.
   */
  private <T> T read(Supplier<T> action) {
    try {
      return Txn.calculateRead(dataset, action);
    } catch (JenaException e) {
      throw new StoreException(description + " could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code action} in one write transaction: committed if it returns, aborted (nothing changes) if not. A
   * failure of the dataset itself becomes a {@link StoreException} that says nothing changed.
   */
  private <T> T write(Supplier<T> action) {
    if (readOnly) {
      throw new StoreException(description + " was opened read-only, so it cannot be changed; nothing was "
          + "changed");
    }
    dataset.begin(ReadWrite.WRITE);
    try {
      T result = action.get();
      dataset.commit();
      return result;
    } catch (RuntimeException | Error e) {
      try {
        dataset.abort();
      } catch (RuntimeException abortFailed) {
        e.addSuppressed(abortFailed);
      }
      if (e instanceof JenaException) {
        throw new StoreException(description + " could not be written, so nothing was changed: "
            + e.getMessage(), e);
      }
      throw e;
    } finally {
      dataset.end();
    }
  }

  /**
   * The dataset queries see in a memory store: the same named graphs, and for the default graph the union of
   * them. It is a {@link DatasetGraphWrapperView}, so that ARQ evaluates queries on it rather than unwrapping it
   * to the dataset beneath (whose default graph is empty). Only queries use it; they cannot write.
   */
  private static final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    UnionDefaultGraphView(DatasetGraph dataset) {
      super(dataset);
    }

    @Override
    public Graph getDefaultGraph() {
      return getR().getUnionGraph();
    }
  }
}

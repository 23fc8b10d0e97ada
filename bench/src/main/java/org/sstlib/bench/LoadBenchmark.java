package org.sstlib.bench;

import static org.sstlib.bench.SetupCheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.GraphNames;

/**
 * Load: storing the field in a new TDB2 database. The library opens {@code SstStore.tdb2(dir)} (which creates the
 * database in a sibling temporary directory, commits it empty, releases it and renames it into place), stores the
 * case with {@code put} (maps it, then one write transaction replacing its named graph) and closes the store. The
 * baseline is plain Jena: {@code DatabaseMgr.connectDatasetGraph(dir)}, {@code CaseGraphs.toGraph(case)} (so both
 * sides map the case), one write transaction adding every triple to the named graph
 * {@code GraphNames.graphNode(case.id())}, commit, and {@code TDBInternal.expel} to release the database.
 *
 * <p>Each invocation writes to a new directory: a fresh temporary directory is made before it and deleted after it
 * ({@code Level.Invocation} setup and teardown, which JMH does not time). A load takes far longer than the per-call
 * overhead of invocation-level fixtures, so average time per operation is still meaningful. Setup checks once per
 * trial that both sides leave the same number of quads (and, up to 100,000 triples, isomorphic graphs) on disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
  @Param("100000")
  public int size;

  private Case field;
  private Node graphName;
  /** The invocation's temporary directory; the database is its child {@code store}, which does not exist yet. */
  private Path parent;
  private Path dir;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    field = FieldGenerator.generate(42, size);
    graphName = GraphNames.graphNode(field.id());

    newDirectory();
    library();
    Graph library = readBack(dir);
    deleteDirectory();
    newDirectory();
    raw();
    Graph raw = readBack(dir);
    deleteDirectory();

    long triples = CaseGraphs.toGraph(field).size();
    check(library.size() == triples, "library stored %s quads, the case has %s triples", library.size(), triples);
    check(raw.size() == library.size(), "raw stored %s quads, library %s", raw.size(), library.size());
    if (size <= 100_000) {
      check(raw.isIsomorphicWith(library), "the stored graphs are not isomorphic");
    }
  }

  @Setup(Level.Invocation)
  public void newDirectory() throws IOException {
    parent = Files.createTempDirectory("sst-load-bench-");
    dir = parent.resolve("store");
  }

  @TearDown(Level.Invocation)
  public void deleteDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(parent)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public void library() {
    try (SstStore store = SstStore.tdb2(dir)) {
      store.put(field);
    }
  }

  @Benchmark
  public long raw() {
    Graph graph = CaseGraphs.toGraph(field);
    DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(dir.toString());
    try {
      Txn.executeWrite(dataset, () -> {
        for (Iterator<Triple> it = graph.find(); it.hasNext(); ) {
          Triple t = it.next();
          dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
        }
      });
    } finally {
      TDBInternal.expel(dataset);
    }
    return graph.size();
  }

  /** The quads a database holds, all in the case's named graph, copied into memory; the database is released. */
  private Graph readBack(Path database) {
    DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(database.toString());
    try {
      return Txn.calculateRead(dataset, () -> {
        Graph copy = GraphMemFactory.createDefaultGraphSameTerm();
        for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
          Quad q = it.next();
          check(q.getGraph().equals(graphName), "a quad outside the case's graph: %s", q);
          copy.add(q.asTriple());
        }
        return copy;
      });
    } finally {
      TDBInternal.expel(dataset);
    }
  }
}

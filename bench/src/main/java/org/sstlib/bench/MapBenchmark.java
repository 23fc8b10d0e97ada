package org.sstlib.bench;

import static org.sstlib.bench.SetupCheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Triple;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;

/**
 * Map: {@code CaseGraphs.toGraph(case)} against a straight loop ({@link RawCaseTriples}) that creates the same
 * triples from the same {@link Case} with no checks and adds them to the same kind of graph (GraphMem2 from
 * {@code GraphMemFactory.createDefaultGraphSameTerm()}). A third method, {@code insert}, adds the library's triples,
 * made beforehand, to such a graph: the graph's own insertion cost, the floor under both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MapBenchmark {
  @Param("100000")
  public int size;

  private Case field;
  private Triple[] triples;

  @Setup(Level.Trial)
  public void setUp() {
    field = FieldGenerator.generate(42, size);
    Graph library = CaseGraphs.toGraph(field);
    List<Triple> all = new ArrayList<>();
    library.find().forEachRemaining(all::add);
    triples = all.toArray(Triple[]::new);
    Graph raw = raw();
    Graph insert = insert();
    check(raw.size() == library.size(), "raw graph has %s triples, library %s", raw.size(), library.size());
    check(insert.size() == library.size(), "inserted graph has %s triples, library %s", insert.size(),
        library.size());
    if (size <= 100_000) {
      check(raw.isIsomorphicWith(library), "raw graph is not isomorphic with the library's");
    } else {
      // Isomorphism of blank-node lists is slow at this size: compare the ground triples and the counts.
      check(raw.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
          .filterDrop(library::contains).toList().isEmpty(), "raw graph has triples the library's has not");
    }
  }

  @Benchmark
  public Graph library() {
    return CaseGraphs.toGraph(field);
  }

  @Benchmark
  public Graph raw() {
    Graph graph = GraphMemFactory.createDefaultGraphSameTerm();
    RawCaseTriples.addTo(field, graph);
    return graph;
  }

  @Benchmark
  public Graph insert() {
    Graph graph = GraphMemFactory.createDefaultGraphSameTerm();
    for (Triple t : triples) {
      graph.add(t);
    }
    return graph;
  }
}

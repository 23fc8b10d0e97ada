package org.sstlib.bench;

import static org.sstlib.bench.SetupCheck.check;

import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
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
import org.sstlib.rdf.io.RdfFiles;

/**
 * Export: the library's deterministic Turtle ({@code RdfFiles.writeTurtle(case, out)}, which maps the case and writes
 * the text as it lays it out) against Jena writing the same triples as {@code TURTLE_PRETTY} to a byte sink. The raw
 * side maps the case with {@code CaseGraphs.toGraph} first, so each side does the whole work of an export.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmark {
  @Param("100000")
  public int size;

  private Case field;

  @Setup(Level.Trial)
  public void setUp() {
    field = FieldGenerator.generate(42, size);
    long library = library();
    long raw = raw();
    check(library > 0 && raw > 0, "empty output: library %s bytes, raw %s bytes", library, raw);
  }

  @Benchmark
  public long library() {
    CountingSink sink = new CountingSink();
    RdfFiles.writeTurtle(field, sink);
    return sink.count;
  }

  @Benchmark
  public long raw() {
    Graph graph = CaseGraphs.toGraph(field);
    CountingSink sink = new CountingSink();
    RDFDataMgr.write(sink, graph, RDFFormat.TURTLE_PRETTY);
    return sink.count;
  }
}

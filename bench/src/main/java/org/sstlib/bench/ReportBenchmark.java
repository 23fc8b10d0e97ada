package org.sstlib.bench;

import static org.sstlib.bench.SetupCheck.check;

import java.util.List;
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
import org.sstlib.rdf.store.SstStore;
import org.sstlib.report.Report;
import org.sstlib.report.ReportOptions;

/**
 * Report: the library's HTML page of the field ({@code Report.html}: the case put in an in-memory store, the named
 * queries run, the field summarised or drawn, the chain, the cycles' panels, the findings, the elements and the
 * evidence) against Jena writing the same case's graph as {@code TURTLE_PRETTY} to a byte sink (the case mapped with
 * {@code CaseGraphs.toGraph} first, as in {@link ExportBenchmark}): the cost of the page against the cost of
 * writing the same analysis out as RDF. {@code store} measures one part of the library's work alone: putting the
 * case into the in-memory store ({@code SstStore.memory().putAll}) that the report's queries run on. A report takes
 * seconds, so each measurement is one call (single shot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {
  @Param("100000")
  public int size;

  private Case field;

  @Setup(Level.Trial)
  public void setUp() {
    field = FieldGenerator.generate(42, size);
    String page = Report.html(List.of(field), ReportOptions.defaults());
    check(page.contains("data-cycle=\"" + field.cycles().get(0).id() + "\"")
        || page.contains("A summary, not every cycle."), "the page draws neither the field nor its summary");
    check(page.contains("id=\"" + field.id() + "--cycle--" + field.cycles().get(field.cycles().size() - 1).id()
        + "\""), "the page has no anchor for the last cycle");
    long raw = raw();
    check(raw > 0, "empty Turtle");
  }

  @Benchmark
  public long library() {
    return Report.html(List.of(field), ReportOptions.defaults()).length();
  }

  /** The part of the library's work that puts the case into the in-memory store its queries run on. */
  @Benchmark
  public long store() {
    try (SstStore store = SstStore.memory()) {
      store.putAll(List.of(field));
      return store.caseIds().size();
    }
  }

  @Benchmark
  public long raw() {
    Graph graph = CaseGraphs.toGraph(field);
    CountingSink sink = new CountingSink();
    RDFDataMgr.write(sink, graph, RDFFormat.TURTLE_PRETTY);
    return sink.count;
  }
}

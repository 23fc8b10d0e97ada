package org.sstlib.bench;

import static org.sstlib.bench.SetupCheck.check;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
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
import org.sstlib.rdf.shacl.SstShapes;
import org.sstlib.rdf.shacl.ShapeReport;

/**
 * SHACL: validating the field's graph with {@code SstShapes.validate(graph)} (Jena SHACL, then every report entry
 * described in SST terms: the element's id and label, the rule, what to change) against plain Jena SHACL,
 * {@code ShaclValidator.get().validate(shapes, graph)}, with the same shapes ({@code SstShapes.shapes()}, parsed
 * once in setup). The graph is made once per trial with {@code CaseGraphs.toGraph}; each side returns its number of
 * report entries.
 *
 * <p>The field breaks no rule (no {@code sh:Violation}), but most of its cycles name no internal structure, so both
 * reports hold the same {@code sh:Info} advice, one entry a cycle: 927 at 100,000 triples, 9,286 at 1,000,000 (seed
 * 42). The library's extra cost is thus describing each entry for a researcher, besides its fixed part. Setup checks
 * that neither side finds a violation and that both report the same severities at the same focus elements.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ShaclBenchmark {
  @Param("1000000")
  public int size;

  private Graph graph;
  private Shapes shapes;

  @Setup(Level.Trial)
  public void setUp() {
    Case field = FieldGenerator.generate(42, size);
    graph = CaseGraphs.toGraph(field);
    shapes = Shapes.parse(SstShapes.shapes());

    ShapeReport library = SstShapes.validate(graph);
    ValidationReport raw = ShaclValidator.get().validate(shapes, graph);
    check(library.conforms(), "the library finds the field invalid: %s", library);
    long rawViolations = raw.getEntries().stream().filter(e -> severity(e.severity()).equals("VIOLATION")).count();
    check(rawViolations == 0, "Jena SHACL finds %s violations in the field", rawViolations);
    check(library.problems().size() == raw.getEntries().size(), "library reports %s problems, Jena SHACL %s",
        library.problems().size(), raw.getEntries().size());
    Map<String, Long> libraryFoci = library.problems().stream().collect(Collectors.groupingBy(
        p -> p.severity().name() + " " + p.focus(), TreeMap::new, Collectors.counting()));
    Map<String, Long> rawFoci = raw.getEntries().stream().collect(Collectors.groupingBy(
        e -> severity(e.severity()) + " " + local(e.focusNode(), field.base()), TreeMap::new,
        Collectors.counting()));
    check(libraryFoci.equals(rawFoci), "library and Jena SHACL report different severities or elements");
  }

  @Benchmark
  public int library() {
    return SstShapes.validate(graph).problems().size();
  }

  @Benchmark
  public int raw() {
    return ShaclValidator.get().validate(shapes, graph).getEntries().size();
  }

  /** The library's name of a SHACL severity: VIOLATION, WARNING, INFO. */
  private static String severity(Severity severity) {
    return severity.level().getLocalName().toUpperCase(Locale.ROOT);
  }

  /** A focus node as the library names it: its IRI after the case's base, or the IRI itself. */
  private static String local(Node focus, String base) {
    String iri = focus.isURI() ? focus.getURI() : focus.toString();
    return iri.startsWith(base) && iri.length() > base.length() ? iri.substring(base.length()) : iri;
  }
}

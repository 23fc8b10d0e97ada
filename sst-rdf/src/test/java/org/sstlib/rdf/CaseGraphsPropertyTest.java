package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstlib.core.Case;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.core.testing.TestSizes;

/**
 * Properties of the mapping on seeded random cases ({@link RandomCases#generate(long)}: every part of the model,
 * hostile text, awkward ids and bases). Each assertion names its seed; replay one with
 * {@code RandomCases.generate(seed)}.
 */
class CaseGraphsPropertyTest {
  // Quick (-Dsst.tests=quick): seeds 0 to 39 reach every part of the model, hostile text and awkward ids and bases
  // among them (RandomCasesTest checks it), so every branch of the mapping is still taken.
  static final int SEEDS = TestSizes.of(300, TestSizes.QUICK_SEEDS);

  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void caseToGraphToCaseIsTheIdentity(long seed) {
    Case original = RandomCases.generate(seed);
    Case back = CaseGraphs.fromGraph(CaseGraphs.toGraph(original));
    assertEquals(expectedBack(original), back, "seed=" + seed);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void writingTwiceGivesIsomorphicGraphs(long seed) {
    Case original = RandomCases.generate(seed);
    Graph first = CaseGraphs.toGraph(original);
    Graph second = CaseGraphs.toGraph(original);
    assertEquals(first.size(), second.size(), "seed=" + seed);
    assertTrue(first.isIsomorphicWith(second), "seed=" + seed);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void turtleWrittenThenReadIsIsomorphicAndReadsBackTheCase(long seed) {
    Case original = RandomCases.generate(seed);
    Graph graph = CaseGraphs.toGraph(original);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, graph, Lang.TURTLE);
    List<String> warnings = new ArrayList<>();
    Graph parsed = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE)
        .errorHandler(new ErrorHandler() {
          @Override
          public void warning(String message, long line, long col) {
            warnings.add(message);
          }

          @Override
          public void error(String message, long line, long col) {
            throw new AssertionError("seed=" + seed + ": line " + line + ", column " + col + ": " + message);
          }

          @Override
          public void fatal(String message, long line, long col) {
            error(message, line, col);
          }
        })
        .toGraph();
    assertEquals(List.of(), warnings, () -> "seed=" + seed + ": the parser warned about our own Turtle");
    assertEquals(graph.size(), parsed.size(), "seed=" + seed);
    assertTrue(graph.isIsomorphicWith(parsed), "seed=" + seed);
    assertEquals(expectedBack(original), CaseGraphs.fromGraph(parsed), "seed=" + seed);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void chainStepTriplesAreTheStepsOfTheChainGraph(long seed) {
    Case original = RandomCases.generate(seed);
    CaseGraphsTest.assertChainAgrees(original, CaseGraphs.toGraph(original), "seed=" + seed);
  }

  /** The case as it comes back from RDF: the case itself, since every list the model keeps survives. */
  static Case expectedBack(Case c) {
    return c;
  }
}

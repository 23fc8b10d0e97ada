package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Problem;

/** {@link RdfCaseException}'s problems, however it was made. */
class RdfCaseExceptionTest {

  @Test
  void oneMessageIsOneProblem() {
    RdfCaseException e = new RdfCaseException("no sst:Case in the graph");

    assertEquals(List.of(Problem.of("no sst:Case in the graph")), e.problems());
    assertEquals(List.of(Problem.of("bad IRI")),
        new RdfCaseException("bad IRI", new IllegalArgumentException("x")).problems());
  }

  @Test
  void eachProblemOfAListIsOneProblemWithoutTheSummary() {
    RdfCaseException e = new RdfCaseException("the graph is not an sst case (2 problems):",
        List.of("cycle <urn:x:c> has no sst:agentInFocus", "agent <urn:x:a> has no rdfs:label"));

    assertEquals(List.of(Problem.of("cycle <urn:x:c> has no sst:agentInFocus"),
        Problem.of("agent <urn:x:a> has no rdfs:label")), e.problems());
    assertEquals("the graph is not an sst case (2 problems):\n  cycle <urn:x:c> has no sst:agentInFocus\n"
        + "  agent <urn:x:a> has no rdfs:label", e.getMessage());
  }

  @Test
  void aRestatementInAFileKeepsTheProblemsOfWhatItRestates() {
    RdfCaseException inGraph = new RdfCaseException("the graph is not an sst case (2 problems):",
        List.of("first", "second"));
    RdfCaseException single = new RdfCaseException("no sst:Case in the graph");

    RdfCaseException many = new RdfCaseException("f.ttl: the graph is not an sst case (2 problems):",
        inGraph.problems());
    many.initCause(inGraph);   // as a reader that names the file does
    RdfCaseException one = new RdfCaseException("f.ttl: no sst:Case in the graph", single);

    assertEquals(List.of(Problem.of("first"), Problem.of("second")), many.problems());
    assertSame(inGraph, many.getCause());
    assertEquals(List.of(Problem.of("no sst:Case in the graph")), one.problems());
    assertEquals("f.ttl: no sst:Case in the graph", one.getMessage());
  }

  @Test
  void aListMustHoldProblemsOrText() {
    assertThrows(IllegalArgumentException.class, () -> new RdfCaseException("s", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new RdfCaseException("s", List.of(42)));
  }
}

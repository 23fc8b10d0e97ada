package org.sstlib.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;

/** The map benchmark's baseline makes the library's graph, chain steps and entries' availability included. */
class RawCaseTriplesTest {
  private static final long SEED = 42;

  @Test
  void makesTheSameGraphAsTheLibrary() {
    Case field = FieldGenerator.generate(SEED, 10_000);
    Graph library = CaseGraphs.toGraph(field);
    Graph raw = GraphMemFactory.createDefaultGraphSameTerm();
    RawCaseTriples.addTo(field, raw);
    assertEquals(library.size(), raw.size(), "seed " + SEED + ", target 10000");
    assertTrue(raw.isIsomorphicWith(library), "seed " + SEED + ", target 10000: the graphs differ");
  }
}

package org.sstlib.rdf.shacl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.rdf.CaseGraphs;

/**
 * The shapes' advice speaks the language the case was written in: case-file keys for a case from a case file (or
 * Java), RDF terms for a graph.
 */
class ShapeWordingTest {

  private static final Path NO_INTERNAL = Path.of("src", "test", "resources", "org", "sstlib", "rdf", "shacl",
      "no-internal.yaml");

  @Test
  void aCaseFromACaseFileIsAdvisedInCaseFileTerms() {
    Case c = CaseFiles.read(NO_INTERNAL);
    ShapeReport report = SstShapes.validate(c);
    assertTrue(report.conforms(), report.toString());
    assertEquals(1, report.problems().size(), report.toString());
    ShapeProblem advice = report.problems().get(0);
    assertEquals("info: cycle 'icm' (Case management meeting): a cycle says what the agent-in-focus draws on: This "
        + "cycle names no internal structures of its agent-in-focus. In SST active agency draws on internal "
        + "structures (conjuncturally-specific knowledge and general dispositions); if the data say anything about "
        + "them, list them under internal: in this cycle (each a structure with internalTo: the agent-in-focus and "
        + "a kind:). [internal]", advice.toString());
    assertFalse(advice.toString().contains("sst:"), advice.toString());
  }

  @Test
  void theSameCaseAsAGraphIsAdvisedInRdfTerms() {
    ShapeReport report = SstShapes.validate(CaseGraphs.toGraph(CaseFiles.read(NO_INTERNAL)));
    ShapeProblem advice = report.problems().get(0);
    assertTrue(advice.message().endsWith("add them to the internal role (sst:qualifiedInternal, with "
        + "sst:hasInternalStructure)."), advice.message());
    assertEquals("sst:qualifiedInternal", advice.path());
  }
}

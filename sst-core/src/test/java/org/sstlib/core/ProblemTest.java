package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sstlib.core.casefile.CaseFileException;

/** {@link Problem} as a line, and the problems of every {@link SstException} of sst-core. */
class ProblemTest {

  @Test
  void aLocatedProblemReadsFileLineColumnPathMessage() {
    Problem p = Problem.at("erp.yaml", 13, 19, "cycles[0].agentInFocus", "agent 'controler' is not defined");

    assertEquals("erp.yaml:13:19: cycles[0].agentInFocus: agent 'controler' is not defined", p.toString());
    assertEquals(Optional.of("erp.yaml"), p.file());
    assertEquals("", p.elementId());
  }

  @Test
  void whatIsUnknownIsLeftOut() {
    assertEquals("erp.yaml:13: id: bad", Problem.at("erp.yaml", 13, 0, "id", "bad").toString());
    assertEquals("erp.yaml: id: bad", Problem.at("erp.yaml", 0, 0, "id", "bad").toString());
    assertEquals("erp.yaml: no such file", Problem.at("erp.yaml", 0, 0, "", "no such file").toString());
    assertEquals("cycles[0].site: no site", Problem.of("cycles[0].site", "close", "no site").toString());
    assertEquals("the store is in use", Problem.of("the store is in use").toString());
  }

  @Test
  void aColumnWithoutALineIsNoPlace() {
    Problem p = Problem.at("erp.yaml", 0, 7, "", "bad");

    assertEquals(0, p.column());
    assertEquals("erp.yaml: bad", p.toString());
  }

  @Test
  void aLineNeedsAFileAndNothingIsNegative() {
    assertThrows(IllegalArgumentException.class, () -> new Problem(Optional.empty(), 3, 1, "", "", "bad"));
    assertThrows(IllegalArgumentException.class, () -> Problem.at("erp.yaml", -1, 0, "", "bad"));
    assertThrows(IllegalArgumentException.class, () -> Problem.at("erp.yaml", 1, -1, "", "bad"));
    assertThrows(NullPointerException.class, () -> Problem.of(null));
  }

  @Test
  void locatingAProblemKeepsItsPathAndElement() {
    Problem p = Problem.of("cycles[0].site", "close", "no site").locatedAt("erp.yaml", 12, 5);

    assertEquals(new Problem(Optional.of("erp.yaml"), 12, 5, "cycles[0].site", "close", "no site"), p);
    assertEquals("erp.yaml:12:5: cycles[0].site: no site", p.toString());
  }

  @Test
  void inFileNamesTheFileOnlyOfAProblemThatHasNone() {
    Problem located = Problem.at("a.yaml", 3, 1, "id", "bad");

    assertSame(located, located.inFile("b.yaml"));
    assertEquals("b.yaml: id: bad", Problem.of("id", "", "bad").inFile("b.yaml").toString());
  }

  @Test
  void anExceptionFromAMessageHasThatOneProblem() {
    SstException e = new SstException("the store is in use", new IllegalStateException("held"));

    assertEquals(List.of(Problem.of("the store is in use")), e.problems());
    assertEquals(List.of(Problem.of("x")), new SstException("x", List.of()).problems());
  }

  @Test
  void anInvalidCaseGivesTheBuildersProblems() {
    Case.Builder b = Case.builder("c", "A case").agent(Agent.builder("a", "", AgentType.INDIVIDUAL).build());

    InvalidCaseException e = assertThrows(InvalidCaseException.class, b::build);

    assertEquals(List.of(Problem.of("agents[0].label", "a", "agent 'a' has no label")), e.problems());
    assertEquals("case 'c' has 1 problem:\n  agents[0].label: agent 'a' has no label", e.getMessage());
  }

  @Test
  void aCaseFileExceptionGivesItsLocatedProblems() {
    List<Problem> problems = List.of(Problem.at("c.yaml", 2, 3, "id", "bad id"), Problem.at("c.yaml", 0, 0, "", "x"));

    CaseFileException e = new CaseFileException("c.yaml", problems);

    assertEquals(problems, e.problems());
    assertEquals("c.yaml: 2 problems\n  c.yaml:2:3: id: bad id\n  c.yaml: x", e.getMessage());
    assertThrows(UnsupportedOperationException.class, () -> e.problems().add(Problem.of("y")));
  }
}

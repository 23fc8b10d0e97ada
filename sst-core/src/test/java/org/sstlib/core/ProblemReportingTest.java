package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.core.CaseFixture.editCycle;
import static org.sstlib.core.CaseFixture.fixture;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the builder reports what is wrong with a case: every problem at once, in the order of the case, in one
 * {@link InvalidCaseException}; asking for the problems changes nothing.
 */
class ProblemReportingTest {

  @Test
  void fixtureIsValid() {
    assertEquals(List.of(), fixture().problems());
    Case c = fixture().build();
    assertEquals(2, c.cycles().size());
  }

  @Test
  void everyProblemComesOutAtOnceInCaseOrder() {
    Case.Builder b = fixture()
        .base("not an iri")
        .agent(Agent.builder("gp", "Duplicate", AgentType.INDIVIDUAL).build())
        .evidence(Evidence.builder("ev-2", "paper").build());
    editCycle(b, 0, c -> c.external.set(1, Condition.of("bcf-templat")));
    editCycle(b, 1, c -> c.internal.add("admission"));
    List<Problem> problems = b.problems();
    assertEquals(List.of("base", "agents[4].id", "cycles[0].external[1]", "cycles[1].internal[1]", "evidence[1]"),
        problems.stream().map(Problem::path).collect(Collectors.toList()));
    InvalidCaseException e = assertThrows(InvalidCaseException.class, b::build);
    assertEquals(problems, e.problems());
    assertTrue(e.getMessage().startsWith("case 'c' has 5 problems:\n  base: base 'not an iri'"), e.getMessage());
    assertTrue(e.getMessage().contains("\n  evidence[1]: evidence 'ev-2' has neither a quote nor a note"),
        e.getMessage());
    assertTrue(e instanceof SstException);
  }

  @Test
  void exceptionForOneProblemSaysProblem() {
    Case.Builder b = fixture().evidence(Evidence.builder("ev-2", "paper").build());
    InvalidCaseException e = assertThrows(InvalidCaseException.class, b::build);
    assertEquals("case 'c' has 1 problem:\n  evidence[1]: evidence 'ev-2' has neither a quote nor a note",
        e.getMessage());
  }

  @Test
  void problemsDoNotChangeTheBuilder() {
    Case.Builder b = fixture();
    b.problems();
    b.problems();
    assertEquals(fixture().build(), b.build());
  }
}

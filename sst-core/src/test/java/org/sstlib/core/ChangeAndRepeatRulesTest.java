package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.editCycle;
import static org.sstlib.core.CaseFixture.fixture;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An outcome's change fits what the outcome is (an event's change is {@code event}, a structure's never
 * is), and no list of ids names one twice.
 *
 * <p>Each test breaks the valid case of {@link CaseFixture} in one way and pins the element id, the case-file
 * path and the gist of the message of the problem.
 */
class ChangeAndRepeatRulesTest {
  @Test
  void eventReproducedIsWrong() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.outcomes.set(1, Outcome.of("admission").withChange(Change.REPRODUCED)));
    assertOnlyProblem(b, "cycles[0].outcomes[1].change", "icm",
        "'admission' is an event, so its change is 'event', not 'reproduced'");
  }

  @Test
  void structureWithChangeEventIsWrong() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.outcomes.set(0, Outcome.of("caseload").withChange(Change.EVENT)));
    assertOnlyProblem(b, "cycles[0].outcomes[0].change", "icm", "'caseload' is a structure",
        "('event' is for events)");
  }

  @Test
  void everyStructureChangeIsFine() {
    for (Change change : List.of(Change.REPRODUCED, Change.CHANGED, Change.CREATED, Change.ERODED)) {
      Case.Builder b = fixture();
      editCycle(b, 0, c -> c.outcomes.set(0, Outcome.of("caseload").withChange(change)));
      assertEquals(List.of(), b.problems(), change.code());
    }
  }

  @Test
  void repeatedMemberOf() {
    Case.Builder b = fixture();
    b.agents.set(1, Agent.builder("matron", "Matron", AgentType.INDIVIDUAL).memberOf("team", "team").build());
    assertOnlyProblem(b, "agents[1].memberOf[1]", "matron", "'team' is listed twice in memberOf of agent 'matron'");
  }

  @Test
  void repeatedOccupiedBy() {
    Case.Builder b = fixture();
    b.positionPractices.set(1, PositionPractice.builder("gp-role", "GP").occupiedBy("gp", "gp").build());
    assertOnlyProblem(b, "positionPractices[1].occupiedBy[1]", "gp-role", "'gp' is listed twice in occupiedBy");
  }

  @Test
  void repeatedFollows() {
    Case.Builder b = fixture();
    editCycle(b, 1, c -> c.follows = List.of("icm", "icm"));
    assertOnlyProblem(b, "cycles[1].follows[1]", "planning", "'icm' is listed twice in follows of cycle 'planning'");
  }

  @Test
  void repeatedDrawsOnAndConditionedBy() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agency.set(0, ActiveAgency.builder("icm-discussion", "R")
        .drawsOn("team-ethos", "team-ethos").conditionedBy("risk-tool", "gp-view", "risk-tool").build()));
    List<Problem> problems = b.problems();
    assertEquals(List.of("cycles[0].agency[0].drawsOn[1]", "cycles[0].agency[0].conditionedBy[2]"),
        problems.stream().map(Problem::path).collect(Collectors.toList()), problems::toString);
    problems.forEach(p -> assertEquals("icm-discussion", p.elementId()));
  }

  @Test
  void repeatedProducedBy() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.outcomes.set(0, Outcome.of("caseload").withProducedBy("icm-discussion", "icm-discussion")));
    assertOnlyProblem(b, "cycles[0].outcomes[0].producedBy[1]", "icm", "'icm-discussion' is listed twice");
  }
}

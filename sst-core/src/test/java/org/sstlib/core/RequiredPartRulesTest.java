package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sstlib.core.CaseFixture.assertHasProblem;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.editCycle;
import static org.sstlib.core.CaseFixture.fixture;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The parts a case cannot do without: a cycle has an agent-in-focus, a site, external entries, agency and
 * outcomes (internal may be empty); labels and names are not blank; a relation or a broader concept never points
 * at itself.
 *
 * <p>Each test breaks the valid case of {@link CaseFixture} in one way and pins the element id, the case-file
 * path and the gist of the message of the problem.
 */
class RequiredPartRulesTest {
  private Case.Builder withThirdCycle(Cycle.Builder cycle) {
    return fixture().cycle(cycle.build());
  }

  @Test
  void cycleWithoutAgentInFocus() {
    Case.Builder b = withThirdCycle(Cycle.builder("x", "X").site("s").external("risk-tool")
        .agency(ActiveAgency.builder("x-a", "A").build()).outcome("caseload"));
    assertOnlyProblem(b, "cycles[2].agentInFocus", "x", "cycle 'x' has no agent-in-focus");
  }

  @Test
  void cycleWithBlankAgentInFocus() {
    Case.Builder b = withThirdCycle(Cycle.builder("x", "X").site("s").agentInFocus(" \t").external("risk-tool")
        .agency(ActiveAgency.builder("x-a", "A").build()).outcome("caseload"));
    assertOnlyProblem(b, "cycles[2].agentInFocus", "x", "cycle 'x' has no agent-in-focus");
  }

  @Test
  void cycleWithoutAgency() {
    Case.Builder b = withThirdCycle(Cycle.builder("x", "X").site("s").agentInFocus("gp").external("risk-tool")
        .outcome("caseload"));
    assertOnlyProblem(b, "cycles[2].agency", "x", "cycle 'x' has no active agency");
  }

  @Test
  void cycleWithoutOutcomes() {
    Case.Builder b = withThirdCycle(Cycle.builder("x", "X").site("s").agentInFocus("gp").external("risk-tool")
        .agency(ActiveAgency.builder("x-a", "A").build()));
    assertOnlyProblem(b, "cycles[2].outcomes", "x", "cycle 'x' has no outcomes");
  }

  @Test
  void cycleWithoutExternal() {
    Case.Builder b = withThirdCycle(Cycle.builder("x", "X").site("s").agentInFocus("gp").material("wall-phone")
        .agency(ActiveAgency.builder("x-a", "A").build()).outcome("caseload"));
    assertOnlyProblem(b, "cycles[2].external", "x", "cycle 'x' has no external structures");
  }

  @Test
  void cycleWithoutSite() {
    Case.Builder b = withThirdCycle(Cycle.builder("x", "X").site("  ").agentInFocus("gp").external("risk-tool")
        .agency(ActiveAgency.builder("x-a", "A").build()).outcome("caseload"));
    assertOnlyProblem(b, "cycles[2].site", "x", "cycle 'x' has no site");
  }

  @Test
  void emptyCycleHasFourProblems() {
    Case.Builder b = withThirdCycle(Cycle.builder("x", "X").site("s"));
    assertEquals(List.of("cycles[2].agentInFocus", "cycles[2].external", "cycles[2].agency", "cycles[2].outcomes"),
        b.problems().stream().map(Problem::path).collect(Collectors.toList()));
  }

  @Test
  void cycleWithoutInternalIsFine() {
    Case.Builder b = withThirdCycle(Cycle.builder("x", "X").site("s").agentInFocus("gp").external("risk-tool")
        .agency(ActiveAgency.builder("x-a", "A").build()).outcome("caseload"));
    assertEquals(List.of(), b.problems());
  }

  @Test
  void blankLabels() {
    Case.Builder b = fixture()
        .agent(Agent.builder("a1", " ", AgentType.INDIVIDUAL).build())
        .event(Event.builder("e1", "").build());
    editCycle(b, 0, c -> c.agency.add(ActiveAgency.builder("a2", "\n").build()));
    assertEquals(List.of(
            new Problem("agents[4].label", "a1", "agent 'a1' has no label"),
            new Problem("events[1].label", "e1", "event 'e1' has no label"),
            new Problem("cycles[0].agency[1].label", "a2", "agency 'a2' has no label")),
        b.problems());
  }

  @Test
  void blankTitleAnalystNameCodebookLabelConceptLabelAndRelationLabel() {
    Case.Builder b = Case.builder("c", " ")
        .analyst(new Analyst("rh", ""))
        .codebook(new Codebook("ic", "", ImmutableList.of(Codebook.Concept.of("v", " "))))
        .positionPractice(PositionPractice.builder("p1", "P1").relation("p2", " ").build(),
            PositionPractice.builder("p2", "P2").build());
    assertEquals(List.of("title", "positionPractices[0].relations[0].label", "analysts[0].name",
            "codebooks[0].label", "codebooks[0].concepts[0].label"),
        b.problems().stream().map(Problem::path).collect(Collectors.toList()));
  }

  @Test
  void relationToItself() {
    Case.Builder b = fixture();
    b.positionPractices.set(1, PositionPractice.builder("gp-role", "GP").relation("gp-role", "x").build());
    assertOnlyProblem(b, "positionPractices[1].relations[0].to", "gp-role",
        "position-practice 'gp-role' has a relation to itself");
  }

  @Test
  void broaderThanItself() {
    Case.Builder b = fixture();
    b.codebooks.set(0, new Codebook("ic", "Integration", ImmutableList.of(
        new Codebook.Concept("vertical", "Vertical", Optional.of("vertical")))));
    assertHasProblem(b, "codebooks[0].concepts[0].broader", "ic", "concept 'vertical' cannot be broader than itself");
  }
}

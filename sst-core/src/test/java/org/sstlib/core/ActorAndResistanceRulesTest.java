package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.fixture;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who acts (an agency's actors are the agent-in-focus or members of a collective one; the agent-in-focus occupies
 * the cycle's position-practice), Stones' brackets and levels, and what resisting an irresistible force would have
 * cost: the model's rules and defaults.
 */
class ActorAndResistanceRulesTest {

  @Test
  void anAgencyIsTheAgentInFocussByDefault() {
    Case c = fixture().build();
    assertEquals(List.of("matron"), c.cycles().get(0).agency().get(0).by());
    assertEquals(List.of("team"), c.cycles().get(1).agency().get(0).by());
  }

  @Test
  void aMemberOfACollectiveAgentInFocusMayAct() {
    Case.Builder b = fixture();
    b.cycles.set(1, CaseFixture.planning().agency(ActiveAgency.builder("review", "The matron reviews the list")
        .by("matron").build()).build());
    Case c = b.build();
    assertEquals(List.of("matron"), c.cycles().get(1).agency().get(1).by());
  }

  @Test
  void anActorWhoIsNeitherTheAgentInFocusNorAMemberIsRefused() {
    Case.Builder b = fixture();
    b.cycles.set(1, CaseFixture.planning().agency(ActiveAgency.builder("review", "The GP reviews the list")
        .by("gp").build()).build());
    assertOnlyProblem(b, "cycles[1].agency[1].by[0]", "planning", "agent 'gp' acts in agency 'review' but is not the "
        + "agent-in-focus 'team' or a member of it");
    Case.Builder individual = fixture();
    individual.cycles.set(0, CaseFixture.icm().agency(ActiveAgency.builder("visit", "Visits").by("alf").build())
        .build());
    assertOnlyProblem(individual, "cycles[0].agency[1].by[0]", "icm", "agent 'alf' acts in agency 'visit' but is "
        + "not the agent-in-focus 'matron':");
    Case.Builder unknown = fixture();
    unknown.cycles.set(0, CaseFixture.icm().agency(ActiveAgency.builder("visit", "Visits").by("matorn").build())
        .build());
    assertOnlyProblem(unknown, "cycles[0].agency[1].by[0]", "icm", "agent 'matorn'", "did you mean 'matron'?");
  }

  @Test
  void theAgentInFocusOccupiesTheCyclesPositionPractice() {
    Case.Builder b = fixture();
    b.positionPractices.set(0, PositionPractice.builder("case-manager", "Case manager").occupiedBy("gp").build());
    assertOnlyProblem(b, "cycles[0].positionPractice", "icm", "the agent-in-focus 'matron' does not occupy "
        + "position-practice 'case-manager'", "add 'matron' to its occupiedBy");
    // A collective agent-in-focus acts from a position one of its members occupies.
    Case.Builder team = fixture();
    team.cycles.set(1, CaseFixture.planning().positionPractice("case-manager").build());
    assertTrue(team.problems().isEmpty(), team.problems()::toString);
  }

  @Test
  void bracketAndLevelAreKeptAndLevelDefaultsToInSitu() {
    assertEquals(OntologyLevel.IN_SITU, fixture().build().level());
    Case.Builder b = fixture().level(OntologyLevel.GENERAL);
    b.cycles.set(0, CaseFixture.icm().bracket(Bracket.CONTEXT).build());
    Case c = b.build();
    assertEquals(OntologyLevel.GENERAL, c.level());
    assertEquals(Optional.of(Bracket.CONTEXT), c.cycles().get(0).bracket());
  }

  @Test
  void sacrificesAndLackingDescribeAnIrresistibleForce() {
    Case.Builder b = fixture();
    b.cycles.set(0, CaseFixture.icm().external(Condition.of("gp-view").withForce(Force.IRRESISTIBLE_FORCE)
        .withResistance(List.of("keeping the GP on side"), List.of(Lacking.CRITICAL_DISTANCE, Lacking.POWER)))
        .build());
    // gp-view is listed twice now; the duplicate is the only other problem.
    Condition entry = b.cycles.get(0).external().get(3);
    assertEquals(List.of(Lacking.POWER, Lacking.CRITICAL_DISTANCE), entry.lacking(), "in code-list order");
    Case.Builder independent = fixture();
    independent.cycles.set(0, CaseFixture.icm().material(Condition.of("wall-phone").withForce(
        Force.INDEPENDENT_INFLUENCE).withResistance(List.of("x"), List.of())).build());
    assertTrue(independent.problems().stream().anyMatch(p -> p.path().equals("cycles[0].material[1].sacrifices")
        && p.message().contains("its force is independent-influence")), independent.problems()::toString);
    Case.Builder twice = fixture();
    twice.cycles.set(0, CaseFixture.icm().material(Condition.of("wall-phone").withForce(Force.IRRESISTIBLE_FORCE)
        .withResistance(List.of(), List.of(Lacking.POWER, Lacking.POWER))).build());
    assertTrue(twice.problems().stream().anyMatch(p -> p.path().equals("cycles[0].material[1].lacking")
        && p.message().contains("names a lacking twice")), twice.problems()::toString);
  }
}

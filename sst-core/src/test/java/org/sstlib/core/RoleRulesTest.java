package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.core.CaseFixture.assertHasProblem;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.editCycle;
import static org.sstlib.core.CaseFixture.fixture;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which element may play which role in a cycle, and only once: internal structures of the agent-in-focus (or of
 * a collective it belongs to that the cycle names in drawsOn) in internal, those of agents-in-context in external,
 * material resources in material, structures and events in outcomes; and the collectives a cycle draws on.
 *
 * <p>Each test breaks the valid case of {@link CaseFixture} in one way and pins the element id, the case-file
 * path and the gist of the message of the problem.
 */
class RoleRulesTest {
  @Test
  void internalStructureOfAnotherAgentInInternal() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.internal.add("alf-view"));
    assertOnlyProblem(b, "cycles[0].internal[2]", "icm",
        "'alf-view' is an internal structure of 'alf', not of the agent-in-focus 'matron'",
        "an agent-in-context's belong in external");
  }

  @Test
  void internalStructureOfAnAgentInContextInInternal() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> {
      c.external.remove(2);
      c.internal.add("gp-view");
    });
    assertOnlyProblem(b, "cycles[0].internal[2]", "icm",
        "'gp-view' is an internal structure of 'gp', not of the agent-in-focus 'matron'");
  }

  @Test
  void internalStructureOfACollectiveTheCycleDrawsOnIsFine() {
    // The fixture's icm lists team-ethos (of team, which matron is a member of) in internal, with drawsOn: [team].
    Cycle icm = fixture().build().element("icm", Cycle.class).get();
    assertTrue(icm.internal().contains("team-ethos"));
    assertEquals(List.of("team"), icm.drawsOn());
  }

  @Test
  void memberDoesNotDrawOnItsCollectivesInternalStructureWithoutDrawsOn() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.drawsOn.clear());
    assertOnlyProblem(b, "cycles[0].internal[1]", "icm",
        "'team-ethos' is an internal structure of 'team', of which 'matron' is a member; a member does not draw on "
            + "its collective's internal structures unless the structure names it in internalTo or the cycle says "
            + "drawsOn: [team]");
  }

  @Test
  void sharedStructureThatNamesTheMemberIsFine() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.drawsOn.clear());
    b.structures.set(4, Structure.builder("team-ethos", "Keep people out of hospital")
        .internalTo(InternalKind.GENERAL_DISPOSITIONAL, "team", "matron").build());
    assertEquals(List.of(), b.problems());
  }

  @Test
  void sharedStructureOfAnAgentInContextInExternalIsFine() {
    Case.Builder b = fixture();
    b.structures.set(5, Structure.builder("gp-view", "The GP's view of the risk list")
        .internalTo(InternalKind.CONJUNCTURALLY_SPECIFIC, "alf", "gp").about("risk-tool").build());
    assertEquals(List.of(), b.problems());
  }

  @Test
  void sharedStructureOfNoAgentInContextInExternal() {
    Case.Builder b = fixture();
    b.structures.set(6, Structure.builder("alf-view", "Alf wants to stay at home")
        .internalTo(InternalKind.GENERAL_DISPOSITIONAL, "alf", "team").build());
    editCycle(b, 0, c -> {
      c.drawsOn.clear();
      c.internal.remove("team-ethos");
      c.external.add(Condition.of("alf-view"));
    });
    assertOnlyProblem(b, "cycles[0].external[3]", "icm",
        "'alf-view' is an internal structure of 'alf' and 'team', none of whom is an agent-in-context of cycle 'icm'",
        "if the agent-in-focus draws on it as a member of 'team', list it under internal and say drawsOn: [team]");
  }

  @Test
  void drawsOnAnUnknownAgent() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.drawsOn.set(0, "tem"));
    Problem p = assertHasProblem(b, "cycles[0].drawsOn[0]", "icm", "agent 'tem' is referenced by cycle 'icm' but not "
        + "defined", "did you mean 'team'?");
    assertEquals(2, b.problems().size(), () -> b.problems().toString()); // and team-ethos is no longer drawn on
  }

  @Test
  void drawsOnAnAgentThatIsNotACollective() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.drawsOn.add("gp"));
    assertOnlyProblem(b, "cycles[0].drawsOn[1]", "icm",
        "cycle 'icm' draws on 'gp', which is not a collective agent");
  }

  @Test
  void drawsOnACollectiveTheFocusIsNotAMemberOf() {
    Case.Builder b = fixture();
    b.agents.add(Agent.builder("board", "Partnership board", AgentType.COLLECTIVE).build());
    editCycle(b, 0, c -> c.drawsOn.add("board"));
    assertOnlyProblem(b, "cycles[0].drawsOn[1]", "icm",
        "the agent-in-focus 'matron' is not a member of it", "add 'board' to memberOf of 'matron'");
  }

  @Test
  void drawsOnACollectiveThroughAChainOfMemberships() {
    Case.Builder b = fixture();
    b.agents.add(Agent.builder("trust", "Community trust", AgentType.COLLECTIVE).build());
    b.agents.set(0, Agent.builder("team", "ICM team", AgentType.COLLECTIVE).memberOf("trust").build());
    b.structures.add(Structure.builder("trust-values", "Trust values")
        .internalTo("trust", InternalKind.GENERAL_DISPOSITIONAL).build());
    editCycle(b, 0, c -> {
      c.drawsOn.add("trust");
      c.internal.add("trust-values");
    });
    assertEquals(List.of(), b.problems());
  }

  @Test
  void drawsOnTwiceAndOnTheFocusItself() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> {
      c.drawsOn.add("team");
      c.drawsOn.add("matron");
    });
    assertHasProblem(b, "cycles[0].drawsOn[1]", "icm", "'team' is listed twice in drawsOn of cycle 'icm'");
    assertHasProblem(b, "cycles[0].drawsOn[2]", "icm", "'matron' is the agent-in-focus of cycle 'icm'");
  }

  @Test
  void unavailableInternalEntryOfACollectiveIsFine() {
    // What the agent-in-focus lacked may be another agent's knowledge, its collective's too.
    Case.Builder b = fixture();
    editCycle(b, 0, c -> {
      c.drawsOn.clear();
      c.unavailableInternal.add("team-ethos");
    });
    assertEquals(List.of(), b.problems());
  }

  @Test
  void internalStructureOfAnAgentInContextInExternalIsFine() {
    // The fixture's icm lists gp-view (of gp, an agent-in-context) in external.
    assertTrue(fixture().build().element("icm", Cycle.class).get().external().contains(Condition.of("gp-view")));
  }

  @Test
  void internalStructureOfAnAgentNotInContextInExternal() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.external.add(Condition.of("alf-view")));
    assertOnlyProblem(b, "cycles[0].external[3]", "icm",
        "'alf-view' is an internal structure of 'alf', who is not an agent-in-context of cycle 'icm'",
        "add 'alf' to agentsInContext");
  }

  @Test
  void ownInternalStructureInExternal() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> {
      c.internal.remove("matron-knows-caseload");
      c.external.add(Condition.of("matron-knows-caseload"));
    });
    Problem p = assertOnlyProblem(b, "cycles[0].external[3]", "icm",
        "'matron-knows-caseload' is an internal structure of the agent-in-focus and belongs in the internal role "
            + "of cycle 'icm', not in external");
    assertFalse(p.message().contains("through"), p.message());
  }

  @Test
  void internalStructureOfACollectiveTheCycleDrawsOnInExternalNamesTheCollective() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> {
      c.internal.remove("team-ethos");
      c.external.add(Condition.of("team-ethos"));
    });
    assertOnlyProblem(b, "cycles[0].external[3]", "icm",
        "'team-ethos' is an internal structure of 'team', which cycle 'icm' draws on (drawsOn), and belongs in its "
            + "internal role");
  }

  @Test
  void collectivesInternalStructureInExternalWithoutDrawsOnNeedsTheCollectiveInContext() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> {
      c.drawsOn.clear();
      c.internal.remove("team-ethos");
      c.external.add(Condition.of("team-ethos"));
    });
    assertOnlyProblem(b, "cycles[0].external[3]", "icm",
        "'team-ethos' is an internal structure of 'team', who is not an agent-in-context of cycle 'icm'");
  }

  @Test
  void eventAndPositionPracticeInExternalAreFine() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> {
      c.external.add(Condition.of("gp-role"));
      c.external.add(Condition.of("admission").unavailable());
    });
    assertEquals(List.of(), b.problems());
  }

  @Test
  void agentInExternal() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.external.add(Condition.of("alf")));
    assertOnlyProblem(b, "cycles[0].external[3]", "icm", "'alf' is an agent; the external role holds a structure, "
        + "an event, a position-practice or an agent-in-context's internal structure");
  }

  @Test
  void agencyInExternal() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.external.add(Condition.of("plan")));
    assertOnlyProblem(b, "cycles[0].external[3]", "icm", "'plan' is an agency; the external role holds");
  }

  @Test
  void nonMaterialStructureInMaterial() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.material.add(Condition.of("caseload")));
    assertOnlyProblem(b, "cycles[0].material[1]", "icm",
        "'caseload' has form organisational-arrangement; the material role of cycle 'icm' holds material-resource "
            + "and embodied-capacity structures (list it under external)");
  }

  @Test
  void eventInMaterial() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.material.add(Condition.of("admission")));
    assertOnlyProblem(b, "cycles[0].material[1]", "icm",
        "'admission' is an event; the material role holds a material-resource or embodied-capacity structure");
  }

  @Test
  void materialStructureInExternalIsFine() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> {
      c.material.clear();
      c.external.add(Condition.of("wall-phone"));
    });
    assertEquals(List.of(), b.problems());
  }

  @Test
  void eventInInternal() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.internal.add("admission"));
    assertOnlyProblem(b, "cycles[0].internal[2]", "icm",
        "'admission' is an event; the internal role holds an internal structure of the agent-in-focus");
  }

  @Test
  void nonInternalStructureInInternal() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.internal.add("caseload"));
    assertOnlyProblem(b, "cycles[0].internal[2]", "icm",
        "'caseload' is not an internal structure (it has no internalTo) and cannot be in the internal role of "
            + "cycle 'icm'");
  }

  @Test
  void agentInOutcomes() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.outcomes.add(Outcome.of("alf")));
    assertOnlyProblem(b, "cycles[0].outcomes[2].ref", "icm",
        "'alf' is an agent; the outcomes role holds a structure, an event or a position-practice");
  }

  @Test
  void positionPracticeInOutcomes() {
    // A position-practice can itself be created, reproduced, changed or eroded (issue 14): an outcome may name one.
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.outcomes.add(Outcome.of("gp-role")));
    assertEquals(List.of(), b.problems());
  }

  @Test
  void sameElementInTwoConditionRoles() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.internal.add("gp-view"));
    assertOnlyProblem(b, "cycles[0].internal[2]", "icm",
        "'gp-view' is listed twice in cycle 'icm' (in external and in internal)");
  }

  @Test
  void sameElementTwiceInExternal() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.external.add(Condition.of("risk-tool").withEffect(Effect.ENABLES)));
    assertOnlyProblem(b, "cycles[0].external[3]", "icm",
        "'risk-tool' is listed twice in cycle 'icm' (in external and in external)");
  }

  @Test
  void sameOutcomeTwice() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.outcomes.add(Outcome.of("caseload").withTerm(Term.LONG)));
    assertOnlyProblem(b, "cycles[0].outcomes[2].ref", "icm", "'caseload' is listed twice in the outcomes of cycle 'icm'");
  }

  @Test
  void outcomeThatIsAlsoAnExternalEntryIsFeedbackAndFine() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.outcomes.add(Outcome.of("risk-tool").withChange(Change.REPRODUCED)));
    assertEquals(List.of(), b.problems());
  }

  @Test
  void agentInFocusAlsoInContext() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agentsInContext.add("matron"));
    assertOnlyProblem(b, "cycles[0].agentsInContext[1]", "icm",
        "'matron' is the agent-in-focus of cycle 'icm' and cannot also be an agent-in-context");
  }

  @Test
  void agentInContextTwice() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agentsInContext.add("gp"));
    assertOnlyProblem(b, "cycles[0].agentsInContext[1]", "icm", "agent-in-context 'gp' is listed twice in cycle 'icm'");
  }
}

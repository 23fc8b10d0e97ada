package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.editCycle;
import static org.sstlib.core.CaseFixture.fixture;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code follows} and {@code time} never contradict: a case in which they put cycles in a loop is refused, with the
 * problem at every follows entry and time on the loop. And an internal entry marked unavailable must be an internal
 * entry of its cycle.
 *
 * <p>The fixture's icm runs 2015-06/2016-03 and planning follows icm.
 */
class TimeOrderRulesTest {

  @Test
  void cycleThatFollowsAnotherButEndsBeforeItBeginsIsRefusedAtTheFollowsAndBothTimes() {
    Case.Builder b = fixture();
    editCycle(b, 1, c -> c.time = Optional.of("2014"));
    List<Problem> problems = b.problems();
    assertEquals(java.util.Set.of("cycles[1].follows[0] planning", "cycles[1].time planning", "cycles[0].time icm"),
        problems.stream().map(p -> p.path() + " " + p.elementId()).collect(Collectors.toSet()), problems::toString);
    assertEquals(3, problems.size(), problems::toString);
    for (Problem p : problems) {
      assertTrue(p.message().contains("'planning' follows 'icm'"), p.message());
      assertTrue(p.message().contains("'icm' (time 2015-06/2016-03) begins after 'planning' (time 2014) ends"),
          p.message());
      assertTrue(p.message().contains("correct a time or a follows"), p.message());
    }
    InvalidCaseException e = assertThrows(InvalidCaseException.class, b::build);
    assertEquals(problems, e.problems());
  }

  @Test
  void contradictionThroughACycleWithNoTimeIsRefused() {
    // review follows planning, which follows icm; icm begins after review ends.
    Case.Builder b = fixture().cycle(Cycle.builder("review", "Review").site("s").time("2013").follows("planning")
        .agentInFocus("gp").external("risk-tool").agency(ActiveAgency.builder("rev", "R").build())
        .outcome("caseload").build());
    List<String> paths = b.problems().stream().map(Problem::path).sorted().collect(Collectors.toList());
    assertEquals(List.of("cycles[0].time", "cycles[1].follows[0]", "cycles[2].follows[0]", "cycles[2].time"),
        paths, b.problems()::toString);
    assertTrue(b.problems().get(0).message().contains("'review' follows 'planning'; 'planning' follows 'icm'"),
        b.problems().get(0).message());
  }

  @Test
  void timesThatAgreeWithFollowsAreAccepted() {
    Case.Builder b = fixture();
    editCycle(b, 1, c -> c.time = Optional.of("2016-03/2017"));
    assertEquals(List.of(), b.problems());
    // Overlapping times do not order the cycles, so they do not contradict follows.
    editCycle(b, 1, c -> c.time = Optional.of("2015"));
    assertEquals(List.of(), b.problems());
  }

  @Test
  void aLoopOfFollowsAloneIsReportedOnceAsALoop() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.follows = List.of("planning"));
    editCycle(b, 1, c -> c.time = Optional.of("2014"));
    assertOnlyProblem(b, "cycles[0].follows", "icm", "icm -> planning -> icm");
  }

  @Test
  void unavailableInternalEntryMustBeAnInternalEntry() {
    Case.Builder b = fixture();
    editCycle(b, 1, c -> c.unavailableInternal = List.of("matron-knows-caseload"));
    assertOnlyProblem(b, "cycles[1].internal", "planning",
        "'matron-knows-caseload' is marked unavailable but is not in the internal role of cycle 'planning'");
  }

  @Test
  void unavailableInternalEntryMayBeAnotherAgentsKnowledge() {
    Case.Builder b = fixture();
    // alf-view is Alf's: as an available internal entry of the matron's cycle it is refused, as a lack accepted.
    editCycle(b, 0, c -> c.internal = List.of("matron-knows-caseload", "team-ethos", "alf-view"));
    assertTrue(b.problems().stream().anyMatch(p -> p.path().equals("cycles[0].internal[2]")), b.problems()::toString);
    editCycle(b, 0, c -> c.unavailableInternal = List.of("alf-view"));
    assertEquals(List.of(), b.problems());
    assertEquals(List.of("alf-view"), b.build().cycles().get(0).unavailableInternal());
  }
}

package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.fixture;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence has a quote or a note, and a claim about a role ({@code cycle/element}) names an element that plays a
 * role in that cycle.
 *
 * <p>Each test breaks the valid case of {@link CaseFixture} in one way and pins the element id, the case-file
 * path and the gist of the message of the problem.
 */
class EvidenceRulesTest {
  @Test
  void neitherQuoteNorNote() {
    Case.Builder b = fixture().evidence(Evidence.builder("ev-2", "paper").locator("p. 3").build());
    assertOnlyProblem(b, "evidence[1]", "ev-2", "evidence 'ev-2' has neither a quote nor a note");
  }

  @Test
  void blankQuoteAndNoteCountAsNone() {
    Case.Builder b = fixture().evidence(Evidence.builder("ev-2", "paper").quote(" ").note("\n\t").build());
    assertOnlyProblem(b, "evidence[1]", "ev-2", "has neither a quote nor a note");
  }

  @Test
  void noteAloneIsEnough() {
    assertEquals(List.of(), fixture().evidence(Evidence.builder("ev-2", "paper").note("n").build()).problems());
  }

  @Test
  void roleClaimForAnElementWithNoRoleInTheCycle() {
    Case.Builder b = fixture().evidence(Evidence.builder("ev-2", "paper").note("n").supports("icm/alf").build());
    assertOnlyProblem(b, "evidence[1].supports[0]", "ev-2",
        "evidence 'ev-2' supports 'icm/alf', but 'alf' plays no role in cycle 'icm'");
  }

  @Test
  void roleClaimForAnOutcomeOfAnotherCycle() {
    Case.Builder b = fixture().evidence(Evidence.builder("ev-2", "paper").note("n")
        .supports("icm/bcf-template", "planning/bcf-template", "planning/risk-tool").build());
    assertOnlyProblem(b, "evidence[1].supports[2]", "ev-2", "'risk-tool' plays no role in cycle 'planning'");
  }

  @Test
  void roleClaimsForEveryRoleAreFine() {
    Case.Builder b = fixture().evidence(Evidence.builder("ev-2", "paper").note("n").supports(
        "icm/matron", "icm/gp", "icm/case-manager", "icm/risk-tool", "icm/wall-phone", "icm/team-ethos",
        "icm/icm-discussion", "icm/caseload", "icm/admission").build());
    assertEquals(List.of(), b.problems());
  }

  @Test
  void supportsEveryKindOfElement() {
    Case.Builder b = fixture().evidence(Evidence.builder("ev-2", "paper").note("n")
        .supports("alf", "gp-role", "risk-tool", "admission", "icm", "plan").build());
    assertEquals(List.of(), b.problems());
  }
}

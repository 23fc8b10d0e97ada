package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.editCycle;
import static org.sstlib.core.CaseFixture.fixture;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agency's {@code drawsOn} and {@code conditionedBy}, and an outcome's {@code producedBy}, name entries of
 * their own cycle only.
 *
 * <p>Each test breaks the valid case of {@link CaseFixture} in one way and pins the element id, the case-file
 * path and the gist of the message of the problem.
 */
class CycleLinkRulesTest {
  @Test
  void drawsOnAnInternalStructureTheCycleDoesNotList() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agency.set(0, ActiveAgency.builder("icm-discussion", "Reviews")
        .drawsOn("matron-knows-caseload", "gp-view").build()));
    assertOnlyProblem(b, "cycles[0].agency[0].drawsOn[1]", "icm-discussion",
        "agency 'icm-discussion' draws on 'gp-view', which is not in the internal role of cycle 'icm'");
  }

  @Test
  void drawsOnNearMissSuggestsTheInternalEntry() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agency.set(0, ActiveAgency.builder("icm-discussion", "Reviews")
        .drawsOn("team-etos").build()));
    assertOnlyProblem(b, "cycles[0].agency[0].drawsOn[0]", "icm-discussion", "did you mean 'team-ethos'?");
  }

  @Test
  void conditionedBySomethingThatIsNotAConditionOfTheCycle() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agency.set(0, ActiveAgency.builder("icm-discussion", "Reviews")
        .conditionedBy("risk-tool", "caseload").build()));
    assertOnlyProblem(b, "cycles[0].agency[0].conditionedBy[1]", "icm-discussion",
        "agency 'icm-discussion' is conditioned by 'caseload', which is not an external or material entry of "
            + "cycle 'icm'");
  }

  @Test
  void conditionedByAMaterialEntryIsFine() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agency.set(0, ActiveAgency.builder("icm-discussion", "Reviews")
        .conditionedBy("wall-phone").build()));
    assertEquals(List.of(), b.problems());
  }

  @Test
  void producedByAnAgencyOfAnotherCycle() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.outcomes.set(0, Outcome.of("caseload").withProducedBy("plan")));
    assertOnlyProblem(b, "cycles[0].outcomes[0].producedBy[0]", "icm",
        "outcome 'caseload' is produced by 'plan', which is not an agency of cycle 'icm'");
  }
}

package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.editCycle;
import static org.sstlib.core.CaseFixture.fixture;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A code cites a concept of one of the case's codebooks as {@code codebook:concept}, on every kind of element.
 *
 * <p>Each test breaks the valid case of {@link CaseFixture} in one way and pins the element id, the case-file
 * path and the gist of the message of the problem.
 */
class CodeRulesTest {
  private Case.Builder withEventCode(String code) {
    return fixture().event(Event.builder("fall", "Alf falls").codes(code).build());
  }

  @Test
  void unknownCodebook() {
    assertOnlyProblem(withEventCode("ix:vertical"), "events[1].codes[0]", "fall",
        "code 'ix:vertical' names codebook 'ix', which the case does not define", "did you mean 'ic'?");
  }

  @Test
  void unknownConcept() {
    assertOnlyProblem(withEventCode("ic:vertcal"), "events[1].codes[0]", "fall",
        "code 'ic:vertcal': codebook 'ic' has no concept 'vertcal'", "did you mean 'vertical'?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"vertical", ":vertical", "ic:", "", ":"})
  void codeNotOfTheFormCodebookConcept(String code) {
    assertOnlyProblem(withEventCode(code), "events[1].codes[0]", "fall",
        "code '" + code + "' is not of the form codebook:concept");
  }

  @Test
  void codeOnAgencyAndCycle() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> {
      c.codes = List.of("ic:vertical", "ic:nope");
      c.agency.set(0, ActiveAgency.builder("icm-discussion", "R").codes("xx:vertical").build());
    });
    assertEquals(List.of("cycles[0].codes[1] icm", "cycles[0].agency[0].codes[0] icm-discussion"),
        b.problems().stream().map(p -> p.path() + " " + p.elementId()).collect(Collectors.toList()));
  }

  @Test
  void codeOfEveryKindOfElementIsChecked() {
    Case.Builder b = fixture();
    b.agents.set(3, Agent.builder("alf", "Alf", AgentType.INDIVIDUAL).codes("q:q").build());
    b.positionPractices.set(1, PositionPractice.builder("gp-role", "GP").codes("q:q").build());
    b.structures.set(2, Structure.builder("caseload", "C", StructureForm.OTHER).codes("q:q").build());
    assertEquals(List.of("agents[3].codes[0]", "positionPractices[1].codes[0]", "structures[2].codes[0]"),
        b.problems().stream().map(Problem::path).collect(Collectors.toList()));
  }

  @Test
  void narrowerConceptIsAValidCode() {
    assertEquals(List.of(), withEventCode("ic:vertical-health-social").problems());
  }
}

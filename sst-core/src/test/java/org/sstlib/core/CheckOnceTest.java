package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.fixture;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The model's rules run once for each state of a builder: asking for the problems and then building (as a case file
 * does) checks once, and any change to the builder is checked again.
 */
class CheckOnceTest {

  @Test
  void buildingAfterAskingForProblemsRunsTheRulesOnce() {
    Case.Builder b = fixture();

    assertEquals(List.of(), b.problems());
    b.problems();
    b.build();

    assertEquals(1, b.checkRuns);
  }

  @Test
  void anythingAddedAfterACheckIsCheckedAgain() {
    Case.Builder b = fixture();
    assertEquals(List.of(), b.problems());

    b.evidence(Evidence.builder("ev-2", "paper").build());

    assertOnlyProblem(b, "evidence[1]", "ev-2", "neither a quote nor a note");
    assertThrows(InvalidCaseException.class, b::build);
    assertEquals(2, b.checkRuns);
    List<UnaryOperator<Case.Builder>> changes = List.of(
        c -> c.citation("x"), c -> c.doi("x"), c -> c.base("not an iri"), c -> c.analyst(new Analyst("rh2", "")),
        c -> c.source(new Source("paper", SourceType.OTHER, Optional.empty(), Optional.empty(), Optional.empty())),
        c -> c.agent(Agent.builder("gp", "Duplicate", AgentType.INDIVIDUAL).build()),
        c -> c.positionPractice(PositionPractice.builder("gp", "Duplicate").build()),
        c -> c.structure(Structure.builder("gp", "Duplicate", StructureForm.OTHER).build()),
        c -> c.event(Event.builder("gp", "Duplicate").build()),
        c -> c.cycle(Cycle.builder("gp", "Duplicate").site("s").agentInFocus("gp").build()),
        c -> c.codebook(new Codebook("ic", "Duplicate", ImmutableList.of())));
    for (int i = 0; i < changes.size(); i++) {
      Case.Builder checked = fixture();
      checked.problems();
      changes.get(i).apply(checked);
      checked.problems();
      assertEquals(2, checked.checkRuns, "change " + i + " was not checked again");
    }
  }
}

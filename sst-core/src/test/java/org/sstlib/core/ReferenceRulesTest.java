package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sstlib.core.CaseFixture.assertHasProblem;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.editCycle;
import static org.sstlib.core.CaseFixture.fixture;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every id a case refers to names an element of the right kind: a dangling or mistyped reference is a problem
 * at its path, with a suggestion when an id is close (and none when it is far).
 *
 * <p>Each test breaks the valid case of {@link CaseFixture} in one way and pins the element id, the case-file
 * path and the gist of the message of the problem.
 */
class ReferenceRulesTest {
  @Test
  void memberOfUnknownAgent() {
    Case.Builder b = fixture();
    b.agents.set(1, Agent.builder("matron", "Community matron", AgentType.INDIVIDUAL).memberOf("team", "tem")
        .build());
    assertOnlyProblem(b, "agents[1].memberOf[1]", "matron",
        "agent 'tem' is referenced by agent 'matron' but not defined", "did you mean 'team'?");
  }

  @Test
  void occupiedByUnknownAgent() {
    Case.Builder b = fixture();
    b.positionPractices.set(1, PositionPractice.builder("gp-role", "GP").occupiedBy("gp", "matorn").build());
    assertOnlyProblem(b, "positionPractices[1].occupiedBy[1]", "gp-role",
        "agent 'matorn' is referenced by position-practice 'gp-role' but not defined", "did you mean 'matron'?");
  }

  @Test
  void relationToUnknownPositionPractice() {
    Case.Builder b = fixture();
    b.positionPractices.set(0, PositionPractice.builder("case-manager", "Case manager").occupiedBy("matron")
        .relation("gp-rol", "refers to").build());
    assertOnlyProblem(b, "positionPractices[0].relations[0].to", "case-manager",
        "position-practice 'gp-rol' is referenced by position-practice 'case-manager' but not defined",
        "did you mean 'gp-role'?");
  }

  @Test
  void relationToAStructureIsTheWrongKind() {
    Case.Builder b = fixture();
    b.positionPractices.set(0, PositionPractice.builder("case-manager", "Case manager").occupiedBy("matron")
        .relation("risk-tool", "uses").build());
    assertOnlyProblem(b, "positionPractices[0].relations[0].to", "case-manager",
        "'risk-tool' is a structure, not a position-practice");
  }

  @Test
  void internalToUnknownAgent() {
    Case.Builder b = fixture();
    b.structures.add(Structure.builder("gp-habit", "Habit", StructureForm.OTHER)
        .internalTo("gpp", InternalKind.GENERAL_DISPOSITIONAL).build());
    assertOnlyProblem(b, "structures[8].internalTo", "gp-habit",
        "agent 'gpp' is referenced by structure 'gp-habit' but not defined", "did you mean 'gp'?");
  }

  @Test
  void sharedStructureWithAnUnknownHolder() {
    Case.Builder b = fixture();
    b.structures.add(Structure.builder("shared-habit", "Habit")
        .internalTo(InternalKind.GENERAL_DISPOSITIONAL, "gp", "gpp").build());
    assertOnlyProblem(b, "structures[8].internalTo[1]", "shared-habit",
        "agent 'gpp' is referenced by structure 'shared-habit' but not defined", "did you mean 'gp'?");
  }

  @Test
  void sharedStructureWithAHolderListedTwice() {
    Case.Builder b = fixture();
    b.structures.add(Structure.builder("shared-habit", "Habit")
        .internalTo(InternalKind.GENERAL_DISPOSITIONAL, "gp", "alf", "gp").build());
    assertOnlyProblem(b, "structures[8].internalTo[2]", "shared-habit",
        "'gp' is listed twice in internalTo of structure 'shared-habit'");
  }

  @Test
  void aboutUnknownElement() {
    Case.Builder b = fixture();
    b.structures.set(3, Structure.builder("matron-knows-caseload", "Knows", StructureForm.OTHER)
        .internalTo("matron", InternalKind.CONJUNCTURALLY_SPECIFIC).about("caseload", "caseloda").build());
    assertOnlyProblem(b, "structures[3].about[1]", "matron-knows-caseload",
        "structure 'matron-knows-caseload' is about 'caseloda', which is not defined", "did you mean 'caseload'?");
  }

  @Test
  void ofUnknownAgent() {
    Case.Builder b = fixture();
    b.structures.set(7, Structure.builder("wall-phone", "Phone", StructureForm.MATERIAL_RESOURCE).of("afl")
        .build());
    assertOnlyProblem(b, "structures[7].of", "wall-phone",
        "agent 'afl' is referenced by structure 'wall-phone' but not defined", "did you mean 'alf'?");
  }

  @Test
  void followsUnknownCycle() {
    Case.Builder b = fixture();
    editCycle(b, 1, c -> c.follows = List.of("icn"));
    assertOnlyProblem(b, "cycles[1].follows[0]", "planning",
        "cycle 'icn' is referenced by cycle 'planning' but not defined", "did you mean 'icm'?");
  }

  @Test
  void followsAnEventIsTheWrongKind() {
    Case.Builder b = fixture();
    editCycle(b, 1, c -> c.follows = List.of("admission"));
    assertOnlyProblem(b, "cycles[1].follows[0]", "planning", "'admission' is an event, not a cycle");
  }

  @Test
  void unknownAgentInFocus() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agentInFocus = "matorn");
    // With its agent-in-focus unknown, the cycle's internal entries cannot be checked against it.
    assertOnlyProblem(b, "cycles[0].agentInFocus", "icm",
        "agent 'matorn' is referenced by cycle 'icm' but not defined", "did you mean 'matron'?");
  }

  @Test
  void structureAsAgentInFocus() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agentInFocus = "risk-tool");
    assertHasProblem(b, "cycles[0].agentInFocus", "icm", "'risk-tool' is a structure, not an agent");
  }

  @Test
  void unknownAgentInContext() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agentsInContext = List.of("gp", "alff"));
    assertOnlyProblem(b, "cycles[0].agentsInContext[1]", "icm",
        "agent 'alff' is referenced by cycle 'icm' but not defined", "did you mean 'alf'?");
  }

  @Test
  void unknownPositionPractice() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.positionPractice = Optional.of("case-manger"));
    assertOnlyProblem(b, "cycles[0].positionPractice", "icm",
        "position-practice 'case-manger' is referenced by cycle 'icm' but not defined",
        "did you mean 'case-manager'?");
  }

  @Test
  void unknownExternalEntry() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.external.set(1, Condition.of("bcf-templat")));
    assertOnlyProblem(b, "cycles[0].external[1]", "icm", "'bcf-templat' is not defined",
        "did you mean 'bcf-template'?");
  }

  @Test
  void unknownMaterialEntry() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.material.set(0, Condition.of("wall-phon")));
    assertOnlyProblem(b, "cycles[0].material[0]", "icm", "'wall-phon' is not defined",
        "did you mean 'wall-phone'?");
  }

  @Test
  void unknownInternalEntry() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.internal.set(1, "team-etos"));
    assertOnlyProblem(b, "cycles[0].internal[1]", "icm", "'team-etos' is not defined",
        "did you mean 'team-ethos'?");
  }

  @Test
  void unknownOutcome() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.outcomes.set(0, Outcome.of("casload")));
    assertOnlyProblem(b, "cycles[0].outcomes[0].ref", "icm", "'casload' is not defined",
        "did you mean 'caseload'?");
  }

  @Test
  void unknownEvidenceSource() {
    Case.Builder b = fixture();
    b.evidence.set(0, Evidence.builder("ev-template", "papr").note("n").build());
    assertOnlyProblem(b, "evidence[0].source", "ev-template",
        "source 'papr' is referenced by evidence 'ev-template' but not defined", "did you mean 'paper'?");
  }

  @Test
  void evidenceSourceThatIsAnAgent() {
    Case.Builder b = fixture();
    b.evidence.set(0, Evidence.builder("ev-template", "alf").note("n").build());
    assertOnlyProblem(b, "evidence[0].source", "ev-template", "'alf' is an agent, not a source");
  }

  @Test
  void unknownEvidenceAnalyst() {
    Case.Builder b = fixture();
    b.evidence.set(0, Evidence.builder("ev-template", "paper").note("n").by("hr").build());
    assertOnlyProblem(b, "evidence[0].by", "ev-template",
        "analyst 'hr' is referenced by evidence 'ev-template' but not defined", "did you mean 'rh'?");
  }

  @Test
  void evidenceSupportsUnknownElement() {
    Case.Builder b = fixture();
    b.evidence.set(0, Evidence.builder("ev-template", "paper").note("n").supports("risk-tol").build());
    assertOnlyProblem(b, "evidence[0].supports[0]", "ev-template",
        "evidence 'ev-template' supports 'risk-tol', which is not an element of the case",
        "did you mean 'risk-tool'?");
  }

  @Test
  void evidenceSupportsASourceWhichIsNoElement() {
    Case.Builder b = fixture();
    b.evidence.set(0, Evidence.builder("ev-template", "paper").note("n").supports("risk-tool", "paper").build());
    assertOnlyProblem(b, "evidence[0].supports[1]", "ev-template",
        "evidence 'ev-template' supports 'paper', which is not an element of the case");
  }

  @Test
  void evidenceSupportsRoleInUnknownCycle() {
    Case.Builder b = fixture();
    b.evidence.set(0, Evidence.builder("ev-template", "paper").note("n").supports("icn/risk-tool").build());
    assertOnlyProblem(b, "evidence[0].supports[0]", "ev-template",
        "evidence 'ev-template' supports 'icn/risk-tool', but 'icn' is not a cycle", "did you mean 'icm'?");
  }

  @Test
  void unknownBroaderConcept() {
    Case.Builder b = fixture();
    b.codebooks.set(0, new Codebook("ic", "Integration", ImmutableList.of(
        Codebook.Concept.of("vertical", "Vertical integration"),
        new Codebook.Concept("vertical-health-social", "Health with social care", Optional.of("verticle")))));
    assertOnlyProblem(b, "codebooks[0].concepts[1].broader", "ic",
        "concept 'vertical-health-social' has broader concept 'verticle', which codebook 'ic' does not define",
        "did you mean 'vertical'?");
  }

  @Test
  void farMissGivesNoSuggestion() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.external.set(1, Condition.of("quantum-flux-capacitor")));
    Problem p = assertOnlyProblem(b, "cycles[0].external[1]", "icm", "'quantum-flux-capacitor' is not defined");
    assertFalse(p.message().contains("did you mean"), p.message());
  }
}

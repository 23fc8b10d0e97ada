package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.fixture;
import static org.sstlib.core.CaseFixture.internalWithoutKind;
import static org.sstlib.core.CaseFixture.kindWithoutHolder;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a structure says about itself: an internal structure has a holder ({@code internalTo}) and a kind,
 * and only it may say what it is {@code about}; {@code of} names an agent, on material resources and embodied
 * capacities only.
 *
 * <p>Each test breaks the valid case of {@link CaseFixture} in one way and pins the element id, the case-file
 * path and the gist of the message of the problem.
 */
class StructureRulesTest {
  @Test
  void internalStructureWithoutKind() {
    Case.Builder b = fixture().structure(internalWithoutKind("gp-habit", "gp"));
    assertOnlyProblem(b, "structures[8].kind", "gp-habit", "internal structure 'gp-habit' has no kind",
        "conjuncturally-specific or general-dispositional");
  }

  @Test
  void kindWithoutInternalTo() {
    Case.Builder b = fixture().structure(kindWithoutHolder("habit"));
    assertOnlyProblem(b, "structures[8].kind", "habit", "structure 'habit' has a kind but no internalTo");
  }

  @Test
  void aboutWithoutInternalTo() {
    Case.Builder b = fixture().structure(Structure.builder("policy", "Policy", StructureForm.POLICY)
        .about("caseload").build());
    assertOnlyProblem(b, "structures[8].about", "policy",
        "structure 'policy' says what it is about but has no internalTo");
  }

  @Test
  void aboutItself() {
    Case.Builder b = fixture().structure(Structure.builder("gp-habit", "Habit", StructureForm.OTHER)
        .internalTo("gp", InternalKind.GENERAL_DISPOSITIONAL).about("gp-habit").build());
    assertOnlyProblem(b, "structures[8].about[0]", "gp-habit", "structure 'gp-habit' is about itself");
  }

  /**
   * BUG (CaseChecker.checkStructure, the {@code about} loop): an {@code about} that names a source, evidence,
   * analyst or codebook is reported as "not defined", though it is defined; it should say what it is, as the role
   * checks do ("'paper' is a source; ...").
   */
  @Test
  void aboutASourceSaysItIsASourceNotThatItIsUndefined() {
    Case.Builder b = fixture().structure(Structure.builder("gp-habit", "Habit", StructureForm.OTHER)
        .internalTo("gp", InternalKind.GENERAL_DISPOSITIONAL).about("paper").build());
    Problem p = assertOnlyProblem(b, "structures[8].about[0]", "gp-habit", "'paper'");
    assertFalse(p.message().contains("not defined"), p.message());
    assertTrue(p.message().contains("source"), p.message());
  }

  @Test
  void aboutAnyKindOfElementIsFine() {
    Case.Builder b = fixture().structure(Structure.builder("gp-habit", "Habit", StructureForm.OTHER)
        .internalTo("gp", InternalKind.GENERAL_DISPOSITIONAL)
        .about("alf", "gp-role", "risk-tool", "admission", "icm", "plan", "matron-knows-caseload").build());
    assertEquals(List.of(), b.problems());
  }

  @Test
  void materialFormWithInternalTo() {
    Case.Builder b = fixture().structure(Structure.builder("strength", "Alf's strength",
        StructureForm.EMBODIED_CAPACITY).internalTo("alf", InternalKind.GENERAL_DISPOSITIONAL).build());
    assertOnlyProblem(b, "structures[8].form", "strength",
        "internal structure 'strength' has form embodied-capacity",
        "material resources and embodied capacities are not internal structures");
  }

  @Test
  void internalStructureNeedsNoForm() {
    Case.Builder b = fixture().structure(Structure.builder("gp-ethic", "Ethic of continuity of care")
        .internalTo("gp", InternalKind.GENERAL_DISPOSITIONAL).build());
    assertEquals(List.of(), b.problems());
    assertEquals(java.util.Optional.empty(), b.build().element("gp-ethic", Structure.class).orElseThrow().form());
  }

  @Test
  void internalStructureMayKeepTheVersionOneFormOther() {
    Case.Builder b = fixture().structure(Structure.builder("gp-ethic", "Ethic", StructureForm.OTHER)
        .internalTo("gp", InternalKind.GENERAL_DISPOSITIONAL).build());
    assertEquals(List.of(), b.problems());
  }

  @Test
  void internalStructureWithTheFormOfARuleOrResource() {
    Case.Builder b = fixture().structure(Structure.builder("gp-reading", "Reads the model as saving money",
        StructureForm.MODEL_OF_CARE).internalTo("gp", InternalKind.GENERAL_DISPOSITIONAL).build());
    assertOnlyProblem(b, "structures[8].form", "gp-reading", "internal structure 'gp-reading' has form model-of-care",
        "an internal structure is knowledge or a disposition");
  }

  @Test
  void structureThatIsNotInternalStillNeedsAForm() {
    Case.Builder b = fixture().structure(Structure.builder("protocol", "Conveyance protocol").build());
    assertOnlyProblem(b, "structures[8].form", "protocol", "structure 'protocol' has no form",
        "or make it an internal structure with internalTo");
  }

  @Test
  void internalStructureWithNoFormInTheMaterialRole() {
    Case.Builder b = fixture().structure(Structure.builder("gp-ethic", "Ethic")
        .internalTo("gp", InternalKind.GENERAL_DISPOSITIONAL).build());
    CaseFixture.editCycle(b, 0, e -> e.material.add(Condition.of("gp-ethic")));
    assertTrue(b.problems().stream().anyMatch(p -> p.message().contains("'gp-ethic' has no form; the material role")),
        b.problems().toString());
  }

  @Test
  void ofOnANonMaterialStructure() {
    Case.Builder b = fixture().structure(Structure.builder("alf-plan", "Alf's care plan", StructureForm.ARTEFACT)
        .of("alf").build());
    assertOnlyProblem(b, "structures[8].of", "alf-plan", "structure 'alf-plan' has 'of' but its form is artefact",
        "only material-resource and embodied-capacity structures name whose they are");
  }

  @Test
  void ofOnAnEmbodiedCapacityIsFine() {
    Case.Builder b = fixture().structure(Structure.builder("strength", "Strength", StructureForm.EMBODIED_CAPACITY)
        .of("alf").build());
    assertEquals(List.of(), b.problems());
  }

  @Test
  void ofAnEventIsTheWrongKind() {
    Case.Builder b = fixture().structure(Structure.builder("bed", "Bed", StructureForm.MATERIAL_RESOURCE)
        .of("admission").build());
    assertOnlyProblem(b, "structures[8].of", "bed", "'admission' is an event, not an agent");
  }
}

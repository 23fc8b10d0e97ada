package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The small valid case that the rule tests of {@link CaseChecker} break one defect at a time (modelled on Hughes et
 * al. 2022), and the assertions they share about the problems a builder reports.
 */
final class CaseFixture {

  private CaseFixture() {}

  // Indices in the fixture, so a path in a test can be read against it:
  // agents: 0 team (collective), 1 matron (member of team), 2 gp, 3 alf
  // positionPractices: 0 case-manager, 1 gp-role
  // structures: 0 risk-tool, 1 bcf-template, 2 caseload, 3 matron-knows-caseload (matron), 4 team-ethos (team),
  //             5 gp-view (gp), 6 alf-view (alf), 7 wall-phone (material, of alf)
  // events: 0 admission
  // cycles: 0 icm (focus matron, context gp, drawsOn team), 1 planning (focus team, follows icm)
  // sources: 0 paper; analysts: 0 rh; evidence: 0 ev-template; codebooks: 0 ic

  /** A new builder of the valid case described above. */
  static Case.Builder fixture() {
    return Case.builder("c", "Integrated care in Alf's town")
        .analyst(new Analyst("rh", "Gemma Hughes"))
        .source(new Source("paper", SourceType.DOCUMENT, Optional.of("policy"), Optional.of("Hughes et al."),
            Optional.of("2022")))
        .agent(Agent.builder("team", "ICM team", AgentType.COLLECTIVE).build(),
            Agent.builder("matron", "Community matron", AgentType.INDIVIDUAL).memberOf("team").build(),
            Agent.builder("gp", "GP", AgentType.INDIVIDUAL).build(),
            Agent.builder("alf", "Alf", AgentType.INDIVIDUAL).build())
        .positionPractice(
            PositionPractice.builder("case-manager", "Case manager").occupiedBy("matron")
                .relation("gp-role", "refers to").build(),
            PositionPractice.builder("gp-role", "General practitioner").occupiedBy("gp").build())
        .structure(
            Structure.builder("risk-tool", "Risk stratification tool", StructureForm.TECHNOLOGY)
                .codes("ic:vertical").build(),
            Structure.builder("bcf-template", "BCF planning template", StructureForm.TECHNOLOGY).build(),
            Structure.builder("caseload", "The matron's caseload", StructureForm.ORGANISATIONAL_ARRANGEMENT).build(),
            Structure.builder("matron-knows-caseload", "Knows who is on the caseload", StructureForm.OTHER)
                .internalTo("matron", InternalKind.CONJUNCTURALLY_SPECIFIC).about("caseload").build(),
            Structure.builder("team-ethos", "Keep people out of hospital")
                .internalTo("team", InternalKind.GENERAL_DISPOSITIONAL).build(),
            Structure.builder("gp-view", "The GP's view of the risk list")
                .internalTo("gp", InternalKind.CONJUNCTURALLY_SPECIFIC).about("risk-tool").build(),
            Structure.builder("alf-view", "Alf wants to stay at home", StructureForm.OTHER)
                .internalTo("alf", InternalKind.GENERAL_DISPOSITIONAL).build(),
            Structure.builder("wall-phone", "Telephone fixed to the wall", StructureForm.MATERIAL_RESOURCE)
                .of("alf").build())
        .event(Event.builder("admission", "Alf is admitted").build())
        .cycle(icm().build(), planning().build())
        .evidence(Evidence.builder("ev-template", "paper").quote("a short verbatim quote").by("rh")
            .supports("risk-tool", "icm/risk-tool").build())
        .codebook(new Codebook("ic", "Integration", ImmutableList.of(
            Codebook.Concept.of("vertical", "Vertical integration"),
            new Codebook.Concept("vertical-health-social", "Health with social care", Optional.of("vertical")))));
  }

  /** The fixture's first cycle, {@code icm}, as a builder to change before adding it again. */
  static Cycle.Builder icm() {
    return Cycle.builder("icm", "Integrated case management meeting")
        .site("ICM meetings in the localities")
        .time("2015-06/2016-03")
        .agentInFocus("matron")
        .agentsInContext("gp")
        .positionPractice("case-manager")
        .external("risk-tool")
        .external(Condition.of("bcf-template").withEffect(Effect.CONSTRAINS).withForce(Force.IRRESISTIBLE_FORCE))
        .external("gp-view")
        .material("wall-phone")
        .internal("matron-knows-caseload", "team-ethos")
        .drawsOn("team")
        .agency(ActiveAgency.builder("icm-discussion", "Reviews the risk list").reflexivity(Reflexivity.ROUTINE)
            .build())
        .outcome("caseload")
        .outcome(Outcome.of("admission").withChange(Change.EVENT).withTerm(Term.SHORT).withIntended(Intended.NO));
  }

  /** The fixture's second cycle, {@code planning}, which follows {@code icm}. */
  static Cycle.Builder planning() {
    return Cycle.builder("planning", "Partnership planning")
        .site("Partnership board")
        .follows("icm")
        .agentInFocus("team")
        .external("caseload", "admission")
        .internal("team-ethos")
        .agency(ActiveAgency.builder("plan", "Plans the pooled budget").build())
        .outcome(Outcome.of("bcf-template").withChange(Change.CHANGED));
  }

  /** Asserts that the builder has exactly one problem, with this path and element id and these message parts. */
  static Problem assertOnlyProblem(Case.Builder b, String path, String elementId, String... messageParts) {
    List<Problem> problems = b.problems();
    assertEquals(1, problems.size(), () -> "expected one problem at " + path + " but got " + problems);
    return assertProblem(problems.get(0), path, elementId, messageParts);
  }

  /** Asserts that one of the builder's problems has this path and element id and these message parts. */
  static Problem assertHasProblem(Case.Builder b, String path, String elementId, String... messageParts) {
    List<Problem> problems = b.problems();
    Problem atPath = problems.stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
    return assertProblem(atPath, path, elementId, messageParts);
  }

  private static Problem assertProblem(Problem p, String path, String elementId, String... messageParts) {
    assertEquals(path, p.path(), p::toString);
    assertEquals(elementId, p.elementId(), p::toString);
    for (String part : messageParts) {
      assertTrue(p.message().contains(part), () -> "message lacks [" + part + "]: " + p.message());
    }
    return p;
  }

  /** A copy of the cycle with {@code change} applied to its fields (see {@link CycleEdit}). */
  static Cycle edit(Cycle c, Consumer<CycleEdit> change) {
    CycleEdit e = CycleEdit.of(c);
    change.accept(e);
    return e.build();
  }

  /** Replaces the builder's cycle at {@code index} with a copy that {@code change} has edited. */
  static void editCycle(Case.Builder b, int index, Consumer<CycleEdit> change) {
    b.cycles.set(index, edit(b.cycles.get(index), change));
  }

  /**
   * An internal structure with no kind, made with the record's constructor: {@link Structure.Builder} sets the
   * holder and the kind together, so only a case check can catch this.
   */
  static Structure internalWithoutKind(String id, String holder) {
    return new Structure(id, "x", Optional.empty(), Optional.empty(), ImmutableList.of(), Optional.empty(),
        ImmutableList.of(holder), Optional.empty(), ImmutableList.of(), Optional.empty());
  }

  /** A structure with a kind but no holder ({@code internalTo}), made with the record's constructor. */
  static Structure kindWithoutHolder(String id) {
    return new Structure(id, "x", Optional.empty(), Optional.empty(), ImmutableList.of(),
        Optional.of(StructureForm.OTHER),
        ImmutableList.of(), Optional.of(InternalKind.GENERAL_DISPOSITIONAL), ImmutableList.of(), Optional.empty());
  }
}

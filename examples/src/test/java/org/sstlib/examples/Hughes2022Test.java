package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Scale;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.core.testing.ReferenceCase;

/** The findings of Hughes, Shaw and Greenhalgh (2022) that the reference case must hold. */
class Hughes2022Test {
  private final Case hughes = ReferenceCase.read();
  private final ChainGraph chain = ChainGraph.of(hughes);

  private Cycle cycle(String id) {
    return hughes.element(id, Cycle.class).orElseThrow(() -> new AssertionError("no cycle " + id));
  }

  @Test
  void nationalPolicyReachesAlfsPositionPracticeThroughEverySite() {
    List<ChainPath> paths = chain.paths("admission-avoidance-policy", "alf-at-home");
    assertFalse(paths.isEmpty(), "no chain from the national policy to Alf's life at home");
    // The shortest chain of structures that were there: the fall, reached only through absences, aside.
    ChainPath shortest = paths.stream()
        .filter(p -> p.steps().stream().noneMatch(s -> s.kind() == StepKind.ABSENT_FOR)).findFirst()
        .orElseThrow(() -> new AssertionError(paths.toString()));
    List<String> cycles = shortest.steps().stream().map(ChainStep::cycle).distinct().collect(Collectors.toList());
    assertEquals(List.of("partnership-strategy", "bcf-planning", "icm-meeting", "alf-daily-life"), cycles,
        shortest.toString());
    assertEquals(StepKind.ENACTED_IN, shortest.steps().get(shortest.length() - 1).kind());
    assertTrue(shortest.nodes().contains("ic-strategy"), shortest.toString());
  }

  @Test
  void theChainRunsFromMacroToMicro() {
    ChainPath shortest = chain.paths("admission-avoidance-policy", "alf-at-home").get(0);
    List<Scale> scales = shortest.steps().stream().map(ChainStep::cycle).distinct()
        .map(id -> cycle(id).scale().orElseThrow()).collect(Collectors.toList());
    for (int i = 1; i < scales.size(); i++) {
      assertTrue(scales.get(i).compareTo(scales.get(i - 1)) >= 0, "scale goes back up: " + scales);
    }
    assertEquals(Scale.MACRO, hughes.element("admission-avoidance-policy").orElseThrow().scale().orElseThrow());
    assertEquals(Scale.MICRO, scales.get(scales.size() - 1));
  }

  @Test
  void theFamilyAndIntegratedCareWereUnavailableWhenAlfFell() {
    Cycle fall = cycle("fall-morning");
    Set<String> unavailable = fall.conditions().stream().filter(c -> !c.available()).map(Condition::ref)
        .collect(Collectors.toSet());
    assertTrue(unavailable.containsAll(Set.of("family-help", "matron-monthly-call", "alf-on-caseload",
        "icm-model")), unavailable.toString());
    for (String absent : unavailable) {
      List<ChainStep> there = chain.stepsFrom(absent).stream().filter(s -> s.cycle().equals("fall-morning")).toList();
      assertFalse(there.isEmpty(), absent + " is absent for no agency of the fall");
      assertTrue(there.stream().allMatch(s -> s.kind() == StepKind.ABSENT_FOR && s.to().equals("call-for-help")),
          absent + " conditions the agency of the fall although it was unavailable: " + there);
    }
  }

  @Test
  void materialAndEmbodiedConditionsDecidedTheFall() {
    Cycle fall = cycle("fall-morning");
    Set<String> material = fall.material().stream().filter(Condition::available).map(Condition::ref)
        .collect(Collectors.toSet());
    assertTrue(material.containsAll(Set.of("wall-phone", "head-injury", "alf-dizziness", "alf-breathlessness")),
        material.toString());
    // The stairs belong to an earlier fall, not this one.
    assertTrue(fall.material().stream().noneMatch(c -> c.ref().equals("stairs")), fall.material().toString());
    for (String id : material) {
      Structure s = hughes.element(id, Structure.class).orElseThrow();
      assertTrue(s.isMaterial(), id + " is in the material role but has form " + s.form());
      assertEquals("alf", s.of().orElseThrow(), id);
    }
    assertEquals(java.util.Optional.of(StructureForm.EMBODIED_CAPACITY),
        hughes.element("alf-breathlessness", Structure.class).orElseThrow().form());
    Set<String> events = fall.outcomes().stream().filter(o -> o.change().equals(java.util.Optional.of(Change.EVENT)))
        .map(o -> o.ref()).collect(Collectors.toSet());
    assertEquals(Set.of("alf-fall", "emergency-call"), events);
    assertTrue(chain.reaches("wall-phone", "emergency-admission"));
  }

  @Test
  void theAmbulanceCrewFollowingTheirProtocolAdmitsAlfNotAlfHimself() {
    Cycle response = cycle("ambulance-response");
    assertEquals("ambulance-crew", response.agentInFocus());
    assertEquals(List.of("fall-morning"), response.follows());
    assertTrue(response.external().stream().anyMatch(c -> c.ref().equals("crew-protocol")));
    assertTrue(response.material().stream().anyMatch(c -> c.ref().equals("locked-door")));
    assertTrue(chain.stepsTo("emergency-admission").stream()
        .allMatch(s -> s.cycle().equals("ambulance-response") && s.from().equals("take-to-hospital")),
        chain.stepsTo("emergency-admission").toString());
    assertTrue(chain.reaches("crew-protocol", "emergency-admission"));
    assertTrue(cycle("fall-morning").outcomes().stream().noneMatch(o -> o.ref().equals("emergency-admission")));
  }

  @Test
  void theIcmTeamIsInFocusAtItsMeeting() {
    Cycle meeting = cycle("icm-meeting");
    assertEquals("icm-team", meeting.agentInFocus());
    assertEquals(java.util.Optional.of("icm-team-work"), meeting.positionPractice());
    for (String id : meeting.internal()) {
      // The team's own internal structures, or one it shares (the lens of integrated care, L165).
      assertTrue(hughes.element(id, Structure.class).orElseThrow().internalTo().contains("icm-team"), id);
    }
    assertEquals(java.util.Optional.of(org.sstlib.core.InternalKind.CONJUNCTURALLY_SPECIFIC),
        hughes.element("team-knows-patients-services", Structure.class).orElseThrow().kind(),
        "knowledge of particular patients and services is conjuncturally-specific");
  }

  @Test
  void theBetterCareFundCameAfterTheStrategyItDoesNotCondition() {
    Cycle strategy = cycle("partnership-strategy");
    assertTrue(strategy.external().stream().noneMatch(c -> c.ref().equals("bcf-policy")));
    assertTrue(strategy.agency().stream().noneMatch(a -> a.conditionedBy().contains("bcf-policy")));
    assertTrue(cycle("bcf-planning").external().stream().anyMatch(c -> c.ref().equals("bcf-policy")));
    assertEquals(List.of("partnership-strategy"), cycle("bcf-planning").follows());
  }

  @Test
  void icmIsReproducedAsACostSavingPracticeThroughTheBetterCareFund() {
    // A feedback loop: the structure conditions the planners' agency, which reproduces it.
    assertTrue(chain.reaches("icm-cost-saving", "icm-cost-saving"));
    boolean reproducedInPlanning = chain.stepsTo("icm-cost-saving").stream()
        .anyMatch(s -> s.cycle().equals("bcf-planning") && s.change().equals(java.util.Optional.of(Change.REPRODUCED)));
    assertTrue(reproducedInPlanning);
    assertTrue(cycle("icm-meeting").external().stream().anyMatch(c -> c.ref().equals("icm-cost-saving")));
    assertTrue(chain.stepsTo("caseload").stream().anyMatch(s -> s.cycle().equals("icm-meeting")
        && s.change().equals(java.util.Optional.of(Change.REPRODUCED))));
    assertTrue(chain.reaches("caseload", "caseload"));
  }

  @Test
  void technologiesAreExternalStructures() {
    for (String id : List.of("bcf-template", "risk-tool")) {
      assertEquals(java.util.Optional.of(StructureForm.TECHNOLOGY),
          hughes.element(id, Structure.class).orElseThrow().form(), id);
    }
    assertTrue(cycle("bcf-planning").external().stream().anyMatch(c -> c.ref().equals("bcf-template")));
    assertTrue(cycle("icm-meeting").external().stream().anyMatch(c -> c.ref().equals("risk-tool")));
  }

  @Test
  void professionalsHoldTheIntegratedCareLensAndAlfDoesNot() {
    Set<String> holders = hughes.structures().stream()
        .filter(s -> s.about().contains("icm-model") || s.about().contains("ic-policy"))
        .flatMap(s -> s.internalTo().stream()).collect(Collectors.toSet());
    assertTrue(holders.size() >= 2, holders.toString());
    assertFalse(holders.contains("alf"), "the lens of integrated care was not available to patients: " + holders);
  }

  @Test
  void everyClaimIsGroundedInEvidenceFromTheSources() {
    assertTrue(hughes.evidence().size() >= 12);
    for (Evidence e : hughes.evidence()) {
      EvidenceKind kind = e.kind().orElseThrow(() -> new AssertionError(e.id() + " has no kind"));
      assertTrue(e.locator().isPresent(), e.id() + " has no locator");
      if (kind.quotesTheField()) {
        // Words of the field (the vignette, Box 2, the strategy document) are quoted, never paraphrased.
        assertTrue(e.quote().isPresent(), e.id() + " (" + kind.code() + ") has no quote");
      }
      if (kind == EvidenceKind.ANALYST) {
        // The analysts' own inference is a note, not a quote: the paper is silent on what it classifies.
        assertTrue(e.note().isPresent() && e.quote().isEmpty(), e.id() + ": an analyst item is a note");
      }
    }
    // The paper prints no interviewee's words, so no item is a participant's.
    assertTrue(hughes.evidence().stream().noneMatch(e -> e.kind().equals(Optional.of(EvidenceKind.PARTICIPANT))));
    assertTrue(hughes.evidence().stream().flatMap(e -> e.supports().stream()).anyMatch(s -> s.contains("/")),
        "no role claims (cycle/element)");
  }
}

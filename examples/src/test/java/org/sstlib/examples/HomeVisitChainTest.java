package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.examples.HomeVisitChain.MRS_B_AT_HOME;
import static org.sstlib.examples.HomeVisitChain.POLICY;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Force;
import org.sstlib.core.Outcome;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.ShortestPaths;

/** {@link HomeVisitChain}: the case it builds, the chain through it, and what {@code main} prints. */
class HomeVisitChainTest {
  private static final String FIRST = "home-first-policy -conditions-> set-slots -produces-> visit-slots "
      + "-conditions-> stay-longer -produces-> care-plan -conditions-> keep-routine -enactedIn-> mrs-b-at-home";
  private static final String SECOND = "home-first-policy -conditions-> set-slots -produces-> visit-slots "
      + "-conditions-> stay-longer -produces-> referral -conditions-> keep-routine -enactedIn-> mrs-b-at-home";

  private final Case visits = HomeVisitChain.build();
  private final ChainGraph chain = ChainGraph.of(visits);

  private Cycle cycle(String id) {
    return visits.element(id, Cycle.class).orElseThrow(() -> new AssertionError("no cycle " + id));
  }

  @Test
  void threeCyclesFollowOneAnother() {
    assertEquals(List.of("contract-round", "home-visit", "week-at-home"),
        visits.cycles().stream().map(Cycle::id).toList());
    assertEquals(List.of("contract-round"), cycle("home-visit").follows());
    assertEquals(List.of("home-visit"), cycle("week-at-home").follows());
    assertEquals(List.of("nurse", "mrs-b"), List.of(cycle("home-visit").agentInFocus(),
        cycle("week-at-home").agentInFocus()));
  }

  @Test
  void theVisitSlotsAreAnOutcomeOfOneCycleAndAnExternalStructureOfTheNext() {
    assertEquals(List.of("visit-slots"), cycle("contract-round").outcomes().stream().map(Outcome::ref).toList());
    assertEquals(List.of("visit-slots"), cycle("home-visit").external().stream().map(Condition::ref).toList());
    assertEquals(List.of("set-slots"), cycle("contract-round").outcomes().get(0).producedBy());
  }

  @Test
  void twoPathsLeadFromThePolicyToMrsB() {
    assertEquals(List.of(FIRST, SECOND), chain.paths(POLICY, MRS_B_AT_HOME).stream().map(ChainPath::toString)
        .toList());
  }

  @Test
  void oneSearchFromThePolicyFindsTheFirstOfThosePaths() {
    ShortestPaths fromPolicy = chain.shortestPathsFrom(POLICY);
    assertEquals(List.of("set-slots", "visit-slots", "stay-longer", "care-plan", "district-nurse", "referral",
        "keep-routine", "mrs-b-at-home"), fromPolicy.reached());
    assertEquals(6, fromPolicy.length(MRS_B_AT_HOME));
    assertEquals(chain.paths(POLICY, MRS_B_AT_HOME).get(0), fromPolicy.path(MRS_B_AT_HOME));
    assertFalse(fromPolicy.reaches("key-safe"), "the key safe is a material condition, not on the policy's way");
  }

  @Test
  void mrsBsRoutineReproducesTheCarePlanThatConditionsIt() {
    Outcome reproduced = cycle("week-at-home").outcomes().get(0);
    assertEquals("care-plan", reproduced.ref());
    assertEquals(Change.REPRODUCED, reproduced.change().orElseThrow());
    assertTrue(chain.shortestPathsFrom("care-plan").onLoop());
    assertTrue(chain.paths("care-plan", "care-plan").isEmpty(), "a simple path never comes back to its start");
  }

  @Test
  void theNursesWordsAreQuotedAndTheForceIsTheAnalystsNote() {
    assertEquals(List.of("sst-examples"), visits.analysts().stream().map(Analyst::id).toList());
    Evidence words = evidence("ev-slots");
    assertEquals(Optional.of(EvidenceKind.PARTICIPANT), words.kind());
    assertTrue(words.quote().isPresent() && words.speakerRole().isPresent());
    // A participant's words are quoted from a source whose text is named, so that the quote can be checked.
    assertEquals(Optional.of("transcripts/int-07.txt"), visits.sources().stream()
        .filter(s -> s.id().equals(words.source())).findFirst().orElseThrow().text());
    Evidence force = evidence("ev-slots-force");
    assertEquals(Optional.of(EvidenceKind.ANALYST), force.kind());
    assertTrue(force.note().isPresent() && force.quote().isEmpty(), "an analyst's inference quotes nothing");
    // The nurse stays past her slot: the analysts read the slots as a constraint she resists at a cost.
    assertEquals(Optional.of(Force.INDEPENDENT_INFLUENCE), cycle("home-visit").external().get(0).force());
    // Both are made by the case's analysts: neither names its own.
    assertTrue(visits.evidence().stream().allMatch(e -> e.by().isEmpty()));
    for (Evidence e : visits.evidence()) {
      assertEquals(List.of("home-visit/visit-slots"), e.supports(), e.id());
    }
  }

  private Evidence evidence(String id) {
    return visits.evidence().stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no evidence " + id));
  }

  @Test
  void mainPrintsThePathsAndWhatTheSearchReaches() throws Exception {
    String printed = StandardOut.of(HomeVisitChain::main);
    assertEquals(List.of(
        "Paths from home-first-policy to mrs-b-at-home, shortest first:",
        "  1. " + FIRST,
        "  2. " + SECOND,
        "One search from home-first-policy reaches 8 elements, nearer first:",
        "  1  set-slots",
        "  2  visit-slots",
        "  3  stay-longer",
        "  4  care-plan",
        "  4  district-nurse",
        "  4  referral",
        "  5  keep-routine",
        "  6  mrs-b-at-home",
        "The shortest path to the nurse's position-practice: home-first-policy -conditions-> set-slots "
            + "-produces-> visit-slots -conditions-> stay-longer -enactedIn-> district-nurse"),
        printed.lines().toList());
  }
}

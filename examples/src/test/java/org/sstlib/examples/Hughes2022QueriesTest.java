package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Change;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.Interpretation;
import org.sstlib.rdf.query.QuadripartiteEntry;
import org.sstlib.rdf.query.RouteStep;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.query.UnavailableEntry;
import org.sstlib.rdf.query.UnrealisedOutcome;
import org.sstlib.rdf.store.SstStore;

/**
 * The findings of Hughes, Shaw and Greenhalgh (2022), asked of the reference case through the named queries, as
 * a researcher would ask them.
 */
class Hughes2022QueriesTest {
  private static SstStore store;
  private static SstQueries queries;

  @BeforeAll
  static void load() {
    store = SstStore.memory();
    store.put(ReferenceCase.read());
    queries = SstQueries.on(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void policyReachesAlfThroughStrategyTemplatesAndTheIcmMeeting() {
    ChainRoute shortest = queries.chain("admission-avoidance-policy", "alf-at-home").get(0);
    List<String> cycles = shortest.steps().stream().map(RouteStep::cycle).distinct()
        .collect(Collectors.toList());
    assertEquals(List.of("partnership-strategy", "bcf-planning", "icm-meeting", "alf-daily-life"), cycles);
    assertTrue(shortest.ids().containsAll(List.of("ic-strategy", "enter-icm-benefit", "icm-cost-saving")),
        shortest.ids().toString());
  }

  @Test
  void icmIsReproducedAsACostSavingPractice() {
    assertTrue(queries.feedback().stream().anyMatch(loop -> loop.structure().equals("icm-cost-saving")
        && loop.change() == Change.REPRODUCED && loop.cycles().contains("bcf-planning")), queries.feedback()
        .toString());
    assertTrue(queries.feedback().stream().anyMatch(loop -> loop.structure().equals("caseload")
        && loop.cycles().equals(List.of("icm-meeting"))));
  }

  @Test
  void theIntegratedCareLensIsHeldByProfessionalsAndNotByAlf() {
    List<Interpretation> readings = queries.interpretations("icm-model");
    Set<String> holders = readings.stream().map(Interpretation::holder).collect(Collectors.toSet());
    assertEquals(Set.of("bcf-officials", "icm-team"), holders);
  }

  @Test
  void nothingOfIntegratedCareWasAvailableWhenAlfFell() {
    Set<String> absent = queries.unavailable().stream().filter(u -> u.cycle().equals("fall-morning"))
        .map(UnavailableEntry::element).collect(Collectors.toSet());
    assertTrue(absent.containsAll(Set.of("family-help", "matron-monthly-call", "alf-on-caseload", "icm-model")),
        absent.toString());
    Set<String> material = queries.quadripartite("fall-morning").stream()
        .filter(e -> e.role().equals("material") && e.available().orElse(true))
        .map(QuadripartiteEntry::element).collect(Collectors.toSet());
    assertTrue(material.containsAll(Set.of("wall-phone", "head-injury", "alf-breathlessness")),
        material.toString());
    assertFalse(material.contains("glasses"), "the glasses were out of reach: unavailable");
  }

  @Test
  void theChainFromAdmissionAvoidancePolicyEndsInAlfsPositionPractice() {
    ChainRoute shortest = queries.chain("admission-avoidance-policy", "alf-at-home").get(0);
    assertEquals(List.of("admission-avoidance-policy", "agree-strategy", "ic-strategy", "enter-icm-benefit",
        "icm-cost-saving", "case-manage"), shortest.ids().subList(0, 6), shortest.ids().toString());
    assertEquals(List.of("use-services", "alf-at-home"), shortest.ids().subList(7, 9), shortest.ids().toString());
    RouteStep last = shortest.steps().get(shortest.steps().size() - 1);
    assertEquals("position-practice", last.kind());
    assertEquals(StepKind.ENACTED_IN, last.via().orElseThrow().kind());
    assertEquals("alf-daily-life", last.cycle());
    // What the ICM team reproduces for Alf is what his daily life draws on: the matron's call, his place on the
    // caseload.
    Set<String> handedOver = queries.chain("admission-avoidance-policy", "alf-at-home", 10, 12).stream()
        .map(route -> route.ids().get(6)).collect(Collectors.toSet());
    assertEquals(Set.of("matron-monthly-call", "alf-on-caseload"), handedOver);
  }

  @Test
  void theAvoidedAdmissionWasIntendedByThePlannersAndAnEmergencyAdmissionHappenedInstead() {
    List<UnrealisedOutcome> unrealised = queries.unrealised();
    assertEquals(1, unrealised.size(), unrealised.toString());
    UnrealisedOutcome avoided = unrealised.get(0);
    assertEquals("alf-admission-avoided", avoided.outcome());
    assertEquals("ambulance-response", avoided.cycle());
    assertEquals(List.of("bcf-officials", "central-government", "partnership-leaders"), avoided.intendedBy());
    assertEquals(List.of("emergency-admission"), avoided.instead());
    assertTrue(avoided.evidence().containsAll(List.of("ev-admission-not-avoided", "ev-icm-cell", "ev-strategy",
        "ev-bcf-targets")), avoided.evidence().toString());
    // Unrealised, it gives no produces step: no chain ends in it.
    assertTrue(queries.chain("admission-avoidance-policy", "alf-admission-avoided").isEmpty());
    assertTrue(queries.chain("crew-protocol", "alf-admission-avoided").isEmpty());
  }

  @Test
  void icmReproducesItselfAsACostSavingPracticeThroughTheFinancialPlans() {
    FeedbackLoop loop = queries.feedback().stream().filter(l -> l.structure().equals("icm-cost-saving"))
        .findFirst().orElseThrow(() -> new AssertionError(queries.feedback().toString()));
    assertEquals(List.of("bcf-planning"), loop.cycles());
    assertEquals(Change.REPRODUCED, loop.change());
    assertEquals(List.of("icm-cost-saving", "enter-icm-benefit", "icm-cost-saving"), loop.loop().nodes());
    assertEquals(List.of(StepKind.CONDITIONS, StepKind.PRODUCES),
        loop.loop().steps().stream().map(ChainStep::kind).collect(Collectors.toList()));
  }
}

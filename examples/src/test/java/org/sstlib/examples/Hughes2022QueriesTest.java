package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Change;
import org.sstlib.core.Lacking;
import org.sstlib.core.Effect;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.core.RelationType;
import org.sstlib.rdf.query.BearingStructure;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.Network;
import org.sstlib.rdf.query.NetworkRelation;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.Interpretation;
import org.sstlib.rdf.query.QuadripartiteEntry;
import org.sstlib.rdf.query.RouteStep;
import org.sstlib.rdf.query.ForceRow;
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

  /** The chain without the steps by which an unavailable entry is absent for an agency: what was there. */
  private static List<ChainRoute> present(String from, String to) {
    return queries.chainPaths(Map.of("from", from, "to", to, "limit", "1000", "maxLength", "14",
        "absences", "false")).routes();
  }

  private static boolean throughAnAbsence(ChainRoute route) {
    return route.path().steps().stream().anyMatch(s -> s.kind() == StepKind.ABSENT_FOR);
  }

  @Test
  void policyReachesAlfThroughStrategyTemplatesAndTheIcmMeeting() {
    ChainRoute shortest = present("admission-avoidance-policy", "alf-at-home").get(0);
    List<String> cycles = shortest.steps().stream().map(RouteStep::cycle).distinct()
        .collect(Collectors.toList());
    assertEquals(List.of("partnership-strategy", "bcf-planning", "icm-meeting", "alf-daily-life"), cycles);
    assertTrue(shortest.ids().containsAll(List.of("ic-strategy", "enter-icm-benefit", "icm-cost-saving")),
        shortest.ids().toString());
  }

  @Test
  void theTemplateIsAnIrresistibleForceOnTheOfficialsWhoLackedThePowerToResistIt() {
    // Hughes et al.: the officials "had to comply with the material requirements of the template" (L131); what
    // resisting would have cost them and what they lacked is the analysts' reading, with its evidence.
    ForceRow template = queries.forces("bcf-planning").stream().filter(f -> f.element().equals("bcf-template"))
        .findFirst().orElseThrow();
    assertEquals("bcf-officials", template.agentInFocus());
    assertEquals(List.of("complete the template as required", "show savings from integrated care"),
        template.sacrifices());
    assertEquals(List.of(Lacking.POWER), template.lacking());
    assertTrue(template.concerns().containsAll(template.sacrifices()), "what it would cost are their concerns");
    assertTrue(template.roleEvidence() >= 3, template.toString());
    // The directive and the targets are irresistible too; the case does not say what resisting them would cost.
    assertEquals(3, queries.forces("bcf-planning").size());
  }

  @Test
  void theTeamsCaseManagingIsDoneByItsLiaisonOfficerMatronAndSocialWorker() {
    ImmutableList<String> actors = ReferenceCase.read().cycles().stream().filter(c -> c.id().equals("icm-meeting"))
        .findFirst().orElseThrow().agency().stream().filter(a -> a.id().equals("case-manage")).findFirst()
        .orElseThrow().by();
    assertEquals(List.of("liaison-officer", "matron", "social-worker"), actors);
    // The other agency of the meeting is the team's own.
    assertTrue(queries.run("quadripartite", Map.of("cycle", "icm-meeting")).size() > 0);
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
  void integratedCareIsOnlyASmallPartOfTheNetworkThatSustainsAlfAtHome() {
    // Hughes et al. (L12): integrated care "was only a small part of the complex network that sustained patients
    // at home". Around Alf's position-practice: the case manager cares for him, his family supports him.
    Network network = queries.network("alf-at-home", 1);
    List<NetworkRelation> toAlf = network.relations().stream().filter(r -> r.to().equals("alf-at-home")).toList();
    assertEquals(Map.of("case-manager", RelationType.CARES_FOR, "family-carer", RelationType.SUPPORTS),
        toAlf.stream().collect(Collectors.toMap(NetworkRelation::from, NetworkRelation::type)));
    assertEquals(List.of("matron", "social-worker"), toAlf.stream().filter(r -> r.from().equals("case-manager"))
        .findFirst().orElseThrow().fromOccupants());
    // What bears on his position-practice in his daily life and the morning he fell: family, meals, outpatients,
    // the telephone and his body beside integrated care, whose structures (coded ic:) are a minority.
    List<BearingStructure> onAlf = network.bearing().stream()
        .filter(b -> b.positionPractice().equals("alf-at-home")).toList();
    Set<String> structures = onAlf.stream().map(BearingStructure::structure).collect(Collectors.toSet());
    assertTrue(structures.containsAll(Set.of("family-help", "delivered-meals", "alf-outpatients", "wall-phone",
        "alf-on-caseload", "matron-monthly-call")), structures.toString());
    Set<String> integratedCare = onAlf.stream().filter(b -> b.hasCodeOf("ic")).map(BearingStructure::structure)
        .collect(Collectors.toSet());
    assertEquals(Set.of("alf-on-caseload", "matron-monthly-call", "icm-model"), integratedCare);
    assertTrue(2 * integratedCare.size() < onAlf.size(), integratedCare.size() + " of " + onAlf.size());
  }

  @Test
  void alfsDailyLifeReproducesHisPositionPracticeAndTheFallErodesIt() {
    Map<String, String> changes = new java.util.TreeMap<>();
    for (String cycle : List.of("alf-daily-life", "fall-morning")) {
      queries.quadripartite(cycle).stream()
          .filter(e -> e.role().equals("outcome") && e.element().equals("alf-at-home"))
          .forEach(e -> changes.put(cycle, e.change().map(Change::toString).orElse("")));
    }
    assertEquals(Map.of("alf-daily-life", Change.REPRODUCED.toString(), "fall-morning", Change.ERODED.toString()),
        changes);
    // A chain from the policy may end at his position-practice as an outcome (reproduces), not only as the
    // position-practice his agency is enacted in.
    List<StepKind> lastSteps = queries.chain("admission-avoidance-policy", "alf-at-home", 1000, 14).stream()
        .map(r -> r.path().steps().get(r.path().length() - 1).kind()).distinct().sorted().toList();
    assertTrue(lastSteps.contains(StepKind.ENACTED_IN) && lastSteps.contains(StepKind.PRODUCES), lastSteps.toString());
  }

  @Test
  void theIntegratedCareLensIsHeldByProfessionalsAndNotByAlf() {
    List<Interpretation> readings = queries.interpretations("icm-model");
    Set<String> holders = readings.stream().flatMap(i -> i.holders().stream()).collect(Collectors.toSet());
    assertEquals(Set.of("bcf-officials", "icm-team", "partnership-leaders"), holders);
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
    // Through what was there: the strategy, the Better Care Fund, the ICM team's work, Alf's daily life.
    List<ChainRoute> present = present("admission-avoidance-policy", "alf-at-home");
    ChainRoute shortest = present.get(0);
    assertEquals(List.of("admission-avoidance-policy", "agree-strategy", "ic-strategy", "enter-icm-benefit",
        "icm-cost-saving", "case-manage"), shortest.ids().subList(0, 6), shortest.ids().toString());
    assertEquals(List.of("use-services", "alf-at-home"), shortest.ids().subList(7, 9), shortest.ids().toString());
    RouteStep last = shortest.steps().get(shortest.steps().size() - 1);
    assertEquals("position-practice", last.kind());
    assertEquals(StepKind.ENACTED_IN, last.via().orElseThrow().kind());
    assertEquals("alf-daily-life", last.cycle());
    // What the ICM team reproduces for Alf is what his daily life draws on: the matron's call, his place on the
    // caseload.
    Set<String> handedOver = present.stream().filter(route -> route.path().length() == 8)
        .map(route -> route.ids().get(6)).collect(Collectors.toSet());
    assertEquals(Set.of("matron-monthly-call", "alf-on-caseload"), handedOver);
    // With the absences, the shortest chain reaches his position-practice on the morning he fell: the ICM model,
    // reproduced by the financial plans, was not there for his call for help.
    ChainRoute withAbsences = queries.chain("admission-avoidance-policy", "alf-at-home").get(0);
    assertEquals(List.of("admission-avoidance-policy", "agree-strategy", "ic-strategy", "enter-icm-benefit",
        "icm-model", "call-for-help", "alf-at-home"), withAbsences.ids());
    assertEquals(StepKind.ABSENT_FOR, withAbsences.steps().get(5).via().orElseThrow().kind());
    assertEquals("fall-morning", withAbsences.steps().get(6).cycle());
  }

  @Test
  void whatWasAbsentWhenAlfFellConstrainedHisCallForHelp() {
    List<UnavailableEntry> fall = queries.unavailable().stream().filter(u -> u.cycle().equals("fall-morning"))
        .toList();
    assertEquals(List.of("external/family-help", "external/matron-monthly-call", "external/alf-on-caseload",
        "external/icm-model", "material/glasses", "internal/ic-lens"),
        fall.stream().map(u -> u.role() + "/" + u.element()).toList());
    for (UnavailableEntry absent : fall) {
      assertEquals(List.of("call-for-help"), absent.constrains(), absent.element());
      assertEquals(List.of("alf-at-home", "emergency-call"), absent.produced(), absent.element());
      // Each is one absentFor step of the chain, and never a conditions or informs step.
      ChainRoute shortest = queries.chain(absent.element(), "call-for-help").get(0);
      assertEquals(List.of(absent.element(), "call-for-help"), shortest.ids());
      assertEquals(StepKind.ABSENT_FOR, shortest.steps().get(1).via().orElseThrow().kind());
      assertTrue(shortest.steps().get(0).role().contains("absent in fall-morning"), shortest.steps().get(0).role());
      assertTrue(present(absent.element(), "call-for-help").isEmpty(), absent.element());
    }
    // Those with an effect constrain; the lens, an internal structure, takes none.
    assertTrue(fall.stream().filter(u -> !u.role().equals("internal"))
        .allMatch(u -> u.effect().equals(Optional.of(Effect.CONSTRAINS))), fall.toString());
    // Only the morning of the fall has absences.
    assertEquals(fall.size(), queries.unavailable().size());
  }

  @Test
  void nothingOfIntegratedCareReachesTheEmergencyAdmissionOrTheErosionOfAlfsLifeAtHomeExceptAsAnAbsence() {
    // Everything of integrated care: the entries and outcomes of the strategy, the planning and the ICM meetings.
    Set<String> upstream = new TreeSet<>();
    for (String cycle : List.of("partnership-strategy", "bcf-planning", "icm-meeting")) {
      queries.quadripartite(cycle).stream()
          .filter(e -> Set.of("external", "material", "internal", "outcome").contains(e.role()))
          .forEach(e -> upstream.add(e.element()));
    }
    assertTrue(upstream.containsAll(Set.of("admission-avoidance-policy", "icm-model", "icm-cost-saving",
        "matron-monthly-call", "alf-on-caseload", "ic-lens")), upstream.toString());
    int throughAbsences = 0;
    for (String from : upstream) {
      for (ChainRoute route : queries.chain(from, "emergency-admission", 1000, 14)) {
        assertTrue(throughAnAbsence(route), route.path().toString());
        throughAbsences++;
      }
      for (ChainRoute route : queries.chain(from, "alf-at-home", 1000, 14)) {
        ChainStep last = route.path().steps().get(route.path().length() - 1);
        if (last.change().equals(Optional.of(Change.ERODED))) {
          assertTrue(throughAnAbsence(route), route.path().toString());
          throughAbsences++;
        }
      }
      // Without the absences, no chain reaches them at all.
      assertEquals(List.of(), present(from, "emergency-admission"), from);
      assertTrue(present(from, "alf-at-home").stream().noneMatch(route -> route.path().steps()
          .get(route.path().length() - 1).change().equals(Optional.of(Change.ERODED))), from);
    }
    assertTrue(throughAbsences > 0, "no chain reaches the admission or the erosion even through an absence");
    // The admission itself is the crew's, following their protocol after Alf's call.
    ChainRoute crew = queries.chain("crew-protocol", "emergency-admission").get(0);
    assertEquals(List.of("crew-protocol", "take-to-hospital", "emergency-admission"), crew.ids());
    assertEquals("ambulance-response", crew.steps().get(2).cycle());
    ChainRoute call = queries.chain("wall-phone", "emergency-admission").get(0);
    assertEquals(List.of("wall-phone", "call-for-help", "emergency-call", "take-to-hospital", "emergency-admission"),
        call.ids());
  }

  @Test
  void noChainCarriesALaterCyclesOutcomeIntoAnEarlierCyclesAgency() {
    // The Better Care Fund planning follows the strategy: the ICM model it reproduces never reaches back into the
    // leaders' decision to standardise ICM, nor does the fall reach back into Alf's daily life.
    assertTrue(queries.chain("enter-icm-benefit", "standardise-icm").isEmpty());
    assertTrue(queries.chain("enter-icm-benefit", "agree-strategy").isEmpty());
    assertTrue(queries.chain("call-for-help", "use-services").isEmpty());
    assertTrue(queries.chain("take-to-hospital", "call-for-help").isEmpty());
    // The strategy's own outcome does reach the planning and the meetings, which follow it.
    assertFalse(queries.chain("standardise-icm", "enter-icm-benefit").isEmpty());
    assertFalse(queries.chain("standardise-icm", "case-manage").isEmpty());
    // The ICM meetings and the financial planning have no order between them: each feeds the other.
    assertFalse(queries.chain("case-manage", "enter-icm-benefit").isEmpty());
    assertFalse(queries.chain("enter-icm-benefit", "case-manage").isEmpty());
    assertTrue(queries.feedback().stream().noneMatch(loop -> loop.cycles().contains("partnership-strategy")
        && loop.structure().equals("icm-model")), queries.feedback().toString());
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

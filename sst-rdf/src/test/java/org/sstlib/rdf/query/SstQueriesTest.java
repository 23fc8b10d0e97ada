package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Effect;
import org.sstlib.core.Element;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Force;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Outcome;
import org.sstlib.core.Scale;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.core.testing.BruteForceOrder;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.store.ForwardingStore;
import org.sstlib.rdf.store.SstStore;

/**
 * The named queries on the reference case (Hughes, Shaw and Greenhalgh 2022) in a memory store: the answers the
 * issue asks for, agreement with the in-memory chain and with the case model, the raw form, the {@code case}
 * parameter over two cases in one store, and the errors.
 */
class SstQueriesTest {

  private static final Path REFERENCE = ReferenceCase.FILE;
  private static final String POLICY = "admission-avoidance-policy";
  private static final String ALF_AT_HOME = "alf-at-home";

  private static Case hughes;
  private static SstStore store;
  private static SstQueries queries;

  @BeforeAll
  static void load() {
    hughes = CaseFiles.read(REFERENCE);
    store = SstStore.memory();
    store.put(hughes);
    queries = SstQueries.on(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  // ------------------------------------------------------------------------------------------------ chain

  @Test
  void theChainRunsFromNationalPolicyThroughTheFieldToAlfsPositionPractice() {
    // Shortest of all: the ICM model the BCF planning reproduced was missing on the morning of the fall, and its
    // absence constrained Alf's call for help.
    ImmutableList<ChainRoute> withAbsences = queries.chain(POLICY, ALF_AT_HOME);
    assertEquals(10, withAbsences.size());
    ChainRoute shortest = withAbsences.get(0);
    assertEquals(List.of(POLICY, "agree-strategy", "ic-strategy", "enter-icm-benefit", "icm-model", "call-for-help",
        ALF_AT_HOME), shortest.ids());
    assertEquals(ChainStep.fromOutcome("icm-model", "call-for-help", StepKind.ABSENT_FOR, "fall-morning",
        "bcf-planning"), shortest.path().steps().get(4));
    assertEquals("outcome of bcf-planning, absent in fall-morning", shortest.steps().get(4).role());
    assertEquals("agency in fall-morning", shortest.steps().get(5).role());

    // Through what was there, the chain runs through every cycle of the field down to Alf's daily life.
    ImmutableList<ChainRoute> routes = queries.chainPaths(Map.of("from", POLICY, "to", ALF_AT_HOME, "absences",
        "false")).routes();
    assertEquals(10, routes.size());
    ChainRoute first = routes.get(0);
    assertEquals("hughes-2022", first.caseId());
    assertEquals(1, first.rank());
    assertEquals(List.of(POLICY, "agree-strategy", "ic-strategy", "enter-icm-benefit", "icm-cost-saving",
        "case-manage", "alf-on-caseload", "use-services", ALF_AT_HOME), first.ids());

    List<RouteStep> steps = first.steps();
    assertEquals("external in partnership-strategy", steps.get(0).role());
    assertEquals("agency in partnership-strategy", steps.get(1).role());
    // The Partnership's strategy: an outcome of the strategy cycle that conditions the BCF planning.
    assertEquals("outcome of partnership-strategy, external in bcf-planning", steps.get(2).role());
    assertEquals("The Partnership's integrated care strategy", steps.get(2).label());
    // The BCF planning cycle: ICM entered as the cause of fewer admissions, then reproduced as cost-saving.
    RouteStep enter = steps.get(3);
    assertEquals("agency in bcf-planning", enter.role());
    assertEquals("bcf-planning", enter.cycle());
    assertTrue(enter.label().contains("enter ICM as the cause of fewer emergency admissions"), enter.label());
    assertEquals("outcome of bcf-planning, external in icm-meeting", steps.get(4).role());
    assertEquals(Optional.of(Change.REPRODUCED), steps.get(4).via().orElseThrow().change());
    // The ICM meeting cycle, then Alf's daily life.
    assertEquals("agency in icm-meeting", steps.get(5).role());
    assertEquals("outcome of icm-meeting, external in alf-daily-life", steps.get(6).role());
    assertEquals("agency in alf-daily-life", steps.get(7).role());
    assertEquals("position-practice of alf-daily-life", steps.get(8).role());
    assertEquals(List.of("partnership-strategy", "bcf-planning", "icm-meeting", "alf-daily-life"),
        steps.stream().map(RouteStep::cycle).distinct().toList());
    assertEquals(List.of("structure", "agency", "structure", "agency", "structure", "agency", "structure",
        "agency", "position-practice"), steps.stream().map(RouteStep::kind).toList());
    assertEquals(Optional.empty(), steps.get(0).via());
    assertEquals(StepKind.ENACTED_IN, steps.get(8).via().orElseThrow().kind());
    for (int i = 0; i < steps.size(); i++) {
      assertEquals(i, steps.get(i).position());
      assertEquals("hughes-2022", steps.get(i).caseId());
      assertEquals(hughes.element(steps.get(i).id()).map(Element::label).orElseThrow(), steps.get(i).label());
    }
    // The template of the BCF planning cycle bears on that agency as an irresistible force.
    QuadripartiteEntry template = entry(queries.quadripartite("bcf-planning"), "external", "bcf-template");
    assertEquals(Optional.of(Effect.CONSTRAINS), template.effect());
    assertEquals(Optional.of(Force.IRRESISTIBLE_FORCE), template.force());
  }

  @Test
  void everyPathGoesFromMacroToMicro() {
    for (ChainRoute route : queries.chain(POLICY, ALF_AT_HOME)) {
      List<Scale> scales = route.steps().stream().map(s -> s.scale().orElseThrow()).toList();
      assertEquals(Scale.MACRO, scales.get(0), route.path().toString());
      assertEquals(Scale.MICRO, scales.get(scales.size() - 1), route.path().toString());
    }
  }

  @Test
  void everyPathOfWhatWasThereGoesFromMacroToMicroWithoutGoingBack() {
    // An absence may be of a structure of a larger scale than the agency it constrains (the ICM model missing on
    // the morning of the fall), so this holds of the steps of what was there: the chain without absences.
    ImmutableList<ChainRoute> routes = queries.chainPaths(Map.of("from", POLICY, "to", ALF_AT_HOME, "absences",
        "false")).routes();
    assertEquals(10, routes.size());
    for (ChainRoute route : routes) {
      assertTrue(route.path().steps().stream().noneMatch(s -> s.kind() == StepKind.ABSENT_FOR), route::toString);
      List<Scale> scales = route.steps().stream().map(s -> s.scale().orElseThrow()).toList();
      assertEquals(Scale.MACRO, scales.get(0), route.path().toString());
      assertEquals(Scale.MICRO, scales.get(scales.size() - 1), route.path().toString());
      for (int i = 1; i < scales.size(); i++) {
        assertTrue(scales.get(i - 1).compareTo(scales.get(i)) <= 0, "scale goes back up on " + route.path());
      }
    }
  }

  @Test
  void eachStepCountsTheEvidenceThatTheEvidenceQueryGivesForIt() {
    ChainRoute first = queries.chain(POLICY, ALF_AT_HOME, 1, 12).get(0);
    ImmutableList<EvidenceItem> evidence = queries.evidenceForChain(POLICY, ALF_AT_HOME, 1, 12);
    for (RouteStep step : first.steps()) {
      long expected = evidence.stream().filter(e -> e.element().equals(step.id())).map(EvidenceItem::evidence)
          .distinct().count();
      assertEquals(expected, step.evidenceCount(), step.id());
    }
    // ic-strategy: its own evidence, and its roles in the two cycles it joins on this path: the authors' account
    // and the document, and the analysts' classifications of it in each cycle.
    assertEquals(5, first.steps().get(2).evidenceCount());
    assertEquals(Set.of("ic-strategy", "partnership-strategy/ic-strategy", "bcf-planning/ic-strategy"),
        evidence.stream().filter(e -> e.element().equals("ic-strategy")).map(EvidenceItem::claim)
            .collect(Collectors.toSet()));
  }

  @Test
  void theChainEqualsTheInMemoryChainOfTheCase() {
    ChainGraph memory = ChainGraph.of(hughes);
    // The element ids of the chain (its other nodes, id@cycle, are the outcomes of each cycle).
    List<String> targets = memory.graph().nodes().stream().filter(n -> !n.contains("@")).sorted().toList();
    for (String from : List.of(POLICY, "icm-model", "bcf-template", "ic-lens")) {
      for (String to : targets) {
        List<ChainPath> expected = memory.paths(from, to);
        List<ChainPath> actual = queries.chain(from, to).stream().map(ChainRoute::path).toList();
        assertEquals(expected, actual, from + " -> " + to);
      }
    }
    assertEquals(memory.paths(POLICY, ALF_AT_HOME, 3, 9),
        queries.chain(POLICY, ALF_AT_HOME, 3, 9).stream().map(ChainRoute::path).toList());
    assertEquals(memory.paths(POLICY, ALF_AT_HOME, 100, 14),
        queries.chain(POLICY, ALF_AT_HOME, 100, 14).stream().map(ChainRoute::path).toList());
    // The shortest path has six steps (through the missing ICM model); without absences, eight.
    assertEquals(List.of(), memory.paths(POLICY, ALF_AT_HOME, 10, 5));
    assertEquals(List.of(), queries.chain(POLICY, ALF_AT_HOME, 10, 5));
    assertEquals(1, queries.chain(POLICY, ALF_AT_HOME, 1, 6).size());
    assertEquals(List.of(), queries.chainPaths(Map.of("from", POLICY, "to", ALF_AT_HOME, "maxLength", "7",
        "absences", "false")).routes());
  }

  @Test
  void theChainAgreesWithAPlainPropertyPath() {
    List<String> nodes = ChainGraph.of(hughes).graph().nodes().stream().filter(n -> !n.contains("@")).sorted()
        .toList();
    String base = hughes.base();
    for (String from : List.of(POLICY, "ic-policy", "caseload", "wall-phone", "family-help", "alf-fall")) {
      for (String to : nodes) {
        if (from.equals(to)) {
          continue;
        }
        // Trusted ids of the reference case, not user input. A structure or event is reached as the outcome entry
        // of the cycle that produced it, which names it (sst:entity); an agency or position-practice as itself.
        boolean reaches = store.ask("ASK { <" + base + from + "> <https://w3id.org/sst#chainStep>+"
            + "/<https://w3id.org/sst#entity>? <" + base + to + "> }");
        boolean hasPath = !queries.chain(from, to, 1, SstQueries.MAX_MAX_LENGTH).isEmpty();
        assertEquals(reaches, hasPath, from + " -> " + to);
      }
    }
  }

  @Test
  void anUnavailableEntryIsAbsentForTheAgencySoFamilyHelpConstrainsTheCallOnTheMorningOfTheFall() {
    // family-help conditions arrange-support in Alf's daily life; on the morning he fell it was not there, and its
    // absence constrained call-for-help.
    assertEquals(StepKind.CONDITIONS, queries.chain("family-help", "arrange-support").get(0).path().steps().get(0)
        .kind());
    ChainRoute absent = queries.chain("family-help", "call-for-help").get(0);
    assertEquals(List.of(ChainStep.of("family-help", "call-for-help", StepKind.ABSENT_FOR, "fall-morning")),
        absent.path().steps());
    assertEquals("absent in fall-morning", absent.steps().get(0).role());
    assertEquals("agency in fall-morning", absent.steps().get(1).role());
    assertFalse(queries.chain("glasses", "emergency-call").isEmpty());
    assertFalse(queries.chain("wall-phone", "emergency-call").isEmpty());
    // Without absences, what was not there leads nowhere.
    for (String from : List.of("family-help", "glasses")) {
      assertEquals(List.of(), queries.chainPaths(Map.of("from", from, "to", "call-for-help", "absences", "false"))
          .routes(), from);
    }
    assertEquals(List.of(), queries.chainPaths(Map.of("from", "glasses", "to", "emergency-call", "absences",
        "false")).routes());
    assertFalse(queries.chainPaths(Map.of("from", "wall-phone", "to", "emergency-call", "absences", "false"))
        .routes().isEmpty());
    assertFalse(queries.chainPaths(Map.of("from", "family-help", "to", "arrange-support", "absences", "false"))
        .routes().isEmpty());
  }

  @Test
  void loopsFromFeedbackNeverHangAQuery() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      // caseload, icm-model and ic-policy lie on loops.
      assertFalse(queries.chain("caseload", ALF_AT_HOME, 50, 30).isEmpty());
      assertTrue(queries.chain("caseload", "caseload").isEmpty());
      assertFalse(queries.feedback().isEmpty());
      assertFalse(queries.chain("ic-policy", "icm-model", SstQueries.MAX_LIMIT, SstQueries.MAX_MAX_LENGTH)
          .isEmpty());
    });
  }

  @Test
  void anElementGivenAsAnIriInAngleBracketsIsTheSameAsItsId() {
    String iri = "<" + hughes.base() + POLICY + ">";
    assertEquals(queries.chain(POLICY, ALF_AT_HOME), queries.chain(iri, ALF_AT_HOME));
  }

  // ------------------------------------------------------------------------------------------------ feedback

  @Test
  void icmIsReproducedAsACostSavingPracticeByBcfPlanning() {
    ImmutableList<FeedbackLoop> loops = queries.feedback();
    FeedbackLoop costSaving = loop(loops, "icm-cost-saving", List.of("bcf-planning"));
    assertEquals(Change.REPRODUCED, costSaving.change());
    assertEquals("ICM as a cost-saving practice", costSaving.label());
    assertEquals(2, costSaving.loop().length());
    assertEquals(List.of("icm-cost-saving", "enter-icm-benefit", "icm-cost-saving"), costSaving.loop().nodes());
    // ... and the savings then condition the next round of planning and the ICM meeting.
    Field field = queries.field();
    assertTrue(field.linksFrom("hughes-2022", "bcf-planning").stream()
        .anyMatch(l -> l.element().equals("icm-cost-saving") && l.toCycle().equals("icm-meeting")
            && l.role().equals("external") && l.available()));
    assertTrue(queries.quadripartite("bcf-planning").stream()
        .anyMatch(e -> e.role().equals("external") && e.element().equals("icm-cost-saving")));
  }

  @Test
  void theCaseloadIsReproducedByTheIcmMeeting() {
    FeedbackLoop caseload = loop(queries.feedback(), "caseload", List.of("icm-meeting"));
    assertEquals(Change.REPRODUCED, caseload.change());
    assertEquals("caseload", caseload.loop().from());
    assertEquals("caseload", caseload.loop().to());
  }

  @Test
  void aLoopThroughOtherCyclesIsFoundToo() {
    FeedbackLoop policy = loop(queries.feedback(), "ic-policy", List.of("partnership-strategy", "bcf-planning"));
    assertEquals(Change.REPRODUCED, policy.change());
  }

  @Test
  void everyLoopIsMadeOfStepsOfTheInMemoryChainAndClosesOnItsStructure() {
    Set<ChainStep> steps = new HashSet<>(ChainGraph.of(hughes).steps());
    ImmutableList<FeedbackLoop> loops = queries.feedback();
    assertFalse(loops.isEmpty());
    for (FeedbackLoop loop : loops) {
      assertTrue(steps.containsAll(loop.loop().steps()), loop.loop().toString());
      assertEquals(loop.structure(), loop.loop().from());
      assertEquals(loop.structure(), loop.loop().to());
      assertTrue(Set.of(Change.REPRODUCED, Change.CHANGED, Change.ERODED).contains(loop.change()));
      ChainStep closing = loop.loop().steps().get(loop.loop().length() - 1);
      assertEquals(Optional.of(loop.change()), closing.change());
      assertEquals(loop.cycles().get(loop.cycles().size() - 1), closing.cycle());
    }
  }

  // ------------------------------------------------------------------------------------------------ unavailable

  @Test
  void whenAlfFellTheFamilysHelpAndTheIntegratedCareStructuresWereNotThere() {
    ImmutableList<UnavailableEntry> entries = queries.unavailable();
    List<UnavailableEntry> fall = entries.stream().filter(e -> e.cycle().equals("fall-morning")).toList();
    assertEquals(List.of("family-help", "matron-monthly-call", "alf-on-caseload", "icm-model", "glasses",
        "ic-lens"), fall.stream().map(UnavailableEntry::element).toList());
    assertEquals(List.of("external", "external", "external", "external", "material", "internal"),
        fall.stream().map(UnavailableEntry::role).toList());
    assertEquals("Help from Alf's family", fall.get(0).label());
    assertEquals(Optional.of(Effect.CONSTRAINS), fall.get(0).effect());
    assertEquals(List.of("call-for-help"), fall.get(0).constrains());
    // Nothing else is unavailable anywhere in the case: the model says the same.
    List<String> expected = new ArrayList<>();
    for (Cycle c : hughes.cycles()) {
      c.conditions().stream().filter(e -> !e.available()).forEach(e -> expected.add(c.id() + "/" + e.ref()));
      c.unavailableInternal().forEach(ref -> expected.add(c.id() + "/" + ref));
    }
    assertEquals(expected, entries.stream().map(e -> e.cycle() + "/" + e.element()).toList());
  }

  // ------------------------------------------------------------------------------------------------ quadripartite

  @Test
  void theCycleOfTheFallHasTheWallPhoneAndTheInjuryAsMaterialConditionsAndTheCrewTheLockedDoor() {
    ImmutableList<QuadripartiteEntry> table = queries.quadripartite("fall-morning");
    QuadripartiteEntry phone = entry(table, "material", "wall-phone");
    assertEquals(Optional.of(Effect.ENABLES), phone.effect());
    assertEquals(Optional.of(true), phone.available());
    QuadripartiteEntry injury = entry(table, "material", "head-injury");
    assertEquals(Optional.of(Effect.CONSTRAINS), injury.effect());
    assertEquals("Alf's head injury: bleeding heavily, dazed, unable to stand", injury.label());
    QuadripartiteEntry glasses = entry(table, "material", "glasses");
    assertEquals(Optional.of(false), glasses.available());
    assertEquals(Optional.of(Effect.CONSTRAINS), glasses.effect());
    QuadripartiteEntry call = entry(table, "outcome", "emergency-call");
    assertEquals(Optional.of(Change.EVENT), call.change());
    assertEquals(List.of("call-for-help"), call.producedBy());
    assertEquals("alf", entry(table, "agent-in-focus", "alf").element());
    assertEquals(ALF_AT_HOME, entry(table, "position-practice", ALF_AT_HOME).element());
    // The crew, following their protocol, find the door locked and take Alf to hospital.
    ImmutableList<QuadripartiteEntry> crew = queries.quadripartite("ambulance-response");
    QuadripartiteEntry door = entry(crew, "material", "locked-door");
    assertEquals(Optional.of(Effect.CONSTRAINS), door.effect());
    assertEquals(Optional.of(Force.INDEPENDENT_INFLUENCE), door.force());
    QuadripartiteEntry admission = entry(crew, "outcome", "emergency-admission");
    assertEquals(Optional.of(Change.EVENT), admission.change());
    assertEquals(List.of("take-to-hospital"), admission.producedBy());
    assertEquals("ambulance-crew", entry(crew, "agent-in-focus", "ambulance-crew").element());
  }

  @Test
  void everyQuadripartiteTableHoldsTheCycleOfTheModelInOrder() {
    for (Cycle c : hughes.cycles()) {
      ImmutableList<QuadripartiteEntry> table = queries.quadripartite(c.id());
      assertTrue(table.stream().allMatch(e -> e.cycle().equals(c.id()) && e.caseId().equals("hughes-2022")));
      assertEquals(List.of(c.agentInFocus()), ids(table, "agent-in-focus"));
      assertEquals(c.agentsInContext().stream().sorted().toList(), ids(table, "agent-in-context"));
      assertEquals(c.positionPractice().stream().toList(), ids(table, "position-practice"));
      assertEquals(c.external().stream().map(Condition::ref).toList(), ids(table, "external"));
      assertEquals(c.material().stream().map(Condition::ref).toList(), ids(table, "material"));
      assertEquals(c.internal(), ids(table, "internal"));
      assertEquals(c.agency().stream().map(ActiveAgency::id).toList(), ids(table, "agency"));
      assertEquals(c.outcomes().stream().map(Outcome::ref).toList(), ids(table, "outcome"));
      for (Condition e : c.external()) {
        QuadripartiteEntry entry = entry(table, "external", e.ref());
        assertEquals(e.effect(), entry.effect(), c.id() + "/" + e.ref());
        assertEquals(e.force(), entry.force(), c.id() + "/" + e.ref());
        assertEquals(Optional.of(e.available()), entry.available(), c.id() + "/" + e.ref());
      }
      for (Outcome o : c.outcomes()) {
        QuadripartiteEntry entry = entry(table, "outcome", o.ref());
        assertEquals(o.change(), entry.change());
        assertEquals(o.term(), entry.term());
        assertEquals(Optional.of(o.intended()), entry.intended());
        assertEquals(o.producedBy().stream().sorted().toList(), entry.producedBy());
      }
      for (ActiveAgency a : c.agency()) {
        assertEquals(a.reflexivity(), entry(table, "agency", a.id()).reflexivity());
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ field

  @Test
  void theFieldRunsFromTheStrategyToTheAmbulanceCrew() {
    Field field = queries.field();
    assertEquals(List.of("partnership-strategy", "bcf-planning", "icm-meeting", "alf-daily-life", "fall-morning",
        "ambulance-response"), field.cycles().stream().map(FieldCycle::cycle).toList());
    assertEquals(List.of(1, 2, 3, 4, 5, 6), field.cycles().stream().map(FieldCycle::position).toList());
    FieldCycle bcf = field.cycles().get(1);
    assertEquals(Optional.of(Scale.MESO), bcf.scale());
    assertEquals(Optional.empty(), bcf.time());
    assertEquals(List.of("partnership-strategy"), bcf.follows());
    assertEquals("bcf-officials", bcf.agentInFocus());
    assertEquals(Optional.of("bcf-planner"), bcf.positionPractice());
    // The links are exactly the outcomes of one cycle that are entries of another, as the model has them, except
    // into a cycle that comes before it (the BCF planning reproduces ic-policy and icm-model: neither feeds the
    // strategy, which came earlier and also lists them). The ICM meetings and the planning have no order between
    // them, so each feeds the other.
    BruteForceOrder order = BruteForceOrder.of(hughes);
    assertTrue(order.isEarlier("partnership-strategy", "bcf-planning"));
    assertTrue(order.isEarlier("partnership-strategy", "icm-meeting"));
    assertFalse(order.isEarlier("bcf-planning", "icm-meeting"));
    assertFalse(order.isEarlier("icm-meeting", "bcf-planning"));
    Set<List<String>> expected = new HashSet<>();
    for (Cycle from : hughes.cycles()) {
      for (Outcome o : from.outcomes()) {
        for (Cycle to : hughes.cycles()) {
          if (to == from || order.isEarlier(to.id(), from.id())) {
            continue;
          }
          to.external().stream().filter(e -> e.ref().equals(o.ref()))
              .forEach(e -> expected.add(List.of(from.id(), o.ref(), to.id(), "external", "" + e.available())));
          to.material().stream().filter(e -> e.ref().equals(o.ref()))
              .forEach(e -> expected.add(List.of(from.id(), o.ref(), to.id(), "material", "" + e.available())));
          if (to.internal().contains(o.ref())) {
            expected.add(List.of(from.id(), o.ref(), to.id(), "internal", "true"));
          }
        }
      }
    }
    assertEquals(expected, field.links().stream()
        .map(l -> List.of(l.fromCycle(), l.element(), l.toCycle(), l.role(), "" + l.available()))
        .collect(Collectors.toSet()));
    assertEquals(expected.size(), field.links().size());
    FieldLink strategy = field.linksFrom("hughes-2022", "partnership-strategy").get(0);
    assertEquals("bcf-planning", strategy.toCycle());
  }

  // ------------------------------------------------------------------------------------------------ interpretations

  @Test
  void integratedCareIsOneLensSharedAcrossTheFieldAndNotThePatients() {
    ImmutableList<Interpretation> icm = queries.interpretations("icm-model");
    // One structure, used in strategy development, financial planning and ICM meetings (Hughes et al., L165):
    // reported once, with every holder.
    List<Interpretation> lens = icm.stream().filter(i -> i.structure().equals("ic-lens")).toList();
    assertEquals(1, lens.size(), icm.toString());
    assertEquals(List.of("bcf-officials", "icm-team", "partnership-leaders"), lens.get(0).holders());
    assertEquals(3, lens.get(0).holderLabels().size());
    assertEquals(Optional.of(InternalKind.GENERAL_DISPOSITIONAL), lens.get(0).kind());
    assertTrue(lens.get(0).label().contains("avoiding hospital admissions"), lens.get(0).label());
    // The lens is not available to patients: no reading of the model is Alf's.
    assertTrue(icm.stream().noneMatch(i -> i.holders().contains("alf")), icm.toString());
    assertTrue(icm.stream().allMatch(i -> i.about().equals("icm-model")
        && i.aboutLabel().equals("Integrated case management (ICM) model of care")));
  }

  @Test
  void withoutAboutOnlyElementsThatSeveralAgentsInterpretAreListed() {
    ImmutableList<Interpretation> contested = queries.interpretations();
    Map<String, Set<String>> holders = new HashMap<>();
    contested.forEach(i -> holders.computeIfAbsent(i.about(), k -> new HashSet<>()).addAll(i.holders()));
    assertTrue(holders.values().stream().allMatch(h -> h.size() >= 2), holders.toString());
    assertTrue(holders.containsKey("icm-model"));
    // Only Alf holds a structure about the offer of paid care: not contested, but there when asked for.
    assertFalse(holders.containsKey("domiciliary-care-offer"));
    assertEquals(List.of("alf-independence"), queries.interpretations("domiciliary-care-offer").stream()
        .map(Interpretation::structure).toList());
    // The model agrees: every element about which two or more agents hold internal structures.
    Map<String, Set<String>> model = new HashMap<>();
    for (Structure s : hughes.structures()) {
      s.about().forEach(a -> model.computeIfAbsent(a, k -> new HashSet<>()).addAll(s.internalTo()));
    }
    model.values().removeIf(h -> h.size() < 2);
    assertEquals(model, holders);
  }

  @Test
  void aSharedStructureIsOneInterpretationWithEveryHolder() {
    // One lens held by the partnership leaders, the BCF officials and the ICM team (Hughes et al. 2022: "used across
    // the field of practices, in strategy development, financial planning and ICM meetings"), and the GP's own view.
    String yaml = """
        sst: "2"
        id: lens
        title: The lens of integrated care
        agents:
          - {id: leaders, label: Partnership leaders, type: collective}
          - {id: officials, label: BCF officials, type: collective}
          - {id: icm-team, label: ICM team, type: collective}
          - {id: gp, label: GP, type: individual}
        structures:
          - {id: icm-model, label: ICM model, form: model-of-care}
          - id: ic-lens
            label: Integrated care as cutting admissions
            internalTo: [officials, icm-team, leaders]
            kind: general-dispositional
            about: [icm-model]
          - {id: gp-view, label: The GP's view, internalTo: gp, kind: conjuncturally-specific, about: [icm-model]}
          - {id: shared-only, label: Shared only, internalTo: [leaders, officials], kind: general-dispositional,
             about: [gp]}
        cycles:
          - id: icm
            label: ICM meeting
            site: localities
            agentInFocus: icm-team
            external: [icm-model]
            internal: [ic-lens]
            agency: [{id: review, label: Reviews the list}]
            outcomes: [icm-model]
        """;
    try (SstStore one = SstStore.memory()) {
      one.put(CaseFiles.read(yaml, org.sstlib.core.casefile.CaseFormat.YAML, "lens.yaml"));
      SstQueries asked = SstQueries.on(one);
      ImmutableList<Interpretation> model = asked.interpretations("icm-model");
      assertEquals(List.of("gp-view", "ic-lens"), model.stream().map(Interpretation::structure).toList());
      Interpretation lens = model.get(1);
      assertEquals(List.of("icm-team", "leaders", "officials"), lens.holders());
      assertEquals(List.of("ICM team", "Partnership leaders", "BCF officials"), lens.holderLabels());
      // Without about: icm-model has four interpreters; gp has two, both holding one shared structure.
      ImmutableList<Interpretation> contested = asked.interpretations();
      assertEquals(List.of(List.of("gp", "shared-only"), List.of("icm-model", "gp-view"),
              List.of("icm-model", "ic-lens")),
          contested.stream().map(i -> List.of(i.about(), i.structure())).toList());
      QueryTable table = asked.run("interpretations", Map.of("about", "icm-model"));
      assertEquals("icm-team leaders officials", table.rows().get(1).get("holders"));
      assertEquals("ICM team; Partnership leaders; BCF officials", table.rows().get(1).get("holderLabels"));
    }
  }

  // ------------------------------------------------------------------------------------------------ factors

  @Test
  void factorsCountTheExternalAndMaterialEntriesByFormAndEffect() {
    Map<List<String>, Integer> expected = new LinkedHashMap<>();
    Map<List<String>, Integer> expectedAvailable = new LinkedHashMap<>();
    for (Cycle c : hughes.cycles()) {
      for (Condition e : c.conditions()) {
        Optional<Structure> s = hughes.element(e.ref(), Structure.class);
        if (s.isPresent()) {
          // An internal structure (an agent-in-context's, in the external role) is counted with no form.
          String form = s.get().isInternal() ? "" : s.get().form().orElseThrow().code();
          List<String> key = List.of(form, e.effect().map(Effect::code).orElse(""));
          expected.merge(key, 1, Integer::sum);
          expectedAvailable.merge(key, e.available() ? 1 : 0, Integer::sum);
        }
      }
    }
    ImmutableList<FactorCount> factors = queries.factors();
    assertEquals(expected, factors.stream().collect(Collectors.toMap(
        f -> List.of(f.form().map(StructureForm::code).orElse(""), f.effect().map(Effect::code).orElse("")),
        FactorCount::count)));
    assertEquals(expectedAvailable, factors.stream().collect(Collectors.toMap(
        f -> List.of(f.form().map(StructureForm::code).orElse(""), f.effect().map(Effect::code).orElse("")),
        FactorCount::available)));
    FactorCount embodied = factors.stream()
        .filter(f -> f.form().equals(Optional.of(StructureForm.EMBODIED_CAPACITY))
            && f.effect().equals(Optional.of(Effect.CONSTRAINS)))
        .findFirst().orElseThrow();
    assertEquals(7, embodied.count());
  }

  // ------------------------------------------------------------------------------------------------ evidence

  @Test
  void theEvidenceBehindARoleEntryIsTheEvidenceForThatClaim() {
    ImmutableList<EvidenceItem> items = queries.evidence("fall-morning/family-help");
    // The field note and the paper's account of the absence, and the analysts' classification of it (effect).
    assertEquals(List.of("ev-daughter-unwell", "ev-not-available", "ev-an-fall-conditions"),
        items.stream().map(EvidenceItem::evidence).toList());
    EvidenceItem unwell = items.get(0);
    assertEquals("fall-morning/family-help", unwell.claim());
    assertEquals("patient-fieldnotes", unwell.source());
    assertEquals(Optional.of("she’d been sent by Alf’s daughter who was unwell"), unwell.quote());
    // A field note is the researcher's record of an observation, not a participant's words: no speaker.
    assertEquals(Optional.empty(), unwell.speakerRole());
    // No item names its own analyst: each is the case's analysts' (the library's example modellers).
    assertEquals(List.of("sst-examples"), items.get(1).by());
    assertEquals(Optional.of(EvidenceKind.FIELDNOTE), unwell.kind());
    assertEquals(Optional.of(EvidenceKind.ANALYST), items.get(2).kind());
  }

  @Test
  void theEvidenceBehindAnElementIsEveryClaimAboutItAsTheModelHasThem() {
    for (String element : List.of("family-help", "icm-cost-saving", "bcf-template", "alf-at-home")) {
      Set<List<String>> expected = new HashSet<>();
      for (Evidence e : hughes.evidence()) {
        for (String claim : e.supports()) {
          if (claim.equals(element) || claim.endsWith("/" + element)) {
            expected.add(List.of(claim, e.id()));
          }
        }
      }
      ImmutableList<EvidenceItem> items = queries.evidence(element);
      assertEquals(expected, items.stream().map(i -> List.of(i.claim(), i.evidence())).collect(Collectors.toSet()),
          element);
      assertEquals(expected.size(), items.size(), element);
    }
  }

  // ------------------------------------------------------------------------------------------------ raw form

  @Test
  void theRawFormOfEveryQueryHasItsColumnsWithTheCaseFirst() {
    Map<String, Map<String, String>> params = Map.of(
        "chain", Map.of("from", POLICY, "to", ALF_AT_HOME),
        "quadripartite", Map.of("cycle", "fall-morning"),
        "interpretations", Map.of("about", "icm-model"),
        "evidence", Map.of("element", "family-help"),
        "network", Map.of("around", ALF_AT_HOME));
    // The reference case has no unrealised outcome: that query is asked of the school's timetabling.
    try (SstStore school = SstStore.memory()) {
      school.put(SchoolCase.read());
      for (String name : SstQueries.names()) {
        boolean unrealised = name.equals("unrealised");
        SstQueries asked = unrealised ? SstQueries.on(school) : queries;
        QueryTable table = asked.run(name, params.getOrDefault(name, Map.of()));
        assertEquals(SstQueries.columns(name), table.columns(), name);
        assertEquals("case", table.columns().get(0), name);
        assertFalse(table.isEmpty(), name);
        for (ImmutableMap<String, String> row : table.rows()) {
          assertEquals(table.columns(), List.copyOf(row.keySet()), name);
          assertEquals(unrealised ? SchoolCase.ID : "hughes-2022", row.get("case"), name);
        }
      }
    }
  }

  @Test
  void theRawChainWritesIdsLabelsCodesAndNumbers() {
    QueryTable table = queries.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME, "limit", "1", "absences",
        "false"));
    assertEquals(9, table.size());
    ImmutableMap<String, String> start = table.rows().get(0);
    assertEquals(ImmutableMap.builder().put("case", "hughes-2022").put("path", "1").put("position", "0")
        .put("id", POLICY).put("label", "National policy to avoid hospital admissions and move care closer to home")
        .put("kind", "structure").put("role", "external in partnership-strategy")
        .put("cycle", "partnership-strategy").put("scale", "macro").put("via", "").put("evidence", "2")
        .buildOrThrow(), start);
    assertEquals(List.of("", "conditions", "creates", "conditions", "reproduces", "conditions", "reproduces",
        "conditions", "enactedIn"), table.column("via"));
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8"), table.column("position"));
    assertEquals("micro", table.rows().get(8).get("scale"));
    // With absences (the default), the shortest path passes through the missing ICM model.
    QueryTable absences = queries.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME, "limit", "1"));
    assertEquals(List.of("", "conditions", "creates", "conditions", "reproduces", "absentFor", "enactedIn"),
        absences.column("via"));
    assertEquals("outcome of bcf-planning, absent in fall-morning", absences.rows().get(4).get("role"));
  }

  @Test
  void theRawFormsWriteCodesBooleansAndLists() {
    QueryTable quad = queries.run("quadripartite", Map.of("cycle", "fall-morning"));
    ImmutableMap<String, String> glasses = quad.rows().stream().filter(r -> r.get("element").equals("glasses"))
        .findFirst().orElseThrow();
    assertEquals("material", glasses.get("role"));
    assertEquals("constrains", glasses.get("effect"));
    assertEquals("false", glasses.get("available"));
    assertEquals("", glasses.get("change"));
    ImmutableMap<String, String> admission = queries.run("quadripartite", Map.of("cycle", "ambulance-response"))
        .rows().stream().filter(r -> r.get("element").equals("emergency-admission")).findFirst().orElseThrow();
    assertEquals("take-to-hospital", admission.get("producedBy"));
    assertEquals("unknown", admission.get("intended"));

    QueryTable feedback = queries.run("feedback", Map.of());
    ImmutableMap<String, String> caseload = feedback.rows().stream()
        .filter(r -> r.get("structure").equals("caseload")).findFirst().orElseThrow();
    assertEquals("icm-meeting", caseload.get("cycles"));
    assertEquals("reproduced", caseload.get("change"));
    assertEquals("2", caseload.get("length"));
    assertTrue(caseload.get("loop").startsWith("caseload -conditions-> "), caseload.get("loop"));

    QueryTable field = queries.run("field", Map.of());
    assertEquals("partnership-strategy", field.rows().get(1).get("follows"));
    assertTrue(field.rows().get(1).get("feeds").contains("icm-cost-saving->icm-meeting"));
    QueryTable factors = queries.run("factors", Map.of());
    assertTrue(factors.rows().stream().anyMatch(r -> r.get("form").equals("embodied-capacity")
        && r.get("effect").equals("constrains") && r.get("count").equals("7")));
  }

  @Test
  void runAndTheTypedMethodsGiveTheSameAnswer() {
    assertEquals(queries.run("unavailable", Map.of()).column("element"),
        queries.unavailable().stream().map(UnavailableEntry::element).toList());
    assertEquals(queries.run("evidence", Map.of("from", POLICY, "to", ALF_AT_HOME)).column("evidence"),
        queries.evidenceForChain(POLICY, ALF_AT_HOME).stream().map(EvidenceItem::evidence).toList());
    assertEquals(queries.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME, "limit", "4", "maxLength", "9"))
            .column("id"),
        queries.chain(POLICY, ALF_AT_HOME, 4, 9).stream().flatMap(r -> r.ids().stream()).toList());
    // An empty value is the default.
    assertEquals(queries.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME)),
        queries.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME, "limit", "", "case", "")));
  }

  // ------------------------------------------------------------------------------------------------ cases

  @Test
  void theCaseParameterPicksOneOfSeveralCasesAndEveryRowNamesItsCase() {
    Case other = Case.builder("other", "Other", hughes).build();
    try (SstStore two = SstStore.memory()) {
      two.putAll(List.of(hughes, other));
      SstQueries all = SstQueries.on(two);

      // Without a case, every case answers, each row naming its own; the shared base shares element IRIs.
      ImmutableList<UnavailableEntry> both = all.unavailable();
      assertEquals(12, both.size());
      assertEquals(List.of("hughes-2022", "other"), both.stream().map(UnavailableEntry::caseId).distinct().toList());
      assertEquals(6, both.stream().filter(e -> e.caseId().equals("other")).count());
      QueryTable raw = all.run("unavailable", Map.of());
      assertEquals(both.stream().map(UnavailableEntry::caseId).toList(), raw.column("case"));

      // With one, only that case.
      SstQueries onlyOther = all.inCase("other");
      assertEquals(Optional.of("other"), onlyOther.caseId());
      assertEquals(List.of("other"), onlyOther.unavailable().stream().map(UnavailableEntry::caseId).distinct()
          .toList());
      assertEquals(onlyOther.run("unavailable", Map.of()), all.run("unavailable", Map.of("case", "other")));
      assertEquals(Set.of("other"), Set.copyOf(all.run("factors", Map.of("case", "other")).column("case")));
      assertEquals(Set.of("hughes-2022"),
          Set.copyOf(all.run("feedback", Map.of("case", "hughes-2022")).column("case")));

      // The chain is followed in each case on its own: the same paths, once per case.
      ImmutableList<ChainRoute> routes = all.chain(POLICY, ALF_AT_HOME);
      assertEquals(20, routes.size());
      List<ChainPath> ofHughes = routes.stream().filter(r -> r.caseId().equals("hughes-2022"))
          .map(ChainRoute::path).toList();
      List<ChainPath> ofOther = routes.stream().filter(r -> r.caseId().equals("other")).map(ChainRoute::path)
          .toList();
      assertEquals(ChainGraph.of(hughes).paths(POLICY, ALF_AT_HOME), ofHughes);
      assertEquals(ofHughes, ofOther);
      assertTrue(routes.stream().allMatch(r -> r.steps().stream().allMatch(s -> s.caseId().equals(r.caseId()))));
      assertEquals(ofOther, onlyOther.chain(POLICY, ALF_AT_HOME).stream().map(ChainRoute::path).toList());
      assertEquals(Set.of("other"), Set.copyOf(all.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME,
          "case", "other")).column("case")));

      // Counts per case do not double because the cases share their nodes.
      assertEquals(queries.factors().stream().map(FactorCount::count).toList(),
          onlyOther.factors().stream().map(FactorCount::count).toList());
      assertEquals(queries.evidence("family-help").size(), onlyOther.evidence("family-help").size());
      assertEquals(2 * queries.evidence("family-help").size(), all.evidence("family-help").size());

      QueryParameterException unknownCase = assertThrows(QueryParameterException.class,
          () -> all.run("field", Map.of("case", "othr")));
      assertEquals("case", unknownCase.parameter());
      assertEquals("othr", unknownCase.value());
      assertTrue(unknownCase.getMessage().contains("did you mean 'other'?"), unknownCase.getMessage());
      assertThrows(QueryParameterException.class, () -> all.inCase("nope").field());
      assertThrows(QueryParameterException.class,
          () -> onlyOther.run("field", Map.of("case", "hughes-2022")));
    }
  }

  @Test
  void anEmptyStoreGivesEmptyAnswers() {
    try (SstStore empty = SstStore.memory()) {
      SstQueries none = SstQueries.on(empty);
      assertTrue(none.field().cycles().isEmpty());
      assertTrue(none.feedback().isEmpty());
      assertTrue(none.unavailable().isEmpty());
      assertTrue(none.factors().isEmpty());
      assertTrue(none.interpretations().isEmpty());
      assertEquals(SstQueries.columns("field"), none.run("field", Map.of()).columns());
      // An id cannot name an element when there is no case.
      assertThrows(QueryParameterException.class, () -> none.chain(POLICY, ALF_AT_HOME));
    }
  }

  // ------------------------------------------------------------------------------------------------ errors

  @Test
  void anUnknownQueryOrParameterIsACallersMistakeThatListsWhatIsAllowed() {
    IllegalArgumentException query = assertThrows(IllegalArgumentException.class,
        () -> queries.run("chian", Map.of()));
    assertTrue(query.getMessage().contains("did you mean 'chain'?"), query.getMessage());
    assertTrue(query.getMessage().contains(String.join(", ", SstQueries.names())), query.getMessage());
    IllegalArgumentException parameter = assertThrows(IllegalArgumentException.class,
        () -> queries.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME, "max", "3")));
    assertTrue(parameter.getMessage().contains("from, to, limit, maxLength, absences, case"), parameter.getMessage());
    QueryParameterException absences = assertThrows(QueryParameterException.class,
        () -> queries.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME, "absences", "yes")));
    assertEquals("absences", absences.parameter());
    assertEquals("yes", absences.value());
    assertThrows(IllegalArgumentException.class, () -> queries.run("field", Map.of("cycle", "fall-morning")));
    assertThrows(IllegalArgumentException.class, () -> SstQueries.sparql("nope"));
    assertThrows(IllegalArgumentException.class, () -> SstQueries.parameters("nope"));
    assertThrows(IllegalArgumentException.class, () -> queries.chain(POLICY, ALF_AT_HOME, 0, 12));
  }

  @Test
  void aMissingRequiredParameterNamesIt() {
    QueryParameterException from = assertThrows(QueryParameterException.class,
        () -> queries.run("chain", Map.of("to", ALF_AT_HOME)));
    assertEquals("from", from.parameter());
    assertEquals("", from.value());
    assertTrue(from.getMessage().contains("'from'"), from.getMessage());
    assertEquals("cycle", assertThrows(QueryParameterException.class,
        () -> queries.run("quadripartite", Map.of())).parameter());
    assertEquals("element", assertThrows(QueryParameterException.class,
        () -> queries.run("evidence", Map.of())).parameter());
    assertEquals("to", assertThrows(QueryParameterException.class,
        () -> queries.run("evidence", Map.of("from", POLICY))).parameter());
    assertEquals("from", assertThrows(QueryParameterException.class,
        () -> queries.run("evidence", Map.of("element", "caseload", "from", POLICY))).parameter());
  }

  @Test
  void anIdThatNamesNothingSaysSoAndSuggestsTheClosest() {
    QueryParameterException e = assertThrows(QueryParameterException.class,
        () -> queries.chain("admision-avoidance-policy", ALF_AT_HOME));
    assertEquals("from", e.parameter());
    assertEquals("admision-avoidance-policy", e.value());
    assertTrue(e.getMessage().contains("no element 'admision-avoidance-policy' in case(s) hughes-2022"),
        e.getMessage());
    assertTrue(e.getMessage().contains("did you mean 'admission-avoidance-policy'?"), e.getMessage());
    QueryParameterException cycle = assertThrows(QueryParameterException.class,
        () -> queries.quadripartite("fall-mornign"));
    assertTrue(cycle.getMessage().contains("did you mean 'fall-morning'?"), cycle.getMessage());
    QueryParameterException notACycle = assertThrows(QueryParameterException.class,
        () -> queries.quadripartite("caseload"));
    assertTrue(notACycle.getMessage().contains("'caseload' is not a cycle"), notACycle.getMessage());
    assertThrows(QueryParameterException.class, () -> queries.evidence("nowhere/family-help"));
    assertThrows(QueryParameterException.class, () -> queries.evidence("fall-morning/nobody"));
  }

  @Test
  void valuesThatAreNeitherIdsNorSafeIrisAreRefusedBeforeAnyQueryRuns() {
    CountingStore counting = new CountingStore(store);
    SstQueries watched = SstQueries.on(counting);
    for (String bad : List.of("x\" } ; DROP ALL #", "a b", "icm model", "-dash", "", "<>",
        "<file:///etc/passwd>", "<javascript:alert(1)>", "<ftp://example.org/x>", "<relative/iri>",
        "<http://example.org/a> } DROP ALL #>", "<http://example.org/a b>", "<http://example.org/{x}>",
        "<http://example.org/a%2>", "<http://example.org/a", "icm-model/x/y", "fall-morning/<x>")) {
      QueryParameterException e = assertThrows(QueryParameterException.class,
          () -> watched.run("evidence", bad.isEmpty() ? Map.of() : Map.of("element", bad)), bad);
      assertEquals("element", e.parameter(), bad);
      assertEquals(bad, e.value(), bad);
      assertThrows(QueryParameterException.class, () -> watched.chain(bad, ALF_AT_HOME), bad);
      assertThrows(QueryParameterException.class, () -> watched.quadripartite(bad), bad);
      assertThrows(QueryParameterException.class, () -> watched.interpretations(bad), bad);
    }
    for (String limit : List.of("0", "-1", "ten", "1.5", "99999999999", "10001")) {
      QueryParameterException e = assertThrows(QueryParameterException.class,
          () -> watched.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME, "limit", limit)), limit);
      assertEquals("limit", e.parameter());
      assertEquals(limit, e.value());
    }
    assertEquals("maxLength", assertThrows(QueryParameterException.class,
        () -> watched.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME, "maxLength", "1001"))).parameter());
    assertEquals(0, counting.queries, "a query ran although every value was refused");
    // An IRI of an allowed scheme that names nothing is refused as naming nothing.
    QueryParameterException nothing = assertThrows(QueryParameterException.class,
        () -> queries.evidence("<https://example.org/nothing>"));
    assertTrue(nothing.getMessage().contains("no element '<https://example.org/nothing>'"), nothing.getMessage());
    // The store is unchanged by all of this.
    assertEquals(List.of("hughes-2022"), store.caseIds());
  }

  // ------------------------------------------------------------------------------------------------ catalogue

  @Test
  void theCatalogueListsTheQueriesTheirParametersAndTheirSparql() {
    assertEquals(List.of("chain", "quadripartite", "field", "feedback", "unavailable", "interpretations",
        "factors", "evidence", "unrealised", "provenance", "forces", "network"), SstQueries.names());
    assertEquals(Map.of("from", "", "to", "", "limit", "10", "maxLength", "12", "absences", "true", "case", ""),
        SstQueries.parameters("chain"));
    assertEquals(Set.of("from", "to"), SstQueries.requiredParameters("chain"));
    assertEquals(Set.of("cycle"), SstQueries.requiredParameters("quadripartite"));
    for (String name : SstQueries.names()) {
      assertTrue(SstQueries.parameters(name).containsKey("case"), name);
      String sparql = SstQueries.sparql(name);
      assertTrue(sparql.startsWith("# " + name + ":"), name);
      assertTrue(sparql.contains("GRAPH ?case"), name);
      assertTrue(sparql.contains("Parameters"), name);
    }
    assertTrue(SstQueries.sparql("chain").contains("?from sst:chainStep* ?x"));
    assertTrue(SstQueries.sparql("roles").contains("?element"));
  }

  @Test
  void queriesMayRunFromManyThreadsAtOnce() throws Exception {
    ImmutableList<ChainRoute> expected = queries.chain(POLICY, ALF_AT_HOME);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ImmutableList<ChainRoute>>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> queries.chain(POLICY, ALF_AT_HOME)));
      }
      for (Future<ImmutableList<ChainRoute>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** A store that counts the queries it is asked, and hands everything to another. */
  private static final class CountingStore extends ForwardingStore {
    int queries;

    CountingStore(SstStore delegate) {
      super(delegate);
    }

    @Override
    protected void onQuery(Query query) {
      queries++;
    }

    @Override
    public List<String> caseIds() {
      queries++;
      return delegate.caseIds();
    }
  }

  private static QuadripartiteEntry entry(List<QuadripartiteEntry> table, String role, String element) {
    return table.stream().filter(e -> e.role().equals(role) && e.element().equals(element)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + role + " entry " + element + " in " + table));
  }

  private static List<String> ids(List<QuadripartiteEntry> table, String role) {
    return table.stream().filter(e -> e.role().equals(role)).map(QuadripartiteEntry::element).toList();
  }

  private static FeedbackLoop loop(List<FeedbackLoop> loops, String structure, List<String> cycles) {
    return loops.stream().filter(l -> l.structure().equals(structure) && l.cycles().equals(cycles)).findFirst()
        .orElseThrow(() -> new AssertionError("no loop of " + structure + " through " + cycles + " in " + loops));
  }

  private static Interpretation interpretation(List<Interpretation> list, String structure) {
    return list.stream().filter(i -> i.structure().equals(structure)).findFirst()
        .orElseThrow(() -> new AssertionError("no interpretation " + structure + " in " + list));
  }
}

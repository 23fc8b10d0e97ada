package org.sstlib.core.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Event;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;

class ChainGraphTest {

  // ------------------------------------------------------------------------------------------ an ERP case

  /**
   * Management accounting with an ERP system: the CFO sets a budget on the ERP system; the controller closes the
   * month against that budget, which produces a variance report and reproduces the ERP system (a loop). The two
   * cycles are not ordered in time, so the reproduced ERP system conditions the budget setting as well.
   */
  private static Case erpStudy() {
    return erpStudy(null, c -> c);
  }

  /**
   * The ERP case with a time for the budget setting (or none, if null) and the month-end close edited (its
   * {@code follows} or {@code time}), to order the two cycles.
   */
  private static Case erpStudy(String budgetTime, UnaryOperator<Cycle.Builder> close) {
    Cycle.Builder budgetSetting = Cycle.builder("budget-setting", "Budget setting").site("Head office")
        .agentInFocus("cfo");
    if (budgetTime != null) {
      budgetSetting.time(budgetTime);
    }
    return Case.builder("erp-study", "ERP and management accounting")
        .agent(Agent.builder("cfo", "Chief financial officer", AgentType.INDIVIDUAL).build(),
            Agent.builder("controller", "Financial controller", AgentType.INDIVIDUAL).build())
        .positionPractice(PositionPractice.builder("management-accountant", "Management accountant")
            .occupiedBy("controller").build())
        .structure(
            Structure.builder("ifrs-16", "IFRS 16 leases", StructureForm.LEGISLATION).build(),
            Structure.builder("erp-system", "ERP system", StructureForm.TECHNOLOGY).build(),
            Structure.builder("budget", "Annual budget", StructureForm.CONTRACT_OR_TARGET).build(),
            Structure.builder("variance-report", "Monthly variance report", StructureForm.ARTEFACT).build(),
            Structure.builder("consultant-support", "ERP consultant on call",
                StructureForm.ORGANISATIONAL_ARRANGEMENT).build(),
            Structure.builder("cfo-cost-focus", "Sees accounting as cost control", StructureForm.OTHER)
                .internalTo("cfo", InternalKind.GENERAL_DISPOSITIONAL).build(),
            Structure.builder("controller-knows-ledgers", "Knows the ledgers", StructureForm.OTHER)
                .internalTo("controller", InternalKind.CONJUNCTURALLY_SPECIFIC).build(),
            Structure.builder("spreadsheet-skill", "Spreadsheet skill", StructureForm.EMBODIED_CAPACITY)
                .of("controller").build())
        .event(Event.builder("audit-finding", "Auditor flags a misposting").build())
        .cycle(budgetSetting
                .external("erp-system", "ifrs-16")
                .internal("cfo-cost-focus")
                .agency(ActiveAgency.builder("set-budget", "Sets the annual budget").build())
                .outcome(Outcome.of("budget").withChange(Change.CREATED))
                .build(),
            close.apply(Cycle.builder("month-end-close", "Month-end close").site("Finance office"))
                .agentInFocus("controller")
                .positionPractice("management-accountant")
                .external(Condition.of("budget"), Condition.of("erp-system"),
                    Condition.of("consultant-support").unavailable())
                .material("spreadsheet-skill")
                .internal("controller-knows-ledgers")
                .agency(ActiveAgency.builder("reconcile", "Reconciles the ledgers").build(),
                    ActiveAgency.builder("adjust-entries", "Posts adjusting entries")
                        .conditionedBy("budget", "consultant-support").drawsOn("controller-knows-ledgers").build())
                .outcome(Outcome.of("variance-report").withChange(Change.CREATED).withProducedBy("reconcile"),
                    Outcome.of("erp-system").withChange(Change.REPRODUCED).withProducedBy("reconcile"),
                    Outcome.of("audit-finding"))
                .build())
        .build();
  }

  private static ChainStep step(String from, String to, StepKind kind, String cycle) {
    return ChainStep.of(from, to, kind, cycle);
  }

  /** The key of a step's source in {@link ChainGraph#graph()}: an outcome is {@code id@cycle}. */
  private static String fromKey(ChainStep s) {
    return s.producedIn().map(c -> s.from() + "@" + c).orElse(s.from());
  }

  private static String toKey(ChainStep s) {
    return s.kind() == StepKind.PRODUCES ? s.to() + "@" + s.cycle() : s.to();
  }

  @Test
  void everyStepKindIsBuiltFromTheModelInCaseOrder() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    String budget = "budget-setting";
    String close = "month-end-close";
    assertEquals(List.of(
            step("erp-system", "set-budget", StepKind.CONDITIONS, budget),
            step("ifrs-16", "set-budget", StepKind.CONDITIONS, budget),
            step("cfo-cost-focus", "set-budget", StepKind.INFORMS, budget),
            ChainStep.produces("set-budget", "budget", budget, Change.CREATED),
            step("budget", "reconcile", StepKind.CONDITIONS, close),
            step("consultant-support", "reconcile", StepKind.ABSENT_FOR, close),
            step("erp-system", "reconcile", StepKind.CONDITIONS, close),
            step("spreadsheet-skill", "reconcile", StepKind.CONDITIONS, close),
            step("controller-knows-ledgers", "reconcile", StepKind.INFORMS, close),
            ChainStep.produces("reconcile", "variance-report", close, Change.CREATED),
            ChainStep.produces("reconcile", "erp-system", close, Change.REPRODUCED),
            step("reconcile", "audit-finding", StepKind.PRODUCES, close),
            step("reconcile", "management-accountant", StepKind.ENACTED_IN, close),
            step("budget", "adjust-entries", StepKind.CONDITIONS, close),
            step("consultant-support", "adjust-entries", StepKind.ABSENT_FOR, close),
            step("controller-knows-ledgers", "adjust-entries", StepKind.INFORMS, close),
            step("adjust-entries", "audit-finding", StepKind.PRODUCES, close),
            step("adjust-entries", "management-accountant", StepKind.ENACTED_IN, close),
            // Then what leaves each outcome: the budget goes on into the close, the reproduced ERP system into both
            // cycles (they are not ordered in time).
            ChainStep.fromOutcome("budget", "reconcile", StepKind.CONDITIONS, close, budget),
            ChainStep.fromOutcome("budget", "adjust-entries", StepKind.CONDITIONS, close, budget),
            ChainStep.fromOutcome("erp-system", "set-budget", StepKind.CONDITIONS, budget, close),
            ChainStep.fromOutcome("erp-system", "reconcile", StepKind.CONDITIONS, close, close)),
        chain.steps());
    assertEquals(ImmutableSet.copyOf(StepKind.values()),
        chain.steps().stream().map(ChainStep::kind).collect(Collectors.toSet()));
  }

  @Test
  void graphHoldsEachStepAsTheValueOfItsEdge() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    assertEquals(chain.steps().size(), chain.graph().edges().size());
    for (ChainStep s : chain.steps()) {
      assertEquals(Optional.of(s), chain.graph().edgeValue(fromKey(s), toKey(s)), s::toString);
    }
    // The element itself never has an incoming produces step: what an agency produces is the outcome node.
    assertEquals(ImmutableSet.of(), chain.graph().predecessors("erp-system"));
    assertEquals(ImmutableSet.of("reconcile"), chain.graph().predecessors("erp-system@month-end-close"));
    assertTrue(chain.graph().isDirected());
  }

  @Test
  void nodesAreStructuresEventsPositionPracticesAndAgencyButNotAgentsOrCycles() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    assertEquals(List.of("ifrs-16", "erp-system", "budget", "variance-report", "consultant-support",
            "cfo-cost-focus", "controller-knows-ledgers", "spreadsheet-skill", "audit-finding",
            "management-accountant", "set-budget", "reconcile", "adjust-entries",
            // One node for each realised outcome entry, in the order of the cycles and their outcomes.
            "budget@budget-setting", "variance-report@month-end-close", "erp-system@month-end-close",
            "audit-finding@month-end-close"),
        List.copyOf(chain.graph().nodes()));
    for (String id : List.of("erp-system", "reconcile", "audit-finding", "management-accountant")) {
      assertTrue(chain.contains(id), id);
    }
    for (String id : List.of("erp-system@month-end-close", "controller", "month-end-close")) {
      assertFalse(chain.contains(id), id);
    }
  }

  @Test
  void unavailableEntryIsAbsentForEachAgencyThatListsIt() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    // adjust-entries names consultant-support in conditionedBy explicitly, reconcile by default.
    assertEquals(List.of(step("consultant-support", "reconcile", StepKind.ABSENT_FOR, "month-end-close"),
            step("consultant-support", "adjust-entries", StepKind.ABSENT_FOR, "month-end-close")),
        chain.stepsFrom("consultant-support"));
    assertEquals(List.of("consultant-support -absentFor-> adjust-entries -produces-> audit-finding",
            "consultant-support -absentFor-> reconcile -produces-> audit-finding",
            "consultant-support -absentFor-> reconcile -produces-> erp-system -conditions-> set-budget -produces-> "
                + "budget -conditions-> adjust-entries -produces-> audit-finding"),
        chain.paths("consultant-support", "audit-finding").stream().map(ChainPath::toString)
            .collect(Collectors.toList()));
    assertTrue(chain.reaches("consultant-support", "adjust-entries"));
    assertFalse(chain.reaches("consultant-support", "consultant-support"));
  }

  @Test
  void unavailableInternalEntryIsAbsentForTheAgencyThatDrawsOnIt() {
    Case study = Case.builder("absent", "Knowledge the clerk lacked")
        .agent(Agent.builder("clerk", "Clerk", AgentType.INDIVIDUAL).build(),
            Agent.builder("auditor", "Auditor", AgentType.INDIVIDUAL).build())
        .structure(Structure.builder("ledger", "Ledger", StructureForm.ARTEFACT).build(),
            Structure.builder("misposting", "Misposting", StructureForm.ARTEFACT).build(),
            Structure.builder("clerk-knows-vat", "Knows the VAT rules", StructureForm.OTHER)
                .internalTo("clerk", InternalKind.CONJUNCTURALLY_SPECIFIC).build(),
            Structure.builder("clerk-habit", "Posts invoices daily", StructureForm.OTHER)
                .internalTo("clerk", InternalKind.GENERAL_DISPOSITIONAL).build(),
            Structure.builder("auditor-knows-vat", "The auditor knows the VAT rules", StructureForm.OTHER)
                .internalTo("auditor", InternalKind.CONJUNCTURALLY_SPECIFIC).build())
        .cycle(Cycle.builder("posting", "Posting").site("Office").agentInFocus("clerk")
            .external("ledger")
            .internal("clerk-habit")
            // Another agent's knowledge may be named as what the agent-in-focus lacked.
            .unavailableInternal("clerk-knows-vat", "auditor-knows-vat")
            .agency(ActiveAgency.builder("post", "Posts invoices")
                .drawsOn("clerk-habit", "clerk-knows-vat", "auditor-knows-vat").build())
            .outcome(Outcome.of("misposting").withChange(Change.CREATED).withProducedBy("post"))
            .build())
        .build();
    Cycle posting = study.cycles().get(0);
    assertEquals(List.of("clerk-habit", "clerk-knows-vat", "auditor-knows-vat"), posting.internal());
    assertTrue(posting.internalAvailable("clerk-habit"));
    assertFalse(posting.internalAvailable("clerk-knows-vat"));
    ChainGraph chain = ChainGraph.of(study);
    assertEquals(List.of(step("ledger", "post", StepKind.CONDITIONS, "posting"),
            step("auditor-knows-vat", "post", StepKind.ABSENT_FOR, "posting"),
            step("clerk-habit", "post", StepKind.INFORMS, "posting"),
            step("clerk-knows-vat", "post", StepKind.ABSENT_FOR, "posting")),
        chain.stepsTo("post"));
    assertEquals("clerk-knows-vat -absentFor-> post -produces-> misposting",
        chain.paths("clerk-knows-vat", "misposting").get(0).toString());
  }

  @Test
  void producesStepCarriesTheOutcomeChangeOrNone() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    assertEquals(List.of(Optional.of(Change.CREATED), Optional.of(Change.REPRODUCED), Optional.empty(),
            Optional.empty()),
        chain.stepsFrom("reconcile").stream().map(ChainStep::change).collect(Collectors.toList()));
    assertTrue(chain.steps().stream().filter(s -> s.kind() != StepKind.PRODUCES)
        .allMatch(s -> s.change().isEmpty()));
  }

  @Test
  void stepsToListsEveryStepReachingAnElement() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    assertEquals(List.of(
            step("budget", "adjust-entries", StepKind.CONDITIONS, "month-end-close"),
            step("consultant-support", "adjust-entries", StepKind.ABSENT_FOR, "month-end-close"),
            step("controller-knows-ledgers", "adjust-entries", StepKind.INFORMS, "month-end-close"),
            ChainStep.fromOutcome("budget", "adjust-entries", StepKind.CONDITIONS, "month-end-close",
                "budget-setting")),
        chain.stepsTo("adjust-entries"));
    assertEquals(List.of(ChainStep.produces("reconcile", "erp-system", "month-end-close", Change.REPRODUCED)),
        chain.stepsTo("erp-system"));
  }

  @Test
  void outcomeOfOneCycleThatIsExternalInAnotherContinuesTheChain() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    ImmutableList<ChainPath> paths = chain.paths("ifrs-16", "variance-report");
    assertEquals(1, paths.size(), paths::toString);
    ChainPath path = paths.get(0);
    assertEquals(List.of("ifrs-16", "set-budget", "budget", "reconcile", "variance-report"), path.nodes());
    assertEquals(List.of(StepKind.CONDITIONS, StepKind.PRODUCES, StepKind.CONDITIONS, StepKind.PRODUCES),
        path.steps().stream().map(ChainStep::kind).collect(Collectors.toList()));
    assertEquals(List.of("budget-setting", "budget-setting", "month-end-close", "month-end-close"),
        path.steps().stream().map(ChainStep::cycle).collect(Collectors.toList()));
    // The budget goes on as the budget setting's outcome.
    assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of("budget-setting"), Optional.empty()),
        path.steps().stream().map(ChainStep::producedIn).collect(Collectors.toList()));
    assertEquals("ifrs-16 -conditions-> set-budget -produces-> budget -conditions-> reconcile -produces-> "
        + "variance-report", path.toString());
  }

  @Test
  void outcomeThatReproducesItsOwnConditionClosesALoop() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    assertTrue(chain.reaches("erp-system", "erp-system"));
    assertTrue(chain.reachableFrom("erp-system").contains("erp-system"));
    // A path has at least one step and no repeated element, so there is none from an element to itself.
    assertEquals(List.of(), chain.paths("erp-system", "erp-system"));
    // ifrs-16 is on no loop: it is not reachable from itself.
    assertFalse(chain.reachableFrom("ifrs-16").contains("ifrs-16"));
    assertFalse(chain.reaches("ifrs-16", "ifrs-16"));
  }

  @Test
  void outcomeOfALaterCycleNeverConditionsTheAgencyOfAnEarlierOne() {
    // Unordered, the ERP system the close reproduced conditions the budget setting too.
    assertTrue(ChainGraph.of(erpStudy()).reaches("reconcile", "set-budget"));
    for (Case ordered : List.of(
        erpStudy(null, c -> c.follows("budget-setting")),
        erpStudy("2023-01", c -> c.time("2023-02")),
        erpStudy("2022", c -> c.time("2023-01-31/2023-02-28")))) {
      ChainGraph chain = ChainGraph.of(ordered);
      String where = ordered.cycles().toString();
      assertFalse(chain.reaches("reconcile", "set-budget"), where);
      assertEquals(List.of(step("erp-system", "set-budget", StepKind.CONDITIONS, "budget-setting"),
              step("ifrs-16", "set-budget", StepKind.CONDITIONS, "budget-setting"),
              step("cfo-cost-focus", "set-budget", StepKind.INFORMS, "budget-setting")),
          chain.stepsTo("set-budget"), where);
      // Forward in time the chain goes on as before, and the close still reproduces its own condition.
      assertEquals(ChainStep.fromOutcome("budget", "reconcile", StepKind.CONDITIONS, "month-end-close",
          "budget-setting"), chain.paths("ifrs-16", "variance-report").get(0).steps().get(2), where);
      assertTrue(chain.reaches("erp-system", "erp-system"), where);
    }
    // Overlapping times do not order the cycles: the reproduced ERP system may condition the budget setting.
    ChainGraph overlapping = ChainGraph.of(erpStudy("2023", c -> c.time("2023-02")));
    assertTrue(overlapping.reaches("reconcile", "set-budget"));
  }

  @Test
  void loopThroughIsTheShortestLoopAProducesStepCloses() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    assertEquals(Optional.of("erp-system -conditions-> reconcile -produces-> erp-system"),
        chain.loopThrough("reconcile", "erp-system").map(ChainPath::toString));
    // The budget leads back to its own setting through the reproduced ERP system, while the cycles are unordered.
    assertEquals(Optional.of("budget -conditions-> reconcile -produces-> erp-system -conditions-> set-budget "
            + "-produces-> budget"),
        chain.loopThrough("set-budget", "budget").map(ChainPath::toString));
    ChainGraph ordered = ChainGraph.of(erpStudy(null, c -> c.follows("budget-setting")));
    assertEquals(Optional.empty(), ordered.loopThrough("set-budget", "budget"));
    // No produces step from the agency to the structure: no loop.
    assertEquals(Optional.empty(), chain.loopThrough("adjust-entries", "erp-system"));
    assertEquals(Optional.empty(), chain.loopThrough("reconcile", "variance-report"));
    assertThrows(IllegalArgumentException.class, () -> chain.loopThrough("controller", "erp-system"));
  }

  @Test
  void reachableFromFollowsLoopsAndStopsAtTheirEnd() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    assertEquals(ImmutableSet.of("set-budget", "reconcile", "budget", "variance-report", "erp-system",
            "audit-finding", "management-accountant", "adjust-entries"),
        ImmutableSet.copyOf(chain.reachableFrom("erp-system")));
    // Breadth-first: the agency it conditions comes before what that agency produces.
    ImmutableList<String> order = chain.reachableFrom("erp-system").asList();
    assertTrue(order.indexOf("reconcile") < order.indexOf("variance-report"), order::toString);
    assertEquals(ImmutableSet.of(), chain.reachableFrom("variance-report"));
    assertTrue(chain.reaches("cfo-cost-focus", "management-accountant"));
    assertFalse(chain.reaches("variance-report", "erp-system"));
  }

  @Test
  void shortestPathsFromGiveOnePathToEachReachedElement() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    ShortestPaths found = chain.shortestPathsFrom("erp-system");
    assertEquals("erp-system", found.from());
    assertTrue(found.onLoop());
    assertFalse(found.reaches("erp-system"));
    assertEquals(ImmutableSet.of("set-budget", "reconcile", "budget", "variance-report", "audit-finding",
        "management-accountant", "adjust-entries"), ImmutableSet.copyOf(found.reached()));
    assertEquals(chain.paths("erp-system", "variance-report").get(0), found.path("variance-report"));
    assertEquals(found.path("variance-report").length(), found.length("variance-report"));
    assertEquals(Optional.empty(), found.pathTo("ifrs-16"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> found.path("ifrs-16"));
    assertTrue(e.getMessage().contains("'ifrs-16' is not reached from 'erp-system'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> found.length("no-such-thing"));
    assertThrows(UnsupportedOperationException.class, () -> found.reached().add("x"));
    assertThrows(IndexOutOfBoundsException.class, () -> found.reached().get(found.reached().size()));
    assertFalse(chain.shortestPathsFrom("ifrs-16").onLoop());
    assertEquals(List.of(), chain.shortestPathsFrom("variance-report").reached());
    assertThrows(IllegalArgumentException.class, () -> chain.shortestPathsFrom("controller"));
  }

  @Test
  void unknownIdsAreRefusedByName() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    for (String id : List.of("no-such-thing", "controller", "month-end-close")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> chain.paths(id, "budget"));
      assertTrue(e.getMessage().contains("'" + id + "'"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> chain.paths("budget", id));
      assertTrue(e.getMessage().contains("'" + id + "'"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> chain.reachableFrom(id));
      assertThrows(IllegalArgumentException.class, () -> chain.reaches(id, "budget"));
      assertThrows(IllegalArgumentException.class, () -> chain.reaches("budget", id));
      assertThrows(IllegalArgumentException.class, () -> chain.stepsFrom(id));
      assertThrows(IllegalArgumentException.class, () -> chain.stepsTo(id));
    }
    assertThrows(NullPointerException.class, () -> chain.paths(null, "budget"));
    assertThrows(NullPointerException.class, () -> ChainGraph.of(null));
  }

  @Test
  void limitAndMaxLengthBelowOneAreRefused() {
    ChainGraph chain = ChainGraph.of(erpStudy());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> chain.paths("ifrs-16", "budget", 0, 5));
    assertTrue(e.getMessage().contains("limit"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> chain.paths("ifrs-16", "budget", 5, 0));
    assertTrue(e.getMessage().contains("maxLength"), e.getMessage());
  }

  @Test
  void linkListedTwiceIsRefusedByTheModel() {
    Case.Builder builder = Case.builder("twice", "A link listed twice")
        .agent(Agent.builder("clerk", "Clerk", AgentType.INDIVIDUAL).build())
        .structure(Structure.builder("ledger", "Ledger", StructureForm.ARTEFACT).build(),
            Structure.builder("invoice", "Invoice", StructureForm.ARTEFACT).build())
        .cycle(Cycle.builder("posting", "Posting").site("Office").agentInFocus("clerk")
            .external("ledger")
            .agency(ActiveAgency.builder("post", "Posts invoices").conditionedBy("ledger", "ledger").build())
            .outcome(Outcome.of("invoice").withProducedBy("post", "post"))
            .build());
    // A valid case cannot list a link twice, so the chain never has to choose between two steps for one pair.
    assertEquals(List.of("cycles[0].agency[0].conditionedBy[1]", "cycles[0].outcomes[0].producedBy[1]"),
        builder.problems().stream().map(p -> p.path()).collect(java.util.stream.Collectors.toList()));
  }

  // ------------------------------------------------------------------------------------------ path order

  /**
   * Two paths of two steps from x to m, through agencies declared q before p, and one of four steps through a0
   * (whose ids sort before p); m also leads back to x through b.
   */
  private static ChainGraph orderStudy() {
    Structure x = Structure.builder("x", "X", StructureForm.POLICY).build();
    Structure y = Structure.builder("y", "Y", StructureForm.STRATEGY).build();
    Structure m = Structure.builder("m", "M", StructureForm.ARTEFACT).build();
    return ChainGraph.of(Case.builder("order", "Path order")
        .agent(Agent.builder("ag", "Agent", AgentType.COLLECTIVE).build())
        .structure(x, y, m)
        .cycle(
            Cycle.builder("c1", "C1").site("s").agentInFocus("ag").external("x")
                .agency(ActiveAgency.builder("q", "Q").build(), ActiveAgency.builder("p", "P").build())
                .outcome("m").build(),
            Cycle.builder("c2", "C2").site("s").agentInFocus("ag").external("x")
                .agency(ActiveAgency.builder("a0", "A0").build()).outcome("y").build(),
            Cycle.builder("c3", "C3").site("s").agentInFocus("ag").external("y")
                .agency(ActiveAgency.builder("a1", "A1").build()).outcome("m").build(),
            Cycle.builder("c4", "C4").site("s").agentInFocus("ag").external("m")
                .agency(ActiveAgency.builder("b", "B").build())
                .outcome(Outcome.of("x").withChange(Change.REPRODUCED)).build())
        .build());
  }

  private static List<List<String>> nodes(List<ChainPath> paths) {
    return paths.stream().map(ChainPath::nodes).collect(Collectors.toList());
  }

  @Test
  void pathsComeShortestFirstThenByNodeIds() {
    ChainGraph chain = orderStudy();
    assertEquals(List.of(List.of("x", "p", "m"), List.of("x", "q", "m"), List.of("x", "a0", "y", "a1", "m")),
        nodes(chain.paths("x", "m")));
    assertEquals(List.of(List.of("m", "b", "x", "a0", "y")), nodes(chain.paths("m", "y")));
  }

  @Test
  void pathsRespectLimit() {
    ChainGraph chain = orderStudy();
    assertEquals(List.of(List.of("x", "p", "m")), nodes(chain.paths("x", "m", 1, 12)));
    assertEquals(List.of(List.of("x", "p", "m"), List.of("x", "q", "m")), nodes(chain.paths("x", "m", 2, 12)));
    assertEquals(3, chain.paths("x", "m", 100, 12).size());
  }

  @Test
  void pathsRespectMaxLength() {
    ChainGraph chain = orderStudy();
    assertEquals(List.of(), chain.paths("x", "m", 10, 1));
    assertEquals(List.of(List.of("x", "p", "m"), List.of("x", "q", "m")), nodes(chain.paths("x", "m", 10, 3)));
    assertEquals(3, chain.paths("x", "m", 10, 4).size());
    assertEquals(List.of(), chain.paths("m", "y", 10, 3));
    assertEquals(1, chain.paths("m", "y", 10, 4).size());
  }

  @Test
  void pathStepsAreTheGraphSteps() {
    ChainGraph chain = orderStudy();
    ChainPath longest = chain.paths("x", "m").get(2);
    assertEquals(List.of(
            step("x", "a0", StepKind.CONDITIONS, "c2"), step("a0", "y", StepKind.PRODUCES, "c2"),
            ChainStep.fromOutcome("y", "a1", StepKind.CONDITIONS, "c3", "c2"),
            step("a1", "m", StepKind.PRODUCES, "c3")),
        longest.steps());
    assertEquals(4, longest.length());
    assertEquals("x", longest.from());
    assertEquals("m", longest.to());
  }

  // ------------------------------------------------------------------------------------------ dense feedback

  /**
   * A field of {@code n} cycles in which every structure conditions every agency and every agency reproduces
   * every structure: full of loops, with more simple paths than could ever be listed. A tail of cycles leads from
   * the last structure to {@code u<tail>}; {@code orphan} is linked to nothing.
   */
  private static ChainGraph denseFeedback(int n, int tail) {
    Case.Builder b = Case.builder("dense", "Dense feedback")
        .agent(Agent.builder("board", "Board", AgentType.COLLECTIVE).build())
        .structure(Structure.builder("orphan", "Orphan", StructureForm.OTHER).build());
    String[] structures = IntStream.range(0, n).mapToObj(i -> "s" + i).toArray(String[]::new);
    for (String s : structures) {
      b.structure(Structure.builder(s, s, StructureForm.STRATEGY).build());
    }
    for (int i = 0; i < n; i++) {
      b.cycle(Cycle.builder("c" + i, "C" + i).site("s").agentInFocus("board").external(structures)
          .agency(ActiveAgency.builder("a" + i, "A" + i).build())
          .outcome(structures).build());
    }
    String previous = structures[n - 1];
    for (int i = 1; i <= tail; i++) {
      b.structure(Structure.builder("u" + i, "U" + i, StructureForm.ARTEFACT).build());
      b.cycle(Cycle.builder("t" + i, "T" + i).site("s").agentInFocus("board").external(previous)
          .agency(ActiveAgency.builder("ta" + i, "TA" + i).build()).outcome("u" + i).build());
      previous = "u" + i;
    }
    return ChainGraph.of(b.build());
  }

  private static void assertSimpleAndOrdered(List<ChainPath> paths, String from, String to, int limit,
      int maxLength) {
    assertTrue(paths.size() <= limit, () -> paths.size() + " paths, limit " + limit);
    for (ChainPath path : paths) {
      assertEquals(from, path.from());
      assertEquals(to, path.to());
      assertTrue(path.length() <= maxLength, path::toString);
      // No node of the chain twice: a structure shows twice only as the outcome of two cycles.
      Set<String> seen = new HashSet<>();
      seen.add(path.from());
      for (ChainStep step : path.steps()) {
        String key = step.kind() == StepKind.PRODUCES ? step.to() + "@" + step.cycle() : step.to();
        assertTrue(seen.add(key), () -> "not simple: " + path);
      }
      assertEquals(1, path.nodes().stream().filter(from::equals).count(), () -> "back through the start: " + path);
    }
    assertEquals(ImmutableList.sortedCopyOf(ChainPath.shortestFirst(), paths), paths);
  }

  @Test
  void pathsStopAtTheLimitInAFieldFullOfLoops() {
    ChainGraph chain = denseFeedback(10, 5);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      ImmutableList<ChainPath> ten = chain.paths("s0", "s9", 10, 40);
      assertEquals(IntStream.range(0, 10).mapToObj(i -> List.of("s0", "a" + i, "s9")).collect(Collectors.toList()),
          nodes(ten));
      ImmutableList<ChainPath> many = chain.paths("s0", "s9", 1000, 40);
      assertEquals(1000, many.size());
      assertSimpleAndOrdered(many, "s0", "s9", 1000, 40);
      // 10 paths of 2 steps, 10 * 8 * 9 of 4, and the rest of 6.
      assertEquals(10 + 720, many.stream().filter(p -> p.length() <= 4).count());
      assertEquals(List.of("s0", "a0", "s1", "a1", "s9"), many.get(10).nodes());
      assertEquals(6, many.get(999).length());
    });
  }

  @Test
  void pathsFindTheOnlyLongWayOutOfALoopyField() {
    ChainGraph chain = denseFeedback(10, 5);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      ImmutableList<ChainPath> out = chain.paths("s0", "u5", 3, 40);
      assertSimpleAndOrdered(out, "s0", "u5", 3, 40);
      assertEquals(3, out.size());
      assertEquals(List.of("s0", "a0", "s9", "ta1", "u1", "ta2", "u2", "ta3", "u3", "ta4", "u4", "ta5", "u5"),
          out.get(0).nodes());
      assertEquals(List.of(), chain.paths("s0", "u5", 3, 11));
      assertEquals(List.of(), chain.paths("s0", "orphan", 10, 40));
      assertEquals(List.of(), chain.paths("u5", "s0", 10, 40));
    });
  }

  @Test
  void reachableFromInAFieldFullOfLoopsIncludesTheStart() {
    ChainGraph chain = denseFeedback(4, 2);
    assertEquals(ImmutableSet.of("a0", "a1", "a2", "a3", "s0", "s1", "s2", "s3", "ta1", "u1", "ta2", "u2"),
        ImmutableSet.copyOf(chain.reachableFrom("s0")));
    assertEquals(ImmutableSet.of("ta2", "u2"), chain.reachableFrom("u1"));
    assertEquals(ImmutableSet.of(), chain.reachableFrom("orphan"));
  }

  @Test
  void aChainOfGivenStepsOrdersPathsAsTheChainOfTheCase() {
    ChainGraph fromCase = orderStudy();
    java.util.List<ChainStep> shuffled = new java.util.ArrayList<>(fromCase.steps());
    java.util.Collections.reverse(shuffled);
    ChainGraph fromSteps = ChainGraph.of("steps", shuffled);
    List<String> elements = fromCase.graph().nodes().stream().filter(n -> !n.contains("@"))
        .collect(Collectors.toList());
    for (String from : elements) {
      for (String to : elements) {
        if (fromSteps.contains(from) && fromSteps.contains(to)) {
          assertEquals(fromCase.paths(from, to), fromSteps.paths(from, to), from + " -> " + to);
        }
      }
    }
    assertEquals(fromCase.steps().size(), fromSteps.steps().size());
  }
}

package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Effect;
import org.sstlib.core.Force;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Scale;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.shacl.ShapeReport;
import org.sstlib.rdf.shacl.SstShapes;
import org.sstlib.rdf.store.LoopbackFuseki;
import org.sstlib.rdf.store.StoreCases;
import org.sstlib.core.testing.ErpStudy;

/**
 * Every named query, raw and typed, on two cases from different fields, the ERP study of management accounting
 * ({@link ErpStudy}, built with the Java API) and the reference case (Hughes et al. 2022), both in one store, on the
 * three back ends: memory, TDB2 in a temporary directory, and an embedded Fuseki on loopback (configured as
 * {@code sst serve} is, with the union default graph). The answers are the same on all three; the ERP answers are
 * what the ERP case says; rows name their case and {@code case} picks one.
 */
class QueriesAcrossStoresTest {

  private static final String ERP_ID = ErpStudy.ID;
  private static final String HUGHES_ID = "hughes-2022";
  private static final String POLICY = "admission-avoidance-policy";
  private static final String ALF_AT_HOME = "alf-at-home";

  @TempDir
  static Path tempDir;

  private static Case erp;
  private static Case hughes;
  private static FusekiServer fuseki;
  /** memory, tdb2 and fuseki, each holding both cases. */
  private static final Map<String, SstStore> STORES = new LinkedHashMap<>();

  @BeforeAll
  static void openStores() {
    erp = ErpStudy.build();
    hughes = StoreCases.reference();
    STORES.put("memory", SstStore.memory());
    STORES.put("tdb2", SstStore.tdb2(tempDir.resolve("tdb2")));
    fuseki = LoopbackFuseki.server(DatabaseMgr.createDatasetGraph()).build().start();
    STORES.put("fuseki", SstStore.remote("http://localhost:" + fuseki.getPort() + "/ds"));
    for (SstStore store : STORES.values()) {
      store.putAll(List.of(erp, hughes));
    }
  }

  @AfterAll
  static void closeStores() {
    STORES.values().forEach(SstStore::close);
    STORES.clear();
    if (fuseki != null) {
      fuseki.stop();
    }
  }

  private static SstQueries queries(String backEnd) {
    return SstQueries.on(STORES.get(backEnd));
  }

  // ------------------------------------------------------------------------------------------------ same answers

  /** The raw queries asked of both cases: every named query, with its parameters, one case at a time and both. */
  static Stream<Arguments> rawQueries() {
    List<Arguments> probes = new ArrayList<>();
    Case erpCase = ErpStudy.build();
    Case hughesCase = StoreCases.reference();
    for (Case c : List.of(erpCase, hughesCase)) {
      boolean isErp = c.id().equals(ERP_ID);
      String from = isErp ? ErpStudy.MANDATE : POLICY;
      String to = isErp ? ErpStudy.ACCOUNTANT_POST : ALF_AT_HOME;
      String about = isErp ? ErpStudy.ERP : "icm-model";
      String element = isErp ? ErpStudy.TEMPLATES : "family-help";
      String roleEntry = isErp ? ErpStudy.CLOSE + "/" + ErpStudy.TEMPLATES : "fall-morning/family-help";
      String id = c.id();
      probes.add(probe(id, "chain", "from", from, "to", to, "case", id));
      probes.add(probe(id, "chain", "from", from, "to", to, "limit", "3", "maxLength", "8", "case", id));
      for (Cycle cycle : c.cycles()) {
        probes.add(probe(id, "quadripartite", "cycle", cycle.id(), "case", id));
      }
      for (String name : List.of("field", "feedback", "unavailable", "interpretations", "factors")) {
        probes.add(probe(id, name, "case", id));
      }
      probes.add(probe(id, "interpretations", "about", about, "case", id));
      probes.add(probe(id, "evidence", "element", element, "case", id));
      probes.add(probe(id, "evidence", "element", roleEntry, "case", id));
      probes.add(probe(id, "evidence", "from", from, "to", to, "case", id));
      probes.add(probe(id, "provenance", "case", id));
      probes.add(probe(id, "forces", "case", id));
      probes.add(probe(id, "forces", "cycle", isErp ? ErpStudy.CLOSE : "bcf-planning", "case", id));
      probes.add(probe(id, "network", "around", isErp ? ErpStudy.ACCOUNTANT_POST : "alf-at-home", "case", id));
      probes.add(probe(id, "network", "around", isErp ? ErpStudy.ACCOUNTANT_POST : "alf-at-home", "depth", "1",
          "case", id));
      if (isErp) {
        // The reference case records no unrealised outcome; the ERP study does.
        probes.add(probe(id, "unrealised", "case", id));
      }
      // Without a case: each id names an element of one of the two cases only.
      probes.add(probe("both", "chain", "from", from, "to", to));
      probes.add(probe("both", "evidence", "element", element));
    }
    for (String name : List.of("field", "feedback", "unavailable", "interpretations", "factors", "unrealised",
        "provenance", "forces")) {
      probes.add(probe("both", name));
    }
    return probes.stream();
  }

  private static Arguments probe(String scope, String name, String... keysAndValues) {
    ImmutableMap.Builder<String, String> params = ImmutableMap.builder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return Arguments.of(scope + ": " + name, name, params.buildOrThrow());
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("rawQueries")
  void everyRawQueryGivesTheSameTableOnMemoryTdb2AndFuseki(String label, String name, Map<String, String> params) {
    QueryTable memory = queries("memory").run(name, params);
    assertFalse(memory.isEmpty(), label + " " + params + ": no rows, so the comparison would prove nothing");
    assertEquals(SstQueries.columns(name), memory.columns());
    assertEquals(memory, queries("tdb2").run(name, params), label + " " + params + " on TDB2");
    assertEquals(memory, queries("fuseki").run(name, params), label + " " + params + " on Fuseki");
  }

  @Test
  void everyTypedQueryGivesTheSameAnswerOnMemoryTdb2AndFuseki() {
    Map<String, Object> memory = typedAnswers(queries("memory"));
    assertTrue(memory.values().stream().noneMatch(QueriesAcrossStoresTest::isEmptyAnswer),
        "every typed probe has an answer: " + memory.keySet());
    for (String backEnd : List.of("tdb2", "fuseki")) {
      Map<String, Object> other = typedAnswers(queries(backEnd));
      assertEquals(memory.keySet(), other.keySet());
      for (String probe : memory.keySet()) {
        assertEquals(memory.get(probe), other.get(probe), probe + " on " + backEnd);
      }
    }
  }

  /** Every typed method on both cases, each case alone and the two together. */
  private static Map<String, Object> typedAnswers(SstQueries all) {
    return typedAnswers(all, erp, hughes, Set.copyOf(NamedQuery.names()));
  }

  /** A probe of a typed method: its answer, kept under its label when its query is one of those asked for. */
  private interface Probe {
    void put(String query, String label, Supplier<Object> answer);
  }

  /**
   * The typed methods of {@code queries} on the ERP study and the reference case, each alone and the two together,
   * by probe label ({@code "evidence for chain"} counts as {@code chain}, whose routes it needs).
   */
  static Map<String, Object> typedAnswers(SstQueries all, Case erp, Case hughes, Set<String> queries) {
    Map<String, Object> answers = new LinkedHashMap<>();
    Probe probe = (query, label, answer) -> {
      if (queries.contains(query)) {
        answers.put(label, answer.get());
      }
    };
    for (Case c : List.of(erp, hughes)) {
      boolean isErp = c.id().equals(ERP_ID);
      SstQueries q = all.inCase(c.id());
      String from = isErp ? ErpStudy.MANDATE : POLICY;
      String to = isErp ? ErpStudy.ACCOUNTANT_POST : ALF_AT_HOME;
      String id = c.id();
      probe.put("chain", id + " chain", () -> q.chain(from, to));
      probe.put("chain", id + " chain 3 8", () -> q.chain(from, to, 3, 8));
      for (Cycle cycle : c.cycles()) {
        probe.put("quadripartite", id + " quadripartite " + cycle.id(), () -> q.quadripartite(cycle.id()));
      }
      probe.put("field", id + " field", q::field);
      probe.put("feedback", id + " feedback", q::feedback);
      probe.put("unavailable", id + " unavailable", q::unavailable);
      probe.put("interpretations", id + " interpretations", q::interpretations);
      probe.put("interpretations", id + " interpretations about",
          () -> q.interpretations(isErp ? ErpStudy.ERP : "icm-model"));
      probe.put("factors", id + " factors", q::factors);
      probe.put("evidence", id + " evidence", () -> q.evidence(isErp ? ErpStudy.TEMPLATES : "family-help"));
      probe.put("evidence", id + " evidence role",
          () -> q.evidence(isErp ? ErpStudy.CLOSE + "/" + ErpStudy.TEMPLATES : "fall-morning/family-help"));
      probe.put("chain", id + " evidence for chain", () -> q.evidenceForChain(from, to));
      probe.put("provenance", id + " provenance", q::provenance);
      probe.put("forces", id + " forces", q::forces);
      probe.put("forces", id + " forces cycle", () -> q.forces(isErp ? ErpStudy.CLOSE : "bcf-planning"));
      probe.put("network", id + " network",
          () -> q.network(isErp ? ErpStudy.ACCOUNTANT_POST : "alf-at-home", 2));
      if (isErp) {
        probe.put("unrealised", id + " unrealised", q::unrealised);
      }
    }
    probe.put("field", "both field", all::field);
    probe.put("feedback", "both feedback", all::feedback);
    probe.put("unavailable", "both unavailable", all::unavailable);
    probe.put("interpretations", "both interpretations", all::interpretations);
    probe.put("factors", "both factors", all::factors);
    probe.put("unrealised", "both unrealised", all::unrealised);
    probe.put("provenance", "both provenance", all::provenance);
    probe.put("forces", "both forces", all::forces);
    return answers;
  }

  private static boolean isEmptyAnswer(Object answer) {
    return answer instanceof List<?> list ? list.isEmpty()
        : answer instanceof Field field && field.cycles().isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void eachBackEndHoldsBothCasesAndGivesThemBackEqual(String backEnd) {
    SstStore store = STORES.get(backEnd);
    assertEquals(List.of(ERP_ID, HUGHES_ID), store.caseIds());
    assertEquals(Optional.of(erp), store.get(ERP_ID), backEnd);
  }

  // ------------------------------------------------------------------------------------------------ the ERP case

  @Test
  void theErpCaseIsAValidCaseThatConformsToTheShapes() {
    ShapeReport report = SstShapes.validate(erp);
    assertTrue(report.conforms(), report.problems().toString());
    // Nothing in it comes from health care: not a word of its text, not an id.
    StringBuilder all = new StringBuilder();
    CaseGraphs.toGraph(erp).find().forEachRemaining(t -> all.append(t.getSubject()).append(' ')
        .append(t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString())
        .append('\n'));
    String text = all.toString().toLowerCase(Locale.ROOT);
    assertTrue(text.contains("business partner") && text.contains("month-end-close"), "the text is all there");
    for (String word : List.of("patient", "care", "health", "nurse", "hospital", "clinic", "gp")) {
      assertFalse(text.matches("(?s).*\\b" + word + "\\b.*"), word);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theChainRunsFromTheHeadOfficeMandateThroughTheTemplatesToTheAccountantsPositionPractice(String backEnd) {
    ImmutableList<ChainRoute> routes = queries(backEnd).inCase(ERP_ID)
        .chain(ErpStudy.MANDATE, ErpStudy.ACCOUNTANT_POST);
    assertEquals(ChainGraph.of(erp).paths(ErpStudy.MANDATE, ErpStudy.ACCOUNTANT_POST),
        routes.stream().map(ChainRoute::path).toList(), backEnd);
    assertTrue(routes.size() >= 3, backEnd + ": also the paths through the budgeting cycle: " + routes.size());

    ChainRoute first = routes.get(0);
    assertEquals(ERP_ID, first.caseId());
    assertEquals(List.of(ErpStudy.MANDATE, ErpStudy.CONFIGURE, ErpStudy.TEMPLATES, ErpStudy.EXPLAIN,
        ErpStudy.ACCOUNTANT_POST), first.ids());
    assertEquals(List.of(StepKind.CONDITIONS, StepKind.PRODUCES, StepKind.CONDITIONS, StepKind.ENACTED_IN),
        first.path().steps().stream().map(s -> s.kind()).toList());
    assertEquals(Optional.of(Change.CREATED), first.path().steps().get(1).change());
    // The second shortest goes through the reconciliation of the ledgers instead.
    assertEquals(List.of(ErpStudy.MANDATE, ErpStudy.CONFIGURE, ErpStudy.TEMPLATES, ErpStudy.RECONCILE,
        ErpStudy.ACCOUNTANT_POST), routes.get(1).ids());
    // A longer one passes through the finance team's budget.
    assertTrue(routes.stream().anyMatch(r -> r.ids().contains("annual-budget") && r.ids().contains("load-budget")),
        backEnd);

    List<RouteStep> steps = first.steps();
    assertEquals(List.of("external in erp-rollout", "agency in erp-rollout",
        "outcome of erp-rollout, external in month-end-close", "agency in month-end-close",
        "position-practice of month-end-close"), steps.stream().map(RouteStep::role).toList());
    assertEquals(List.of("structure", "agency", "structure", "agency", "position-practice"),
        steps.stream().map(RouteStep::kind).toList());
    assertEquals(List.of(Scale.MACRO, Scale.MACRO, Scale.MESO, Scale.MICRO, Scale.MICRO),
        steps.stream().map(s -> s.scale().orElseThrow()).toList());
    assertEquals(List.of(ErpStudy.ROLLOUT, ErpStudy.ROLLOUT, ErpStudy.CLOSE, ErpStudy.CLOSE, ErpStudy.CLOSE),
        steps.stream().map(RouteStep::cycle).toList());
    // ev-mandate; ev-templates and ev-variance-loop; ev-variance-loop (about the agency in the close); none.
    assertEquals(List.of(1, 0, 2, 1, 0), steps.stream().map(RouteStep::evidenceCount).toList());
    assertEquals("The ERP's month-end reporting templates", steps.get(2).label());

    QueryTable raw = queries(backEnd).run("chain", Map.of("from", ErpStudy.MANDATE, "to", ErpStudy.ACCOUNTANT_POST,
        "limit", "1"));
    assertEquals(List.of("", "conditions", "creates", "conditions", "enactedIn"), raw.column("via"));
    assertEquals(List.of("macro", "macro", "meso", "micro", "micro"), raw.column("scale"));
    assertEquals(List.of(ERP_ID), raw.column("case").stream().distinct().toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theUnavailableForecastingModuleIsAbsentForTheAgencyThatListsIt(String backEnd) {
    SstQueries erpQueries = queries(backEnd).inCase(ERP_ID);
    List<UnavailableEntry> absences = erpQueries.unavailable();
    assertEquals(1, absences.size(), backEnd);
    UnavailableEntry absence = absences.get(0);
    assertEquals(new UnavailableEntry(ERP_ID, ErpStudy.CLOSE, "external", 3, ErpStudy.FORECASTING,
        "The ERP's rolling-forecast module (planned, not yet live)", Optional.of(Effect.ENABLES),
        Optional.empty(), ImmutableList.of(ErpStudy.EXPLAIN), absence.produced()), absence, backEnd);
    // What the constrained agency produced: the commentary, the templates it reproduced, the submitted accounts.
    assertEquals(List.of("accounts-submitted", "variance-report", ErpStudy.TEMPLATES).stream().sorted().toList(),
        absence.produced(), backEnd);
    // It is in explain-variances' conditionedBy and was not there: its absence is a step of the chain, and with
    // absences=false the chain does not follow it.
    List<ChainRoute> routes = erpQueries.chain(ErpStudy.FORECASTING, ErpStudy.EXPLAIN);
    assertEquals(1, routes.size(), backEnd);
    assertEquals(StepKind.ABSENT_FOR, routes.get(0).path().steps().get(0).kind(), backEnd);
    QueryTable raw = erpQueries.run(NamedQuery.CHAIN, Map.of("from", ErpStudy.FORECASTING, "to",
        ErpStudy.ACCOUNTANT_POST));
    // Two paths: the absence straight to the post, and on through the templates explain-variances reproduced,
    // which condition reconcile in the same close.
    assertEquals(List.of("1", "1", "1", "2", "2", "2", "2", "2"), raw.column("path"), backEnd);
    assertEquals(List.of("", "absentFor", "enactedIn", "", "absentFor", "reproduces", "conditions", "enactedIn"),
        raw.column("via"), backEnd);
    assertEquals(List.of(ErpStudy.FORECASTING, ErpStudy.EXPLAIN, ErpStudy.ACCOUNTANT_POST, ErpStudy.FORECASTING,
        ErpStudy.EXPLAIN, ErpStudy.TEMPLATES, ErpStudy.RECONCILE, ErpStudy.ACCOUNTANT_POST), raw.column("id"),
        backEnd);
    assertEquals("absent in " + ErpStudy.CLOSE, raw.column("role").get(0), backEnd);
    QueryTable without = erpQueries.run(NamedQuery.CHAIN, Map.of("from", ErpStudy.FORECASTING, "to",
        ErpStudy.ACCOUNTANT_POST, "absences", "false"));
    assertEquals(0, without.rows().size(), backEnd);
    QuadripartiteEntry entry = erpQueries.quadripartite(ErpStudy.CLOSE).stream()
        .filter(e -> e.element().equals(ErpStudy.FORECASTING)).findFirst().orElseThrow();
    assertEquals(Optional.of(false), entry.available());
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theVarianceWorkReproducesTheTemplatesThatConditionedIt(String backEnd) {
    ImmutableList<FeedbackLoop> loops = queries(backEnd).inCase(ERP_ID).feedback();
    assertEquals(List.of(ErpStudy.TEMPLATES, ErpStudy.SHADOW),
        loops.stream().map(FeedbackLoop::structure).toList(), backEnd);
    FeedbackLoop templates = loops.get(0);
    assertEquals(ERP_ID, templates.caseId());
    assertEquals("The ERP's month-end reporting templates", templates.label());
    assertEquals(List.of(ErpStudy.CLOSE), templates.cycles());
    assertEquals(Change.REPRODUCED, templates.change());
    assertEquals(List.of(ErpStudy.TEMPLATES, ErpStudy.EXPLAIN, ErpStudy.TEMPLATES), templates.loop().nodes());
    assertEquals(List.of(ErpStudy.SHADOW, ErpStudy.RECONCILE, ErpStudy.SHADOW), loops.get(1).loop().nodes());
    // Every loop is made of steps of the in-memory chain.
    ChainGraph chain = ChainGraph.of(erp);
    for (FeedbackLoop loop : loops) {
      assertTrue(chain.steps().containsAll(loop.loop().steps()), loop.toString());
      assertTrue(chain.reaches(loop.structure(), loop.structure()), loop.toString());
    }
    QueryTable raw = queries(backEnd).run("feedback", Map.of("case", ERP_ID));
    assertEquals(List.of("reproduced", "reproduced"), raw.column("change"));
    assertEquals(List.of("2", "2"), raw.column("length"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void fourAgentsReadTheErpDifferentlyAndTwoTheBusinessPartnerIdeal(String backEnd) {
    ImmutableList<Interpretation> contested = queries(backEnd).inCase(ERP_ID).interpretations();
    assertEquals(List.of(
            List.of(ErpStudy.BUSINESS_PARTNER, "financial-controller", "controller-partner-view"),
            List.of(ErpStudy.BUSINESS_PARTNER, "management-accountant", "accountant-identity"),
            List.of(ErpStudy.ERP, "financial-controller", "controller-partner-view"),
            List.of(ErpStudy.ERP, "group-finance", "group-control-view"),
            List.of(ErpStudy.ERP, "management-accountant", "ledger-knowledge"),
            List.of(ErpStudy.ERP, "plant-manager", "plant-manager-erp-view")),
        contested.stream().map(i -> List.of(i.about(), i.holders().get(0), i.structure())).toList(), backEnd);
    Interpretation identity = contested.get(1);
    assertEquals(Optional.of(InternalKind.GENERAL_DISPOSITIONAL), identity.kind());
    assertTrue(identity.label().contains("'bean counter'") && identity.label().contains("'business partner'"),
        identity.label());
    assertEquals(List.of("Management accountant for the plant"), identity.holderLabels());
    assertEquals(Optional.of(InternalKind.CONJUNCTURALLY_SPECIFIC), contested.get(4).kind());
    assertEquals("The group ERP system (general ledger, cost centres, consolidation)", contested.get(2).aboutLabel());
    // Only head office holds a view of the templates as such: not contested, but there when asked for.
    assertEquals(List.of("group-control-view"), queries(backEnd).inCase(ERP_ID)
        .interpretations(ErpStudy.TEMPLATES).stream().map(Interpretation::structure).toList());

    // The model agrees.
    Map<String, Set<String>> model = new HashMap<>();
    for (Structure s : erp.structures()) {
      s.about().forEach(a -> model.computeIfAbsent(a, k -> new HashSet<>()).addAll(s.internalTo()));
    }
    model.values().removeIf(h -> h.size() < 2);
    assertEquals(model, contested.stream().collect(Collectors.groupingBy(Interpretation::about,
        Collectors.flatMapping(i -> i.holders().stream(), Collectors.toSet()))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void factorsCountTheErpCaseByFormAndEffect(String backEnd) {
    List<FactorCount> expected = List.of(
        factor(StructureForm.POLICY, Effect.ENABLES, 1, 1),
        factor(StructureForm.POLICY, Effect.CONSTRAINS, 1, 1),
        factor(StructureForm.LEGISLATION, Effect.CONSTRAINS, 1, 1),
        factor(StructureForm.FUNDING, Effect.ENABLES, 1, 1),
        factor(StructureForm.CONTRACT_OR_TARGET, Effect.CONSTRAINS, 1, 1),
        factor(StructureForm.ARTEFACT, Effect.ENABLES, 1, 1),
        // the ERP itself in the budgeting, and the forecasting module that was not live at the close
        factor(StructureForm.TECHNOLOGY, Effect.ENABLES, 2, 1),
        // the reporting templates, in the budgeting and at the close
        factor(StructureForm.TECHNOLOGY, Effect.CONSTRAINS, 2, 2),
        factor(StructureForm.MATERIAL_RESOURCE, Effect.ENABLES, 1, 1),
        factor(StructureForm.EMBODIED_CAPACITY, Effect.CONSTRAINS, 1, 1),
        // agents-in-context's internal structures in the external role: no form, though the case gives them the
        // version-1 form other
        noForm(Effect.CONSTRAINS, 2, 2),
        noForm(Effect.BOTH, 1, 1));
    assertEquals(expected, queries(backEnd).inCase(ERP_ID).factors(), backEnd);

    // The counts are those of the model's external and material entries.
    Map<List<String>, Integer> model = new HashMap<>();
    for (Cycle c : erp.cycles()) {
      for (Condition e : c.conditions()) {
        Structure s = erp.element(e.ref(), Structure.class).orElseThrow();
        String form = s.isInternal() ? "" : s.form().orElseThrow().code();
        model.merge(List.of(form, e.effect().orElseThrow().code()), 1, Integer::sum);
      }
    }
    assertEquals(model, expected.stream().collect(Collectors.toMap(
        f -> List.of(f.form().map(StructureForm::code).orElse(""), f.effect().orElseThrow().code()),
        FactorCount::count)));
    QueryTable raw = queries(backEnd).run("factors", Map.of("case", ERP_ID));
    assertEquals(List.of(ERP_ID, "technology", "enables", "2", "1"),
        List.copyOf(raw.rows().get(6).values()));
    assertEquals(List.of(ERP_ID, "", "both", "1", "1"), List.copyOf(raw.rows().get(raw.rows().size() - 1).values()));
  }

  private static FactorCount factor(StructureForm form, Effect effect, int count, int available) {
    return new FactorCount(ERP_ID, Optional.of(form), Optional.of(effect), count, available);
  }

  private static FactorCount noForm(Effect effect, int count, int available) {
    return new FactorCount(ERP_ID, Optional.empty(), Optional.of(effect), count, available);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theFieldRunsFromHeadOfficeThroughBudgetingToTheClose(String backEnd) {
    Field field = queries(backEnd).inCase(ERP_ID).field();
    assertEquals(List.of(ErpStudy.ROLLOUT, ErpStudy.BUDGETING, ErpStudy.CLOSE),
        field.cycles().stream().map(FieldCycle::cycle).toList(), backEnd);
    FieldCycle close = field.cycles().get(2);
    assertEquals(3, close.position());
    assertEquals("management-accountant", close.agentInFocus());
    assertEquals(Optional.of(ErpStudy.ACCOUNTANT_POST), close.positionPractice());
    assertEquals(List.of(ErpStudy.BUDGETING), close.follows());
    assertEquals(Optional.of("2023-06"), close.time());
    assertEquals(List.of(
            new FieldLink(ERP_ID, ErpStudy.ROLLOUT, ErpStudy.ERP, ErpStudy.BUDGETING, "external", true,
                Optional.of(Effect.ENABLES)),
            new FieldLink(ERP_ID, ErpStudy.ROLLOUT, ErpStudy.TEMPLATES, ErpStudy.BUDGETING, "external", true,
                Optional.of(Effect.CONSTRAINS)),
            new FieldLink(ERP_ID, ErpStudy.ROLLOUT, ErpStudy.TEMPLATES, ErpStudy.CLOSE, "external", true,
                Optional.of(Effect.CONSTRAINS)),
            new FieldLink(ERP_ID, ErpStudy.BUDGETING, "annual-budget", ErpStudy.CLOSE, "external", true,
                Optional.of(Effect.ENABLES))),
        // The close reproduces the templates, and the budgeting lists them, but the budgeting came before the
        // close: what the close produced cannot have conditioned it, so there is no link back in time.
        field.links());
    QueryTable raw = queries(backEnd).run("field", Map.of("case", ERP_ID));
    assertEquals(List.of("erp-system->annual-budgeting reporting-templates->annual-budgeting "
        + "reporting-templates->month-end-close", "annual-budget->month-end-close", ""), raw.column("feeds"));
    assertEquals(List.of("macro", "meso", "micro"), raw.column("scale"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theCloseHasTheTemplatesTheWorkstationAndTheTirednessOfCloseWeek(String backEnd) {
    ImmutableList<QuadripartiteEntry> table = queries(backEnd).inCase(ERP_ID).quadripartite(ErpStudy.CLOSE);
    assertEquals(List.of("management-accountant"), elements(table, "agent-in-focus"));
    assertEquals(List.of("financial-controller", "plant-manager"), elements(table, "agent-in-context"));
    assertEquals(List.of(ErpStudy.ACCOUNTANT_POST), elements(table, "position-practice"));
    assertEquals(List.of(ErpStudy.TEMPLATES, "annual-budget", "close-timetable", ErpStudy.FORECASTING,
        ErpStudy.SHADOW, "controller-partner-view", "plant-manager-erp-view"), elements(table, "external"));
    assertEquals(List.of("dual-screen-workstation", "close-week-fatigue"), elements(table, "material"));
    assertEquals(List.of("ledger-knowledge", "accountant-identity"), elements(table, "internal"));
    assertEquals(List.of(ErpStudy.RECONCILE, ErpStudy.EXPLAIN), elements(table, "agency"));
    assertEquals(List.of("variance-report", ErpStudy.TEMPLATES, ErpStudy.SHADOW, "accounts-submitted",
        ErpStudy.PARTNER_REVIEW),
        elements(table, "outcome"));

    QuadripartiteEntry templates = entry(table, "external", ErpStudy.TEMPLATES);
    assertEquals(Optional.of(Effect.CONSTRAINS), templates.effect());
    assertEquals(Optional.of(Force.IRRESISTIBLE_FORCE), templates.force());
    assertEquals(Optional.of(true), templates.available());
    QuadripartiteEntry reproduced = entry(table, "outcome", ErpStudy.TEMPLATES);
    assertEquals(Optional.of(Change.REPRODUCED), reproduced.change());
    assertEquals(List.of(ErpStudy.EXPLAIN), reproduced.producedBy());
    assertEquals(List.of(ErpStudy.EXPLAIN, ErpStudy.RECONCILE), entry(table, "outcome", "variance-report")
        .producedBy());
    assertEquals(Optional.of(Reflexivity.STRATEGIC), entry(table, "agency", ErpStudy.EXPLAIN).reflexivity());
    assertEquals(Optional.of(Effect.CONSTRAINS), entry(table, "material", "close-week-fatigue").effect());
    assertTrue(table.stream().allMatch(e -> e.caseId().equals(ERP_ID) && e.cycle().equals(ErpStudy.CLOSE)));
  }

  private static List<String> elements(List<QuadripartiteEntry> table, String role) {
    return table.stream().filter(e -> e.role().equals(role)).map(QuadripartiteEntry::element).toList();
  }

  private static QuadripartiteEntry entry(List<QuadripartiteEntry> table, String role, String element) {
    return table.stream().filter(e -> e.role().equals(role) && e.element().equals(element)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + role + " entry " + element));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theEvidenceBehindTheTemplatesAndTheForecastingModuleIsQuotedVerbatim(String backEnd) {
    SstQueries erpQueries = queries(backEnd).inCase(ERP_ID);
    ImmutableList<EvidenceItem> atTheClose = erpQueries.evidence(ErpStudy.CLOSE + "/" + ErpStudy.TEMPLATES);
    assertEquals(List.of("ev-templates", "ev-variance-loop"),
        atTheClose.stream().map(EvidenceItem::evidence).toList(), backEnd);
    EvidenceItem templates = atTheClose.get(0);
    assertEquals(ErpStudy.CLOSE + "/" + ErpStudy.TEMPLATES, templates.claim());
    assertEquals("finance-interviews", templates.source());
    assertEquals(Optional.of("The variance layout is hard-wired; you can't add a line for scrap without a change "
        + "request to group."), templates.quote());
    assertEquals(Optional.of("management accountant"), templates.speakerRole());
    assertEquals(Optional.of("Interview 5, 00:17:45"), templates.locator());
    assertEquals(List.of("fa"), templates.by());
    assertEquals(Optional.empty(), atTheClose.get(1).quote());
    assertTrue(atTheClose.get(1).note().orElseThrow().contains("reproduced by its use"));

    assertEquals(List.of(ErpStudy.FORECASTING, ErpStudy.CLOSE + "/" + ErpStudy.FORECASTING),
        erpQueries.evidence(ErpStudy.FORECASTING).stream().map(EvidenceItem::claim).toList());
    assertEquals(Optional.of("The forecasting module is \"phase two\", so the reforecast still lives in my "
        + "spreadsheet."), erpQueries.evidence(ErpStudy.FORECASTING).get(0).quote());

    // Along the chain from the mandate: the mandate's, the templates' (at the close) and the agency's evidence.
    Set<String> alongTheChain = erpQueries.evidenceForChain(ErpStudy.MANDATE, ErpStudy.ACCOUNTANT_POST).stream()
        .map(EvidenceItem::evidence).collect(Collectors.toSet());
    assertTrue(alongTheChain.containsAll(Set.of("ev-mandate", "ev-templates", "ev-variance-loop", "ev-shadow")),
        alongTheChain.toString());
    assertFalse(alongTheChain.contains("ev-plant-manager"), "the plant manager's view is not on these paths");
  }

  // ------------------------------------------------------------------------------------------------ two cases

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void everyRowNamesItsCaseAndTheCaseParameterPicksOne(String backEnd) {
    SstQueries all = queries(backEnd);
    for (String name : List.of("field", "feedback", "unavailable", "interpretations", "factors", "provenance",
        "forces")) {
      QueryTable both = all.run(name, Map.of());
      assertEquals(List.of(ERP_ID, HUGHES_ID), both.column("case").stream().distinct().toList(),
          backEnd + " " + name + ": both cases answer, the ERP case first");
      for (String id : List.of(ERP_ID, HUGHES_ID)) {
        QueryTable one = all.run(name, Map.of("case", id));
        assertEquals(Set.of(id), Set.copyOf(one.column("case")), backEnd + " " + name + " case=" + id);
        assertEquals(both.rows().stream().filter(r -> r.get("case").equals(id)).toList(), one.rows(),
            backEnd + " " + name + " case=" + id + ": the rows of that case, no more, no fewer");
        assertEquals(one, all.inCase(id).run(name, Map.of()), backEnd + " " + name + " inCase " + id);
      }
    }
    // The ERP case answers in the shared store exactly as it does alone: nothing leaks from the other case.
    try (SstStore alone = SstStore.memory()) {
      alone.put(erp);
      for (String name : List.of("field", "feedback", "unavailable", "interpretations", "factors",
          "provenance", "forces")) {
        assertEquals(SstQueries.on(alone).run(name, Map.of()), all.run(name, Map.of("case", ERP_ID)),
            backEnd + " " + name);
      }
      assertEquals(SstQueries.on(alone).chain(ErpStudy.MANDATE, ErpStudy.ACCOUNTANT_POST),
          all.chain(ErpStudy.MANDATE, ErpStudy.ACCOUNTANT_POST), backEnd);
    }
    // An id of one case, with no case given, answers from that case only.
    assertEquals(Set.of(HUGHES_ID), Set.copyOf(all.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME))
        .column("case")));
    assertEquals(Set.of(ERP_ID), Set.copyOf(all.run("evidence", Map.of("element", ErpStudy.TEMPLATES))
        .column("case")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2", "fuseki"})
  void theReferenceCaseChainEqualsTheInMemoryChainOnEveryBackEnd(String backEnd) {
    SstQueries q = queries(backEnd).inCase(HUGHES_ID);
    ChainGraph memory = ChainGraph.of(hughes);
    for (String from : List.of(POLICY, "icm-model", "caseload")) {
      for (String to : List.of(ALF_AT_HOME, "case-manager", "emergency-admission", "icm-cost-saving")) {
        List<ChainPath> expected = memory.paths(from, to);
        assertEquals(expected, q.chain(from, to).stream().map(ChainRoute::path).toList(),
            backEnd + " " + from + " -> " + to);
      }
    }
    ChainGraph erpChain = ChainGraph.of(erp);
    SstQueries e = queries(backEnd).inCase(ERP_ID);
    for (String from : List.of(ErpStudy.MANDATE, ErpStudy.TEMPLATES, ErpStudy.SHADOW, "budget-guidance")) {
      // The element ids of the chain: the graph's other nodes (id@cycle) are the outcomes of each cycle.
      for (String to : erpChain.graph().nodes().stream().filter(n -> !n.contains("@")).sorted().toList()) {
        assertEquals(erpChain.paths(from, to), e.chain(from, to).stream().map(ChainRoute::path).toList(),
            backEnd + " " + from + " -> " + to);
      }
    }
  }
}

package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.Change;
import org.sstlib.core.Codebook;
import org.sstlib.core.Effect;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Intended;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Scale;
import org.sstlib.core.ShippedCodebooks;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.FactorCount;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.FieldCycle;
import org.sstlib.rdf.query.Interpretation;
import org.sstlib.rdf.query.QuadripartiteEntry;
import org.sstlib.rdf.query.RouteStep;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.query.UnavailableEntry;
import org.sstlib.rdf.store.SstStore;

/**
 * What the Welsh summary of the integration literature supports, read as an SST case
 * ({@code cases/welsh-lessons.yaml}) and asked through the named queries: the models of integration the leaders choose
 * between, the mechanisms they put in place, the evidence they lack, and what direct payments do.
 */
class WelshLessonsTest {
  private static final Path FILE = Path.of("cases/welsh-lessons.yaml");
  private static final String IC = "https://w3id.org/sst/ic#";

  private static Case lessons;
  private static SstStore store;
  private static SstQueries queries;

  @BeforeAll
  static void load() {
    lessons = CaseFiles.read(FILE);
    store = SstStore.memory();
    store.put(lessons);
    queries = SstQueries.on(store).inCase("welsh-lessons");
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void itIsACaseInGeneralBuiltFromTheLiteratureNotAnInSituStudy() {
    // Stones' ontology-in-general: a schematic case from a summary of the literature, and the store says so.
    assertEquals(OntologyLevel.GENERAL, lessons.level());
    List<Map<String, String>> rows = ReferenceCases.select(store, """
        PREFIX sst: <https://w3id.org/sst#>
        SELECT ?level WHERE { GRAPH ?g { <urn:sst:case:welsh-lessons> sst:level ?level } }""");
    assertEquals(List.of(Map.of("level", "https://w3id.org/sst#level-general")), rows);
  }

  private static List<QuadripartiteEntry> entries(String cycle, String role) {
    return queries.quadripartite(cycle).stream().filter(e -> e.role().equals(role)).toList();
  }

  private static QuadripartiteEntry entry(String cycle, String role, String element) {
    return entries(cycle, role).stream().filter(e -> e.element().equals(element)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + role + " " + element + " in " + cycle));
  }

  private static Set<String> codes(String structure) {
    return Set.copyOf(lessons.element(structure, Structure.class).orElseThrow().codes());
  }

  @Test
  void theGovernmentsCallReachesTheServiceUserThroughTheModelTheLeadersChose() {
    List<ChainRoute> routes = queries.chain("integration-urging", "directing-own-support");
    assertFalse(routes.isEmpty(), "no chain from the national call to integrate to the service user");
    ChainRoute first = routes.get(0);
    assertEquals(List.of("integration-urging", "choose-depth", "integrated-access-service", "assess-and-plan",
        "service-plan", "design-own-services", "directing-own-support"), first.ids(), first.path().toString());
    assertEquals(List.of("choose-model", "integrated-practice", "directing-support"),
        first.steps().stream().map(RouteStep::cycle).distinct().toList());
    List<Scale> scales = first.steps().stream().map(s -> s.scale().orElseThrow()).toList();
    assertEquals(Scale.MACRO, scales.get(0));
    assertEquals(Scale.MICRO, scales.get(scales.size() - 1));
    for (int i = 1; i < scales.size(); i++) {
      assertTrue(scales.get(i).compareTo(scales.get(i - 1)) >= 0, "the chain goes back up: " + scales);
    }
  }

  @Test
  void theLeadersChooseBetweenTheSummarysThreeModels() {
    // The conditions of the choice, by the model of the summary each is coded with.
    Map<String, Set<String>> modelOf = new TreeMap<>();
    for (QuadripartiteEntry e : entries("choose-model", "external")) {
      codes(e.element()).stream().filter(c -> c.startsWith("ic:model-"))
          .forEach(c -> modelOf.computeIfAbsent(c, k -> new TreeSet<>()).add(e.element()));
    }
    assertEquals(Map.of(
            "ic:model-case-collaboration", Set.of("model-case-collab"),
            "ic:model-full-integration", Set.of("model-full", "section-33"),
            "ic:model-process-integration", Set.of("model-processes")),
        modelOf);
    QuadripartiteEntry chosen = entry("choose-model", "outcome", "integrated-access-service");
    assertEquals(Optional.of(Change.CREATED), chosen.change());
    assertEquals(List.of("choose-depth"), chosen.producedBy());
    assertTrue(codes("integrated-access-service").containsAll(Set.of("ic:model-process-integration",
        "ic:mechanism-single-point-of-referral", "ic:mechanism-case-management")));
    assertEquals(Optional.of(Reflexivity.STRATEGIC), entry("choose-model", "agency", "choose-depth").reflexivity());
  }

  @Test
  void fullIntegrationIsWithinReachInLawThroughSection33() {
    QuadripartiteEntry law = entry("choose-model", "external", "section-33");
    assertEquals(Optional.of(Effect.ENABLES), law.effect());
    assertEquals(Optional.of(true), law.available());
    assertTrue(codes("section-33").contains("ic:mechanism-section-33"));
    assertTrue(queries.evidence("choose-model/section-33").stream()
        .anyMatch(e -> e.quote().orElse("").equals("At present there is only one example of this in Wales.")));
  }

  @Test
  void theyChooseWithoutEvidenceOfWhatEachModelDoesForPatients() {
    List<UnavailableEntry> absent = queries.unavailable();
    assertEquals(List.of("choose-model outcome-evidence"),
        absent.stream().map(u -> u.cycle() + " " + u.element()).toList());
    assertTrue(queries.evidence("outcome-evidence").stream()
        .anyMatch(e -> e.quote().orElse("").equals("There is far less research on outcomes than on processes.")));
  }

  @Test
  void theBarriersAreConfusionEligibilityAndConfidentialityNotTheModels() {
    List<FactorCount> factors = queries.factors();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Integer> available = new TreeMap<>();
    for (FactorCount f : factors) {
      // An agent-in-context's internal structure in the external role has no form.
      String key = f.form().map(StructureForm::code).orElse("no-form") + " " + f.effect().map(Effect::code).orElse("-");
      counts.put(key, f.count());
      available.put(key, f.available());
    }
    assertEquals(Map.of(
            "artefact enables", 4,
            "funding enables", 2,
            "legislation enables", 1,
            "organisational-arrangement enables", 5,
            "no-form both", 1,
            "other constrains", 4,
            "other enables", 1,
            "no-form -", 1,
            "policy enables", 2),
        counts);
    assertEquals(0, available.get("other enables"), "the missing outcome evidence");
    // Every constraint is a condition of form 'other': the summary's barriers are not models or mechanisms.
    assertTrue(factors.stream().filter(f -> f.effect().equals(Optional.of(Effect.CONSTRAINS)))
        .allMatch(f -> f.form().equals(Optional.of(StructureForm.OTHER))));
    Set<String> constraints = new TreeSet<>();
    for (String cycle : List.of("national-policy", "choose-model", "integrated-practice", "directing-support")) {
      entries(cycle, "external").stream().filter(e -> e.effect().equals(Optional.of(Effect.CONSTRAINS)))
          .forEach(e -> constraints.add(e.element()));
    }
    assertEquals(Set.of("confidentiality", "eligibility-differences", "integration-confusion"), constraints);
  }

  @Test
  void directPaymentsPersonaliseServicesButMayFragmentThemForThePopulation() {
    assertTrue(codes("direct-payments").contains("ic:mechanism-direct-payments"));
    assertEquals(Optional.of(Effect.ENABLES), entry("directing-support", "external", "direct-payments").effect());
    QuadripartiteEntry personal = entry("directing-support", "outcome", "personalised-support");
    assertEquals(Optional.of(Change.CREATED), personal.change());
    assertEquals(Optional.of(Intended.YES), personal.intended());
    QuadripartiteEntry population = entry("directing-support", "outcome", "population-integration");
    assertEquals(Optional.of(Change.ERODED), population.change());
    assertEquals(Optional.of(Intended.NO), population.intended());
    // Researchers and the service user hold different views of direct payments.
    assertEquals(Set.of("researchers", "service-user"), holders("direct-payments"));
  }

  @Test
  void leadersAndProfessionalsReadTheNewServiceDifferently() {
    assertEquals(Set.of("professionals", "service-leaders"), holders("integrated-access-service"));
    // The professionals' models bear on the leaders' choice as an agent-in-context's internal structure.
    assertEquals(Optional.of(Effect.BOTH), entry("choose-model", "external", "professional-models").effect());
    assertTrue(entries("choose-model", "agent-in-context").stream().anyMatch(e -> e.element().equals("professionals")));
  }

  private static Set<String> holders(String about) {
    return queries.interpretations(about).stream().flatMap(i -> i.holders().stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theCallToIntegrateAndTheNewServiceReproduceThemselves() {
    Map<String, List<String>> loops = queries.feedback().stream()
        .collect(Collectors.toMap(FeedbackLoop::structure, FeedbackLoop::cycles));
    assertEquals(Map.of("integration-urging", List.of("national-policy"),
        "integrated-access-service", List.of("integrated-practice")), loops);
  }

  @Test
  void processResearchCoversTheLeadersAndPractitionersAndOutcomeResearchTheServiceUser() {
    List<String> field = queries.field().cycles().stream().map(FieldCycle::cycle).toList();
    assertEquals(List.of("national-policy", "choose-model", "integrated-practice", "directing-support"), field);
    Map<String, String> strand = new TreeMap<>();
    lessons.cycles().forEach(c -> c.codes().stream().filter(code -> code.startsWith("research:"))
        .forEach(code -> strand.put(c.id(), code)));
    assertEquals(Map.of("choose-model", "research:process", "integrated-practice", "research:process",
        "directing-support", "research:outcome"), strand);
    assertTrue(queries.evidence("directing-support").stream()
        .anyMatch(e -> e.quote().orElse("").equals("There is far less research on outcomes than on processes.")));
  }

  @Test
  void theCaseCitesTheShippedIcConceptsWithoutDefiningThem() {
    assertTrue(lessons.codebooks().stream().noneMatch(cb -> cb.id().equals("ic")));
    Set<String> shipped = ShippedCodebooks.get("ic").orElseThrow().concepts().stream().map(Codebook.Concept::id)
        .collect(Collectors.toSet());
    Set<String> cited = lessons.elements().values().stream().flatMap(e -> e.codes().stream())
        .filter(c -> c.startsWith("ic:")).map(c -> c.substring(3)).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(cited.containsAll(Set.of("model-full-integration", "model-process-integration",
        "model-case-collaboration", "mechanism-direct-payments", "mechanism-section-33")), cited.toString());
    Predicate<String> isShipped = shipped::contains;
    assertTrue(cited.stream().allMatch(isShipped), "not shipped: " + cited.stream().filter(isShipped.negate())
        .toList());
    // In RDF a shipped code is the ic: concept itself.
    assertTrue(store.ask("ASK { GRAPH ?g { <" + lessons.base() + "integrated-access-service> "
        + "<https://w3id.org/sst#code> <" + IC + "model-process-integration> } }"));
  }

  @Test
  void everyClaimIsAQuoteFromTheSummaryWithItsSection() {
    assertEquals(List.of("summary"), lessons.sources().stream().map(s -> s.id()).toList());
    assertTrue(lessons.evidence().size() >= 30);
    assertTrue(lessons.evidence().stream().allMatch(e -> e.source().equals("summary") && e.locator().isPresent()));
    // The summary's own sentences are quoted (author evidence); what it does not state (forces, effects,
    // reflexivity ...) rests on the analysts' notes, which quote nothing. No one in the field speaks here.
    assertEquals(Set.of(EvidenceKind.AUTHOR, EvidenceKind.ANALYST),
        lessons.evidence().stream().map(e -> e.kind().orElseThrow(() -> new AssertionError(e.id() + ": no kind")))
            .collect(Collectors.toSet()));
    for (Evidence e : lessons.evidence()) {
      if (e.kind().orElseThrow() == EvidenceKind.AUTHOR) {
        assertTrue(e.quote().isPresent(), e.id() + ": the summary's words are quoted");
      } else {
        assertTrue(e.note().isPresent() && e.quote().isEmpty(), e.id() + ": an analyst item is a note");
      }
    }
  }
}

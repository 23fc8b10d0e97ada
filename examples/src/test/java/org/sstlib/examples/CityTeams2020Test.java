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
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Effect;
import org.sstlib.core.Scale;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.EvidenceItem;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.Field;
import org.sstlib.rdf.query.FieldCycle;
import org.sstlib.rdf.query.FieldLink;
import org.sstlib.rdf.query.Interpretation;
import org.sstlib.rdf.query.QuadripartiteEntry;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.query.UnavailableEntry;
import org.sstlib.rdf.query.UnrealisedOutcome;
import org.sstlib.rdf.store.SstStore;

/**
 * The findings of the process evaluation of an English city's integrated neighbourhood teams (BMC Family Practice,
 * 2020), read as an SST case ({@code cases/city-teams.yaml}) and asked through the named queries and SPARQL: which
 * dimensions of integration the barriers belong to and whom they constrain, the strategic and operational levels of
 * the field, the two professional identities, and what was not yet in place.
 */
class CityTeams2020Test {
  private static final Path FILE = Path.of("cases/city-teams.yaml");
  private static final String CASE = "city-teams";
  private static final String BASE = "https://w3id.org/sst/examples/city-teams/";
  private static final List<String> OPERATIONAL = List.of("nursing-in-teams", "social-work-in-teams");
  private static final Set<String> DIMENSIONS = Set.of("clinical", "informational", "organisational", "financial",
      "administrative", "normative");

  private static SstStore store;
  private static SstQueries queries;

  @BeforeAll
  static void load() {
    store = SstStore.memory();
    store.put(CaseFiles.read(FILE));
    queries = SstQueries.on(store).inCase(CASE);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Map<String, String>> select(String sparql) {
    return ReferenceCases.select(store, sparql);
  }

  /**
   * The external entries of a cycle, by dimension of integration (the shipped ic:dimension-* codes of the element),
   * with their effect and availability: dimension to "element effect available".
   */
  private static Map<String, Set<String>> externalByDimension(String cycle) {
    List<Map<String, String>> rows = select("""
        PREFIX sst: <https://w3id.org/sst#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?element ?dimension ?effect ?available WHERE {
          GRAPH <urn:sst:graph:city-teams> {
            <%s%s> sst:qualifiedExternal ?entry .
            ?entry sst:entity ?x ; sst:effect ?e ; sst:available ?available .
            ?x dcterms:identifier ?element ; sst:code ?code .
            FILTER (STRSTARTS(STR(?code), "https://w3id.org/sst/ic#dimension-"))
            BIND (STRAFTER(STR(?code), "#dimension-") AS ?dimension)
            BIND (STRAFTER(STR(?e), "#effect-") AS ?effect)
          }
        }""".formatted(BASE, cycle));
    Map<String, Set<String>> byDimension = new TreeMap<>();
    for (Map<String, String> row : rows) {
      byDimension.computeIfAbsent(row.get("dimension"), k -> new TreeSet<>())
          .add(row.get("element") + " " + row.get("effect") + " " + row.get("available"));
    }
    return byDimension;
  }

  /** The elements of one dimension that constrain a cycle and were there at the moment of action. */
  private static Set<String> barriers(String cycle, String dimension) {
    return externalByDimension(cycle).getOrDefault(dimension, Set.of()).stream()
        .filter(s -> s.endsWith(" constrains true")).map(s -> s.substring(0, s.indexOf(' ')))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<QuadripartiteEntry> entries(String cycle, String role) {
    return queries.quadripartite(cycle).stream().filter(e -> e.role().equals(role)).toList();
  }

  private static Optional<QuadripartiteEntry> entry(String cycle, String role, String element) {
    return entries(cycle, role).stream().filter(e -> e.element().equals(element)).findFirst();
  }

  @Test
  void informationalBarriersConstrainBothOperationalCycles() {
    for (String cycle : OPERATIONAL) {
      Set<String> informational = barriers(cycle, "informational");
      assertTrue(informational.containsAll(Set.of("separate-it-systems", "data-protection-rules", "information-risk")),
          cycle + ": " + informational);
      // Nothing informational that was in place helped: the one informational enabler, co-location, was not there yet.
      Set<String> availableEnablers = externalByDimension(cycle).get("informational").stream()
          .filter(s -> s.endsWith(" true") && !s.contains(" constrains ")).collect(Collectors.toSet());
      assertEquals(Set.of(), availableEnablers, cycle);
    }
    assertTrue(barriers("social-work-in-teams", "informational").contains("hospital-confidentiality-caution"),
        "the hospital's caution about records is a barrier for social workers");
  }

  @Test
  void everyDimensionOfTheCodingFrameHasAnOperationalBarrier() {
    Map<String, Set<String>> byDimension = new TreeMap<>();
    for (String cycle : OPERATIONAL) {
      for (String dimension : DIMENSIONS) {
        byDimension.computeIfAbsent(dimension, k -> new TreeSet<>()).addAll(barriers(cycle, dimension));
      }
    }
    for (String dimension : DIMENSIONS) {
      assertFalse(byDimension.get(dimension).isEmpty(), "no " + dimension + " barrier at the operational level");
    }
    assertTrue(byDimension.get("organisational").containsAll(Set.of("hr-differences", "centralised-decisions",
        "gp-involvement", "outcome-measures")), byDimension.get("organisational").toString());
    assertTrue(byDimension.get("clinical").contains("operational-detail-gap"), byDimension.toString());
    assertTrue(byDimension.get("financial").contains("separate-budgets"), byDimension.toString());
    assertTrue(byDimension.get("administrative").contains("referral-chains"), byDimension.toString());
    assertTrue(byDimension.get("normative").contains("professional-mistrust"), byDimension.toString());
  }

  @Test
  void theSixDimensionsAreTheShippedConcepts() {
    List<Map<String, String>> rows = select("""
        PREFIX sst: <https://w3id.org/sst#>
        SELECT DISTINCT ?code WHERE {
          GRAPH <urn:sst:graph:city-teams> { ?x sst:code ?code }
          FILTER (STRSTARTS(STR(?code), "https://w3id.org/sst/ic#dimension-"))
        }""");
    Set<String> dimensions = rows.stream().map(r -> r.get("code").substring(r.get("code").indexOf("#dimension-")
        + "#dimension-".length())).collect(Collectors.toSet());
    assertEquals(DIMENSIONS, dimensions);
  }

  @Test
  void theFieldRunsFromTheStrategicCycleToTheOperationalOnes() {
    Field field = queries.field();
    List<String> order = field.cycles().stream().map(FieldCycle::cycle).toList();
    assertEquals(List.of("partnership-strategy", "nursing-in-teams", "social-work-in-teams"), order);
    assertEquals(List.of(Optional.of(Scale.MESO), Optional.of(Scale.MICRO), Optional.of(Scale.MICRO)),
        field.cycles().stream().map(FieldCycle::scale).toList());
    for (String operational : OPERATIONAL) {
      FieldCycle c = field.cycles().stream().filter(fc -> fc.cycle().equals(operational)).findFirst().orElseThrow();
      assertEquals(List.of("partnership-strategy"), c.follows());
      Set<String> fed = field.linksFrom(CASE, "partnership-strategy").stream()
          .filter(l -> l.toCycle().equals(operational)).map(FieldLink::element).collect(Collectors.toSet());
      // What the leaders made is what the teams work with: the model, the vision, the gaps in the plans.
      assertTrue(fed.containsAll(Set.of("team-model", "shared-vision", "operational-detail-gap",
          "centralised-decisions", "co-location-plan", "care-pathways", "teams-share-vision")), operational + ": " + fed);
    }
    // The staff's buy-in to the vision, made by the leaders, is internal to the teams: a link into the internal role.
    assertTrue(field.linksFrom(CASE, "partnership-strategy").stream().anyMatch(l -> l.element().equals(
        "teams-share-vision") && l.role().equals("internal") && l.toCycle().equals("nursing-in-teams")));
  }

  @Test
  void nationalPolicyReachesTheNursesPracticeThroughWhatTheLeadersMade() {
    List<ChainRoute> routes = queries.chain("national-integration-policy", "team-nurse", 1000, 12);
    assertFalse(routes.isEmpty(), "no chain from national policy to the nurse's position-practice");
    Set<String> carriers = new TreeSet<>();
    for (ChainRoute route : routes) {
      // Every path starts in the strategic cycle and ends in the nurses' (some pass through the social workers').
      List<String> cycles = route.path().steps().stream().map(s -> s.cycle()).distinct().toList();
      assertEquals("partnership-strategy", cycles.get(0), route.ids().toString());
      assertEquals("nursing-in-teams", cycles.get(cycles.size() - 1), route.ids().toString());
      // The element that carries the chain from the strategic to the operational cycle: an outcome of the one
      // and a condition of the other.
      route.steps().stream().filter(s -> s.role().startsWith("outcome of partnership-strategy"))
          .forEach(s -> carriers.add(s.id()));
    }
    // Both the team model and the measures of success carry national policy into the nurses' work.
    assertTrue(carriers.containsAll(Set.of("team-model", "outcome-measures")), carriers.toString());
  }

  @Test
  void eachProfessionalIdentityIsInternalToItsProfessionAndExternalToTheOther() {
    assertTrue(entry("nursing-in-teams", "internal", "nurses-duty-of-care").isPresent());
    assertTrue(entry("social-work-in-teams", "internal", "social-workers-statutory-duty").isPresent());
    assertEquals(Optional.of(Effect.BOTH), entry("nursing-in-teams", "external", "social-workers-statutory-duty")
        .orElseThrow().effect());
    assertEquals(Optional.of(Effect.BOTH), entry("social-work-in-teams", "external", "nurses-duty-of-care")
        .orElseThrow().effect());
    List<Map<String, String>> kinds = select("""
        PREFIX sst: <https://w3id.org/sst#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?id ?kind ?code WHERE {
          GRAPH <urn:sst:graph:city-teams> {
            VALUES ?id { "nurses-duty-of-care" "social-workers-statutory-duty" }
            ?s dcterms:identifier ?id ; sst:kind ?kind ; sst:code ?code .
          }
        }""");
    assertEquals(2, kinds.size(), kinds.toString());
    for (Map<String, String> row : kinds) {
      assertEquals("https://w3id.org/sst#kind-general-dispositional", row.get("kind"), row.toString());
      assertEquals("https://w3id.org/sst/ic#dimension-normative", row.get("code"), row.toString());
    }
  }

  @Test
  void coLocationAndTheNewPathwaysWereNotYetInPlaceForTheTeams() {
    Map<String, Set<String>> unavailable = new TreeMap<>();
    for (UnavailableEntry e : queries.unavailable()) {
      unavailable.computeIfAbsent(e.cycle(), k -> new TreeSet<>()).add(e.element());
    }
    assertEquals(Map.of("nursing-in-teams", Set.of("co-location", "care-pathways"),
        "social-work-in-teams", Set.of("co-location", "care-pathways")), unavailable);
    // Both were planned by the leaders: outcomes of the strategic cycle.
    assertTrue(entry("partnership-strategy", "outcome", "care-pathways").isPresent());
    assertTrue(entry("partnership-strategy", "outcome", "co-location-plan").isPresent());
  }

  /**
   * Staff were "concerned about being managed by people from different professional backgrounds" while the teams'
   * lead roles had only been advertised: management across professions was anticipated, not in place. So it
   * conditions no operational cycle as an external structure; the staff's concern is internal to the teams and
   * drawn on in both professions' practice, and management by team leads is an outcome the leaders intended that
   * had not come about during fieldwork.
   */
  @Test
  void crossProfessionalManagementIsTheStaffsConcernAndAnUnrealisedOutcomeOfTheStrategy() {
    for (String cycle : OPERATIONAL) {
      assertTrue(entry(cycle, "external", "cross-professional-management").isEmpty(), cycle);
      assertTrue(entry(cycle, "internal", "staff-fear-cross-professional-management").isPresent(), cycle);
    }
    List<UnrealisedOutcome> unrealised = queries.unrealised();
    assertEquals(List.of("partnership-strategy cross-professional-management"),
        unrealised.stream().map(u -> u.cycle() + " " + u.outcome()).toList());
    assertEquals(List.of("partnership-leaders"), unrealised.get(0).intendedBy());
  }

  @Test
  void leadersAndStaffReadTheOutcomeMeasuresDifferently() {
    Set<String> holders = queries.interpretations("outcome-measures").stream().flatMap(i -> i.holders().stream())
        .collect(Collectors.toSet());
    assertEquals(Set.of("partnership-leaders", "neighbourhood-teams"), holders);
    assertEquals(Optional.of(Effect.BOTH), entry("partnership-strategy", "external", "outcome-measures")
        .orElseThrow().effect());
    for (String cycle : OPERATIONAL) {
      assertEquals(Optional.of(Effect.CONSTRAINS), entry(cycle, "external", "outcome-measures").orElseThrow().effect());
    }
  }

  @Test
  void barriersAreReproducedByTheAgencyTheyConstrain() {
    Set<String> looping = queries.feedback().stream().map(FeedbackLoop::structure).collect(Collectors.toSet());
    assertTrue(looping.containsAll(Set.of("outcome-measures", "gp-involvement", "task-offloading",
        "professional-mistrust", "information-risk", "centralised-decisions")), looping.toString());
  }

  @Test
  void claimsAreGroundedInQuotesFromEveryLevelAndLocality() {
    List<Map<String, String>> rows = select("""
        PREFIX sst: <https://w3id.org/sst#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?evidence ?source ?kind ?quote ?note ?locator WHERE {
          GRAPH <urn:sst:graph:city-teams> {
            ?e a sst:Evidence ; dcterms:identifier ?evidence ; prov:wasDerivedFrom ?s .
            ?s dcterms:identifier ?source .
            OPTIONAL { ?e sst:evidenceKind ?k BIND (STRAFTER(STR(?k), "#evidence-") AS ?kind) }
            OPTIONAL { ?e sst:quote ?quote }
            OPTIONAL { ?e sst:note ?note }
            OPTIONAL { ?e sst:locator ?locator }
          }
        }""");
    assertTrue(rows.size() >= 40, "only " + rows.size() + " pieces of evidence");
    assertTrue(rows.stream().allMatch(r -> r.containsKey("kind") && r.containsKey("locator")), rows.toString());
    // Interviewees' words are quoted; the authors' sentences are quoted from the paper; the analysts' inferences
    // are notes, with no quote, since the paper says nothing in SST terms.
    assertTrue(rows.stream().filter(r -> !r.get("kind").equals("analyst")).allMatch(r -> r.containsKey("quote")),
        rows.toString());
    assertTrue(rows.stream().filter(r -> r.get("kind").equals("analyst"))
        .allMatch(r -> r.containsKey("note") && !r.containsKey("quote")), rows.toString());
    assertTrue(rows.stream().filter(r -> r.get("kind").equals("participant"))
        .noneMatch(r -> r.get("source").equals("paper")), "an interviewee's words are sourced to the interviews");
    assertEquals(Set.of("paper", "strategic-interviews", "area-1-interviews", "area-2-interviews",
        "area-3-interviews"), rows.stream().map(r -> r.get("source")).collect(Collectors.toSet()));
    List<EvidenceItem> itBarrier = queries.evidence("nursing-in-teams/separate-it-systems");
    assertFalse(itBarrier.isEmpty());
    assertTrue(itBarrier.stream().allMatch(e -> e.claim().equals("nursing-in-teams/separate-it-systems")));
  }
}

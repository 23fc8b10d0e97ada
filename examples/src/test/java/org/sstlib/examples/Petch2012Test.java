package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
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
import org.sstlib.core.Change;
import org.sstlib.core.Effect;
import org.sstlib.core.Intended;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.FeedbackLoop;
import org.sstlib.rdf.query.QuadripartiteEntry;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.query.UnavailableEntry;
import org.sstlib.rdf.store.SstStore;

/**
 * What Petch's IRISS Insight (2012) argues, read as an SST case ({@code cases/petch-2012.yaml}) and asked through
 * the continuum query that ships beside it ({@code cases/petch-2012-continuum.rq}) and the named queries: where the
 * early adopters sit on the integration continua, what helped or hindered them, and that structural integration did
 * not by itself change practice.
 */
class Petch2012Test {
  private static final Path FILE = Path.of("cases/petch-2012.yaml");
  private static final Path CONTINUUM = Path.of("cases/petch-2012-continuum.rq");
  private static final String CASE = "petch-2012";
  private static final String NHS_ADASS = "NHS Confed/ADASS";
  private static final String EDWARDS = "Edwards";

  private static SstStore store;
  private static SstQueries queries;
  private static List<Map<String, String>> continuum;

  @BeforeAll
  static void load() {
    store = SstStore.memory();
    store.put(CaseFiles.read(FILE));
    queries = SstQueries.on(store).inCase(CASE);
    continuum = select(ReferenceCases.text(CONTINUUM));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Map<String, String>> select(String sparql) {
    return ReferenceCases.select(store, sparql);
  }

  /** The rows of the continuum query for one scheme and adopter (the cycle's site). */
  private static List<Map<String, String>> placements(String scheme, String adopter) {
    return continuum.stream().filter(r -> r.get("scheme").equals(scheme) && r.get("adopter").equals(adopter))
        .toList();
  }

  /** arrangement to rank, for one scheme and adopter. */
  private static Map<String, Integer> ranks(String scheme, String adopter) {
    Map<String, Integer> ranks = new TreeMap<>();
    placements(scheme, adopter).forEach(r -> ranks.put(r.get("arrangement"), Integer.parseInt(r.get("rank"))));
    return ranks;
  }

  /** The ids in one list column (helped, hindered, both, missing) of an adopter's row for an arrangement. */
  private static Set<String> listed(String arrangement, String column) {
    Map<String, String> row = continuum.stream().filter(r -> r.get("arrangement").equals(arrangement)).findFirst()
        .orElseThrow(() -> new AssertionError("no continuum row for " + arrangement));
    String value = row.getOrDefault(column, "");
    return value.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(value.split(" ")));
  }

  private static List<QuadripartiteEntry> entries(String cycle, String role) {
    return queries.quadripartite(cycle).stream().filter(e -> e.role().equals(role)).toList();
  }

  private static QuadripartiteEntry entry(String cycle, String role, String element) {
    return entries(cycle, role).stream().filter(e -> e.element().equals(element)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + role + " " + element + " in " + cycle));
  }

  @Test
  void theContinuumQueryPlacesEachEarlyAdopter() {
    assertEquals(Map.of("torbay-joint-appointments", 3, "torbay-merged-post", 3, "torbay-care-trust", 5),
        ranks(NHS_ADASS, "Torbay"));
    assertEquals(Map.of("knowsley-joint-post", 3, "knowsley-partnership", 4), ranks(NHS_ADASS, "Knowsley"));
    assertEquals(Map.of("nel-care-trust-plus", 5), ranks(NHS_ADASS, "North East Lincolnshire"));
    assertEquals(Map.of("somerset-trust", 5), ranks(NHS_ADASS, "Somerset"));
    assertEquals(Map.of("ni-structural-integration", 5), ranks(NHS_ADASS, "Northern Ireland"));
    // Sedgefield integrated front-line teams, not organisations: on Edwards' continuum only.
    assertEquals(Map.of(), ranks(NHS_ADASS, "Sedgefield, County Durham"));
    assertEquals(Map.of("sedgefield-teams", 4), ranks(EDWARDS, "Sedgefield, County Durham"));
    assertEquals("enhanced partnership", placements(NHS_ADASS, "Knowsley").stream()
        .filter(r -> r.get("arrangement").equals("knowsley-partnership")).findFirst().orElseThrow().get("level"));
  }

  @Test
  void theContinuumQueryOrdersEachSchemeFromLeastToMostIntegrated() {
    for (String scheme : List.of(EDWARDS, NHS_ADASS)) {
      List<Integer> ranks = continuum.stream().filter(r -> r.get("scheme").equals(scheme))
          .map(r -> Integer.parseInt(r.get("rank"))).toList();
      assertFalse(ranks.isEmpty(), scheme);
      for (int i = 1; i < ranks.size(); i++) {
        assertTrue(ranks.get(i) >= ranks.get(i - 1), scheme + " out of order: " + ranks);
      }
    }
    // Torbay moved along the continuum: its joint appointments come before its care trust.
    List<String> torbay = placements(NHS_ADASS, "Torbay").stream().map(r -> r.get("arrangement")).toList();
    assertTrue(torbay.indexOf("torbay-joint-appointments") < torbay.indexOf("torbay-care-trust"), torbay.toString());
  }

  @Test
  void theContinuumQueryShowsWhatHelpedAndHindered() {
    assertTrue(listed("knowsley-partnership", "helped").containsAll(Set.of("health-act-s31", "knowsley-vision",
        "knowsley-joint-post", "knowsley-board")), listed("knowsley-partnership", "helped").toString());
    assertEquals(Set.of(), listed("knowsley-partnership", "hindered"));
    assertEquals(Set.of("health-dominated-membership", "health-targets", "acute-profile", "health-hegemony"),
        listed("ni-structural-integration", "hindered"));
    assertEquals(Set.of(), listed("ni-structural-integration", "helped"));
    assertEquals(Set.of("culture-of-integration"), listed("ni-structural-integration", "missing"));
    assertTrue(listed("torbay-care-trust", "helped").containsAll(Set.of("torbay-local-history", "mrs-smith",
        "care-trust-form")), listed("torbay-care-trust", "helped").toString());
    assertEquals(Set.of("torbay-fragmentation"), listed("torbay-care-trust", "hindered"));
    assertTrue(listed("sedgefield-teams", "helped").contains("team-development"));
    assertFalse(listed("sedgefield-teams", "helped").contains("sedgefield-teams"), "an arrangement helps itself");
    assertEquals(Set.of("professional-cultures"), listed("somerset-trust", "both"));
  }

  @Test
  void structuralIntegrationInNorthernIrelandDidNotByItselfChangePractice() {
    QuadripartiteEntry structure = entry("ni-integration", "external", "ni-structural-integration");
    assertEquals(Optional.of(Effect.ENABLES), structure.effect());
    assertEquals(Optional.of(true), structure.available());
    // What the agency produced: health's dominance and unintegrated practice reproduced, social care values eroded;
    // nothing was created or changed.
    Map<String, Change> outcomes = new TreeMap<>();
    entries("ni-integration", "outcome").forEach(e -> outcomes.put(e.element(), e.change().orElseThrow()));
    assertEquals(Map.of("health-hegemony", Change.REPRODUCED, "acute-resource-focus", Change.REPRODUCED,
        "social-care-values", Change.ERODED, "unintegrated-practice", Change.REPRODUCED), outcomes);
    assertEquals(Optional.of(Intended.NO), entry("ni-integration", "outcome", "unintegrated-practice").intended());
    // The culture of integration that would have made the structure work was not there.
    List<UnavailableEntry> missing = queries.unavailable().stream().filter(u -> u.cycle().equals("ni-integration"))
        .toList();
    assertEquals(List.of("culture-of-integration"), missing.stream().map(UnavailableEntry::element).toList());
    // Health's dominance conditions the bodies' agency, which reproduces it.
    assertTrue(queries.feedback().stream().anyMatch(l -> l.structure().equals("health-hegemony")
        && l.cycles().equals(List.of("ni-integration"))));
    List<ChainRoute> routes = queries.chain("ni-structural-integration", "unintegrated-practice");
    assertFalse(routes.isEmpty(), "the structure leads to the practice that stayed as it was");
  }

  @Test
  void integratedServicesAndTeamsCameWithoutStructuralIntegration() {
    // The cycles in which something is coded as structural integration, and those whose agency created integrated
    // services or a team's shared dispositions.
    List<Map<String, String>> rows = select("""
        PREFIX sst: <https://w3id.org/sst#>
        PREFIX ic: <https://w3id.org/sst/ic#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT ?cycle WHERE {
          GRAPH <urn:sst:graph:petch-2012> {
            ?c a sst:Cycle ; dcterms:identifier ?cycle ;
               (sst:qualifiedExternal|sst:qualifiedOutcome)/sst:entity/sst:code ic:nhs-adass-structural-integration .
          }
        }""");
    Set<String> structural = rows.stream().map(r -> r.get("cycle")).collect(Collectors.toSet());
    assertEquals(Set.of("torbay-integration", "nel-integration", "somerset-integration", "ni-integration"),
        structural);
    QuadripartiteEntry knowsley = entry("knowsley-integration", "outcome", "knowsley-service-integration");
    assertEquals(Optional.of(Change.CREATED), knowsley.change());
    assertFalse(structural.contains("knowsley-integration"));
    for (String disposition : List.of("sedgefield-mutual-understanding", "sedgefield-collective-responsibility")) {
      assertEquals(Optional.of(Change.CREATED), entry("sedgefield-integration", "outcome", disposition).change());
    }
    assertFalse(structural.contains("sedgefield-integration"));
    assertTrue(queries.chain("sedgefield-co-location", "sedgefield-mutual-understanding").size() > 0);
  }

  @Test
  void whatHelpedWasLocalAndReproducedWhatHinderedWasExternalAndMostlyNational() {
    List<QuadripartiteEntry> external = entries("local-integrated-working", "external");
    Set<String> helped = external.stream().filter(e -> e.effect().equals(Optional.of(Effect.ENABLES)))
        .map(QuadripartiteEntry::element).collect(Collectors.toSet());
    Set<String> hindered = external.stream().filter(e -> e.effect().equals(Optional.of(Effect.CONSTRAINS)))
        .map(QuadripartiteEntry::element).collect(Collectors.toSet());
    assertEquals(Set.of("friendly-relationships", "local-leadership", "top-commitment", "joint-strategy",
        "joint-vision"), helped);
    assertEquals(5, hindered.size(), hindered.toString());
    Set<String> reproduced = entries("local-integrated-working", "outcome").stream()
        .filter(e -> e.change().equals(Optional.of(Change.REPRODUCED))).map(QuadripartiteEntry::element)
        .collect(Collectors.toSet());
    assertEquals(helped, reproduced, "what helped is within the partners' control: their agency reproduces it");
    Set<String> loops = queries.feedback().stream().filter(l -> l.cycles().equals(List.of("local-integrated-working")))
        .map(FeedbackLoop::structure).collect(Collectors.toSet());
    assertEquals(helped, loops);
    // Scale of the hindering factors: national for the majority.
    List<Map<String, String>> scales = select("""
        PREFIX sst: <https://w3id.org/sst#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?id ?scale WHERE {
          GRAPH <urn:sst:graph:petch-2012> {
            ?c dcterms:identifier "local-integrated-working" ; sst:qualifiedExternal ?entry .
            ?entry sst:entity ?x ; sst:effect ?effect .
            ?x dcterms:identifier ?id .
            OPTIONAL { ?x sst:scale ?scale }
          }
        }""");
    long macro = scales.stream().filter(r -> hindered.contains(r.get("id")))
        .filter(r -> "https://w3id.org/sst#scale-macro".equals(r.get("scale"))).count();
    assertTrue(macro > hindered.size() / 2, "only " + macro + " of the hindering factors are national");
    assertTrue(scales.stream().filter(r -> helped.contains(r.get("id")))
        .allMatch(r -> "https://w3id.org/sst#scale-meso".equals(r.get("scale"))), scales.toString());
  }

  @Test
  void eachAdoptersArrangementsCarryReedsTypes() {
    List<Map<String, String>> rows = select("""
        PREFIX sst: <https://w3id.org/sst#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT ?site ?code WHERE {
          GRAPH <urn:sst:graph:petch-2012> {
            ?c sst:site ?site ; (sst:qualifiedExternal|sst:qualifiedOutcome)/sst:entity/sst:code ?code .
            FILTER (STRSTARTS(STR(?code), "https://w3id.org/sst/ic#reed-"))
          }
        }""");
    Map<String, Set<String>> reed = new TreeMap<>();
    rows.forEach(r -> reed.computeIfAbsent(r.get("site"), k -> new TreeSet<>())
        .add(r.get("code").substring(r.get("code").indexOf("#reed-") + 1)));
    for (String adopter : List.of("Torbay", "Knowsley", "North East Lincolnshire", "Somerset",
        "Sedgefield, County Durham")) {
      assertTrue(reed.containsKey(adopter) && reed.get(adopter).contains("reed-between-sectors"),
          adopter + ": " + reed.get(adopter));
    }
    assertTrue(reed.get("Sedgefield, County Durham").contains("reed-between-professions"));
  }

  @Test
  void thePlacementsAreOursAndSaySo() {
    // An item is made by the analyst it names (prov:wasAttributedTo), or else by the case's analysts.
    List<Map<String, String>> rows = select("""
        PREFIX sst: <https://w3id.org/sst#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?evidence ?kind ?quote ?note ?locator ?analyst WHERE {
          GRAPH <urn:sst:graph:petch-2012> {
            ?e a sst:Evidence ; dcterms:identifier ?evidence .
            OPTIONAL { ?e sst:evidenceKind ?k BIND (STRAFTER(STR(?k), "#evidence-") AS ?kind) }
            OPTIONAL { ?e sst:quote ?quote }
            OPTIONAL { ?e sst:note ?note }
            OPTIONAL { ?e sst:locator ?locator }
            OPTIONAL { ?e prov:wasAttributedTo/dcterms:identifier ?own }
            OPTIONAL { <urn:sst:case:petch-2012> prov:wasAttributedTo/dcterms:identifier ?ofTheCase }
            BIND (COALESCE(?own, ?ofTheCase) AS ?analyst)
          }
        }""");
    assertTrue(rows.size() >= 40, "only " + rows.size() + " pieces of evidence");
    assertTrue(rows.stream().allMatch(r -> r.containsKey("kind") && r.containsKey("locator")), rows.toString());
    // Petch's words (and those she quotes) are quoted; the analysts' inferences are notes without a quote.
    assertTrue(rows.stream().filter(r -> !r.get("kind").equals("analyst")).allMatch(r -> r.containsKey("quote")),
        rows.toString());
    assertTrue(rows.stream().filter(r -> r.get("kind").equals("analyst"))
        .allMatch(r -> r.containsKey("note") && !r.containsKey("quote")), rows.toString());
    // Every item, and so every placement on the continua, is the analysts' (sst-examples), never Petch's: she
    // is the author of the Insight, not of the placements.
    Set<String> byUs = rows.stream().filter(r -> "sst-examples".equals(r.get("analyst")))
        .map(r -> r.get("evidence")).collect(Collectors.toSet());
    assertEquals(rows.stream().map(r -> r.get("evidence")).collect(Collectors.toSet()), byUs);
    // Petch defines the levels (author items quoting her); placing an adopter at a level is the analysts' inference
    // (an analyst item beside each definition), so no item of Petch's supports a placement.
    Set<String> definitions = Set.of("ev-continuum", "ev-joint-appointments-level", "ev-enhanced-partnership-level",
        "ev-structural-level", "ev-edwards-integration");
    for (Map<String, String> r : rows) {
      String id = r.get("evidence");
      if (definitions.contains(id.replace("-placement", ""))) {
        assertEquals(id.endsWith("-placement") ? "analyst" : "author", r.get("kind"), r.toString());
      }
    }
    Set<String> placements = definitions.stream().map(d -> d + "-placement").collect(Collectors.toSet());
    assertTrue(rows.stream().map(r -> r.get("evidence")).collect(Collectors.toSet()).containsAll(placements));
    assertTrue(queries.evidence("knowsley-partnership").stream()
        .anyMatch(e -> e.evidence().equals("ev-enhanced-partnership-level-placement")));
    assertTrue(queries.evidence("knowsley-partnership").stream()
        .noneMatch(e -> e.evidence().equals("ev-enhanced-partnership-level")));
  }
}

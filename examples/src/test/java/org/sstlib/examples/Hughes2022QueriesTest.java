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
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.Interpretation;
import org.sstlib.rdf.query.QuadripartiteEntry;
import org.sstlib.rdf.query.RouteStep;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.query.UnavailableEntry;
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
    assertTrue(holders.contains("alf"), holders.toString());
    assertTrue(holders.size() >= 3, holders.toString());
    assertTrue(readings.stream().anyMatch(r -> r.holder().equals("alf") && r.structure().equals("alf-unaware-icm")));
  }

  @Test
  void nothingOfIntegratedCareWasAvailableWhenAlfFell() {
    Set<String> absent = queries.unavailable().stream().filter(u -> u.cycle().equals("fall-night"))
        .map(UnavailableEntry::element).collect(Collectors.toSet());
    assertTrue(absent.containsAll(Set.of("family-help", "matron-monthly-call", "alf-on-caseload", "icm-model")),
        absent.toString());
    Set<String> material = queries.quadripartite("fall-night").stream()
        .filter(e -> e.role().equals("material") && e.available().orElse(true))
        .map(QuadripartiteEntry::element).collect(Collectors.toSet());
    assertTrue(material.containsAll(Set.of("wall-phone", "locked-door", "head-injury", "alf-breathlessness")),
        material.toString());
    assertFalse(material.contains("glasses"), "the glasses were out of reach: unavailable");
  }
}

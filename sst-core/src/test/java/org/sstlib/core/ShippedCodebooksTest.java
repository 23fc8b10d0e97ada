package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedCodebooksTest {

  private static Case.Builder caseCoded(String... codes) {
    return Case.builder("coded", "Coded")
        .agent(Agent.builder("team", "Team", AgentType.COLLECTIVE).build())
        .structure(Structure.builder("pool", "Pooled budget", StructureForm.FUNDING).codes(codes).build(),
            Structure.builder("plan", "Plan", StructureForm.STRATEGY).build())
        .cycle(Cycle.builder("c", "C").site("s").agentInFocus("team").external("pool")
            .agency(ActiveAgency.builder("a", "A").build()).outcome("plan").build());
  }

  @Test
  void theIntegratedCareListsComeWithSst() {
    Codebook ic = ShippedCodebooks.get("ic").orElseThrow();
    List<String> ids = ic.concepts().stream().map(Codebook.Concept::id).toList();
    assertTrue(ids.containsAll(List.of("edwards-autonomy", "edwards-integration", "reed-between-professions",
        "direction-vertical", "dimension-financial", "nhs-adass-structural-integration")), ids.toString());
    assertEquals("https://w3id.org/sst/ic#", ShippedCodebooks.namespace("ic").orElseThrow());
  }

  @Test
  void aCaseMayCiteShippedConceptsWithoutDefiningTheCodebook() {
    Case c = caseCoded("ic:dimension-financial", "ic:edwards-co-ordination").build();
    assertEquals(List.of("ic:dimension-financial", "ic:edwards-co-ordination"),
        c.element("pool").orElseThrow().codes());
  }

  @Test
  void anUnknownShippedConceptIsReportedWithASuggestion() {
    List<Problem> problems = caseCoded("ic:dimension-finance").problems();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("did you mean 'dimension-financial'"), problems.toString());
  }

  @Test
  void aCodebookOfTheCaseTakesPrecedenceOverAShippedOne() {
    Case.Builder b = caseCoded("ic:local").codebook(new Codebook("ic", "Our own",
        com.google.common.collect.ImmutableList.of(Codebook.Concept.of("local", "Local concept"))));
    assertEquals(List.of(), b.problems());
    List<Problem> problems = caseCoded("ic:dimension-financial").codebook(new Codebook("ic", "Our own",
        com.google.common.collect.ImmutableList.of(Codebook.Concept.of("local", "Local")))).problems();
    assertEquals(1, problems.size(), problems.toString());
  }
}

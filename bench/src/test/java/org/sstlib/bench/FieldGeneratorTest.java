package org.sstlib.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.core.Case;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.shacl.SstShapes;
import org.sstlib.rdf.shacl.ShapeReport;

/** The synthetic field the benchmarks run on: its size, its determinism, its chains and its validity. */
class FieldGeneratorTest {
  private static final long SEED = 42;

  @ParameterizedTest(name = "{0} triples")
  @ValueSource(ints = {10_000, 100_000})
  void graphIsWithinTenPercentOfTheTarget(int target) {
    Case field = FieldGenerator.generate(SEED, target);
    long triples = CaseGraphs.toGraph(field).size();
    assertTrue(Math.abs(triples - target) <= target / 10,
        "seed " + SEED + ", target " + target + ": the graph has " + triples + " triples");
  }

  @ParameterizedTest(name = "{0} triples")
  @ValueSource(ints = {10_000, 100_000})
  void sameSeedGivesAnEqualCase(int target) {
    assertEquals(FieldGenerator.generate(SEED, target), FieldGenerator.generate(SEED, target),
        "seed " + SEED + ", target " + target);
  }

  @ParameterizedTest(name = "{0} triples")
  @ValueSource(ints = {10_000, 100_000})
  void anotherSeedGivesADifferentCase(int target) {
    assertNotEquals(FieldGenerator.generate(SEED, target), FieldGenerator.generate(SEED + 1, target),
        "seeds " + SEED + " and " + (SEED + 1) + ", target " + target);
  }

  @ParameterizedTest(name = "{0} triples")
  @ValueSource(ints = {10_000, 100_000})
  void everyPatientIsReachableFromTheFirstPolicy(int target) {
    Case field = FieldGenerator.generate(SEED, target);
    List<String> patients = field.positionPractices().stream()
        .map(PositionPractice::id)
        .filter(id -> id.startsWith(FieldGenerator.PATIENT_PP_PREFIX))
        .collect(Collectors.toList());
    ImmutableSet<String> reached = ChainGraph.of(field).reachableFrom(FieldGenerator.policyId(0));
    assertTrue(patients.size() > 1, "seed " + SEED + ", target " + target + ": " + patients.size() + " patients");
    List<String> missed = patients.stream().filter(id -> !reached.contains(id)).collect(Collectors.toList());
    assertEquals(List.of(), missed, "seed " + SEED + ", target " + target + ": patients not reached from "
        + FieldGenerator.policyId(0));
  }

  @Test
  void conformsToTheShapes() {
    ShapeReport report = SstShapes.validate(CaseGraphs.toGraph(FieldGenerator.generate(SEED, 10_000)));
    assertTrue(report.conforms(), "seed " + SEED + ", target 10000: " + report);
  }
}

package org.sstlib.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.CycleOrder;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Structure;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.shacl.SstShapes;
import org.sstlib.rdf.shacl.ShapeReport;

/**
 * The synthetic field the benchmarks run on: its size, its determinism, its chains (with absences and steps held
 * back by time) and its validity.
 */
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

  @ParameterizedTest(name = "{0} triples")
  @ValueSource(ints = {10_000, 100_000})
  void absencesGiveAbsentForStepsFromExternalAndInternalEntries(int target) {
    Case field = FieldGenerator.generate(SEED, target);
    List<ChainStep> absent = ChainGraph.of(field).steps().stream()
        .filter(s -> s.kind() == StepKind.ABSENT_FOR)
        .collect(Collectors.toList());
    long internal = absent.stream()
        .filter(s -> field.structures().stream().anyMatch(x -> x.id().equals(s.from()) && x.isInternal()))
        .count();
    assertTrue(internal > 0 && internal < absent.size(), "seed " + SEED + ", target " + target + ": "
        + absent.size() + " absentFor steps, " + internal + " from internal entries");
  }

  @ParameterizedTest(name = "{0} triples")
  @ValueSource(ints = {10_000, 100_000})
  void someOutcomesAreHeldBackFromEarlierCycles(int target) {
    Case field = FieldGenerator.generate(SEED, target);
    CycleOrder order = CycleOrder.of(field.cycles());
    ChainGraph chain = ChainGraph.of(field);
    // Every pair (cycle whose agency produced a structure, agency of another cycle that lists it) that the order
    // refuses: without the order, each would be a step.
    List<String> refused = new ArrayList<>();
    for (Cycle producing : field.cycles()) {
      for (Outcome o : producing.outcomes()) {
        for (Cycle using : field.cycles()) {
          for (ActiveAgency a : using.agency()) {
            boolean lists = a.conditionedBy().contains(o.ref()) || a.drawsOn().contains(o.ref());
            if (lists && !order.mayFeed(producing.id(), using.id())) {
              refused.add(o.ref() + "@" + producing.id() + " -> " + a.id());
              Optional<ChainStep> step = chain.stepsFrom(o.ref()).stream()
                  .filter(s -> s.to().equals(a.id()) && s.producedIn().equals(Optional.of(producing.id())))
                  .findFirst();
              assertEquals(Optional.empty(), step, "seed " + SEED + ", target " + target);
              assertTrue(chain.stepsFrom(o.ref()).stream()
                      .anyMatch(s -> s.to().equals(a.id()) && s.producedIn().isEmpty()),
                  "seed " + SEED + ", target " + target + ": " + o.ref() + " as it stood conditions " + a.id());
            }
          }
        }
      }
    }
    assertTrue(refused.size() > 1, "seed " + SEED + ", target " + target + ": outcome steps held back by time: "
        + refused);
  }

  @Test
  void conformsToTheShapes() {
    ShapeReport report = SstShapes.validate(CaseGraphs.toGraph(FieldGenerator.generate(SEED, 10_000)));
    assertTrue(report.conforms(), "seed " + SEED + ", target 10000: " + report);
  }
}

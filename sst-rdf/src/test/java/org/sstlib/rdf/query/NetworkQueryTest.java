package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Codebook;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Degree;
import org.sstlib.core.Event;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.RelationType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.rdf.store.SstStore;

/**
 * The {@code network} query on a small school (invented, outside health care): a pupil's position-practice, the
 * teacher who cares for it and the parent who supports it (relations that point at the pupil, so the network must
 * follow them backwards), the head the teacher answers to, and the governors the head answers to; and on the
 * reference case, where the integrated-care codes of the structures around Alf's home can be counted.
 */
class NetworkQueryTest {

  static final String ID = "school-network";
  private static SstStore store;
  private static SstQueries queries;

  static Case school() {
    return Case.builder(ID, "A school's network around a pupil")
        .base("https://example.org/school-network/")
        .agent(Agent.builder("ann", "Ann, class teacher", AgentType.INDIVIDUAL).build(),
            Agent.builder("pip", "Pip, a pupil", AgentType.INDIVIDUAL).build(),
            Agent.builder("pam", "Pam, Pip's mother", AgentType.INDIVIDUAL).build(),
            Agent.builder("hugh", "Hugh, head teacher", AgentType.INDIVIDUAL).build(),
            Agent.builder("board", "The governing board", AgentType.COLLECTIVE).build())
        .positionPractice(
            PositionPractice.builder("teacher", "Class teacher").occupiedBy("ann")
                .relation("pupil", RelationType.CARES_FOR, "teaches and looks after", Degree.HIGH, Degree.MEDIUM)
                .relation("head", RelationType.ACCOUNTABLE_TO).build(),
            PositionPractice.builder("pupil", "Pupil in year 4").occupiedBy("pip").build(),
            PositionPractice.builder("parent", "Parent").occupiedBy("pam")
                .relation("pupil", RelationType.SUPPORTS).build(),
            PositionPractice.builder("head", "Head teacher").occupiedBy("hugh")
                .relation("teacher", RelationType.MANAGES, "observes lessons", null, Degree.LOW)
                .relation("governors", RelationType.ACCOUNTABLE_TO).build(),
            PositionPractice.builder("governors", "Governors").occupiedBy("board").build())
        .structure(
            Structure.builder("curriculum", "The national curriculum", StructureForm.POLICY)
                .codes("school:curriculum").build(),
            Structure.builder("timetable", "The school timetable", StructureForm.ORGANISATIONAL_ARRANGEMENT).build(),
            Structure.builder("classroom", "The classroom", StructureForm.MATERIAL_RESOURCE).build(),
            Structure.builder("homework-policy", "The homework policy", StructureForm.POLICY)
                .codes("school:pastoral", "school:curriculum").build(),
            Structure.builder("kitchen-table", "The kitchen table", StructureForm.MATERIAL_RESOURCE).build(),
            Structure.builder("lesson-plan", "The lesson plan", StructureForm.ARTEFACT).build())
        .event(Event.builder("homework-done", "The homework is handed in").build())
        .cycle(
            Cycle.builder("lesson", "A lesson").site("Year 4 classroom").agentInFocus("ann")
                .positionPractice("teacher")
                .external("curriculum", "timetable").material(Condition.of("classroom"))
                .agency(ActiveAgency.builder("teach", "Teaches fractions").build())
                .outcome(Outcome.of("lesson-plan").withChange(Change.REPRODUCED),
                    Outcome.of("pupil").withChange(Change.CHANGED)).build(),
            Cycle.builder("homework", "Homework at home").site("Pip's home").agentInFocus("pip")
                .positionPractice("pupil").follows("lesson")
                .external("homework-policy").material(Condition.of("kitchen-table"))
                .agency(ActiveAgency.builder("do-homework", "Does the homework").build())
                .outcome("homework-done").build(),
            Cycle.builder("school-run", "Checking the homework").site("Pip's home").agentInFocus("pam")
                .positionPractice("parent")
                .external("homework-policy")
                .agency(ActiveAgency.builder("check", "Checks the homework").build())
                .outcome(Outcome.of("pupil").withChange(Change.REPRODUCED)).build())
        .codebook(new Codebook("school", "School", ImmutableList.of(Codebook.Concept.of("curriculum", "Curriculum"),
            Codebook.Concept.of("pastoral", "Pastoral care"))))
        .build();
  }

  @BeforeAll
  static void load() {
    store = SstStore.memory();
    store.put(school());
    store.put(org.sstlib.rdf.store.StoreCases.reference());
    queries = SstQueries.on(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void depthZeroIsThePositionPracticeAloneWithWhatBearsOnIt() {
    Network n = queries.inCase(ID).network("pupil", 0);
    assertEquals(List.of(), n.relations());
    assertEquals(List.of(
        new BearingStructure(ID, "pupil", "Pupil in year 4", 0, "homework-policy", "The homework policy",
            ImmutableList.of("school:curriculum", "school:pastoral"), ImmutableList.of("homework")),
        new BearingStructure(ID, "pupil", "Pupil in year 4", 0, "kitchen-table", "The kitchen table",
            ImmutableList.of(), ImmutableList.of("homework"))), n.bearing());
  }

  @Test
  void oneHopFollowsTheRelationsThatPointAtThePupilAndKeepsTheirDirection() {
    Network n = queries.inCase(ID).network("pupil", 1);
    assertEquals(List.of(
        new NetworkRelation(ID, "parent", "Parent", ImmutableList.of("pam"), RelationType.SUPPORTS, Optional.empty(),
            Optional.empty(), Optional.empty(), "pupil", "Pupil in year 4", ImmutableList.of("pip"), 0),
        new NetworkRelation(ID, "teacher", "Class teacher", ImmutableList.of("ann"), RelationType.CARES_FOR,
            Optional.of("teaches and looks after"), Optional.of(Degree.HIGH), Optional.of(Degree.MEDIUM), "pupil",
            "Pupil in year 4", ImmutableList.of("pip"), 0)), n.relations());
    assertEquals(List.of("pupil/homework-policy", "pupil/kitchen-table", "parent/homework-policy",
        "teacher/classroom", "teacher/curriculum", "teacher/timetable"),
        n.bearing().stream().map(b -> b.positionPractice() + "/" + b.structure()).toList());
    assertEquals(List.of(0, 0, 1, 1, 1, 1), n.bearing().stream().map(BearingStructure::distance).toList());
  }

  @Test
  void twoHopsReachTheHeadAndNotTheGovernors() {
    Network n = queries.inCase(ID).network("pupil", 2);
    assertEquals(List.of("parent supports pupil", "teacher cares-for pupil", "head manages teacher",
            "teacher accountable-to head"),
        n.relations().stream().map(r -> r.from() + " " + r.type().code() + " " + r.to()).toList());
    NetworkRelation manages = n.relations().get(2);
    assertEquals(Optional.of("observes lessons"), manages.label());
    assertEquals(Optional.empty(), manages.strength());
    assertEquals(Optional.of(Degree.LOW), manages.trust());
    assertEquals(List.of("hugh"), manages.fromOccupants());
    assertEquals(1, manages.distance(), "its nearer end, the teacher, is one hop from the pupil");
    assertEquals(queries.inCase(ID).network("pupil", 2), SstQueries.on(store).network("pupil", 2),
        "the pupil is only the school's");
    assertEquals(5, queries.inCase(ID).network("pupil", 3).relations().size(), "three hops reach the governors");
    assertEquals(queries.inCase(ID).network("pupil", 3), queries.inCase(ID).network("pupil", 1000));
  }

  @Test
  void theCodesOfTheBearingStructuresCountAProgrammesShare() {
    Network n = queries.inCase(ID).network("pupil", 1);
    assertEquals(3, n.bearing().stream().filter(b -> b.hasCodeOf("school")).count());
    assertEquals(0, n.bearing().stream().filter(b -> b.hasCodeOf("ic")).count());
    Network alf = queries.inCase("hughes-2022").network("alf-at-home", 2);
    assertTrue(alf.bearing().stream().anyMatch(b -> b.hasCodeOf("ic")), alf::toString);
    assertTrue(alf.bearing().stream().anyMatch(b -> !b.hasCodeOf("ic")), alf::toString);
    assertTrue(alf.bearing().stream().flatMap(b -> b.codes().stream())
        .allMatch(c -> c.matches("[a-z-]+:[A-Za-z0-9._-]+")), "codes read as codebook:concept");
    assertTrue(alf.relations().stream().anyMatch(r -> r.from().equals("family-carer")
        && r.type() == RelationType.SUPPORTS && r.to().equals("alf-at-home")), alf::toString);
  }

  @Test
  void theRawAnswerHasRelationRowsThenBearsRows() {
    QueryTable t = queries.run("network", Map.of("around", "pupil", "depth", "1", "case", ID));
    assertEquals(NamedQuery.NETWORK.columns(), t.columns());
    assertEquals(List.of("relation", "relation", "bears", "bears", "bears", "bears", "bears", "bears"),
        t.column("kind"));
    assertEquals(Map.of("case", ID, "kind", "relation", "distance", "0", "from", "teacher", "fromLabel",
        "Class teacher", "fromOccupants", "ann", "type", "cares-for", "label", "teaches and looks after",
        "strength", "high", "trust", "medium"), Map.copyOf(t.rows().get(1)).entrySet().stream()
        .filter(e -> List.of("case", "kind", "distance", "from", "fromLabel", "fromOccupants", "type", "label",
            "strength", "trust").contains(e.getKey()))
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    assertEquals("school:curriculum school:pastoral", t.rows().get(2).get("codes"));
    assertEquals("homework", t.rows().get(2).get("cycles"));
    assertEquals(t, queries.run("network", Map.of("around", "pupil", "depth", "1", "case", ID)));
    assertEquals(queries.run("network", Map.of("around", "pupil", "case", ID)),
        queries.run("network", Map.of("around", "pupil", "depth", "2", "case", ID)), "depth 2 by default");
  }

  @Test
  void anUnknownPositionPracticeIsRefusedWithASuggestion() {
    QueryParameterException e = assertThrows(QueryParameterException.class,
        () -> queries.inCase(ID).network("pupli", 1));
    assertEquals("around", e.parameter());
    assertTrue(e.getMessage().contains("did you mean 'pupil'?"), e::getMessage);
    QueryParameterException structure = assertThrows(QueryParameterException.class,
        () -> queries.inCase(ID).network("curriculum", 1));
    assertTrue(structure.getMessage().contains("is not a position-practice"), structure::getMessage);
    assertThrows(QueryParameterException.class, () -> queries.run("network", Map.of("case", ID)));
  }

  @Test
  void aBadDepthIsRefused() {
    for (String depth : List.of("-1", "two", "1.5", "1001")) {
      QueryParameterException e = assertThrows(QueryParameterException.class,
          () -> queries.run("network", Map.of("around", "pupil", "depth", depth, "case", ID)), depth);
      assertEquals("depth", e.parameter());
      assertTrue(e.getMessage().contains("is not a whole number from 0 to 1000"), e::getMessage);
    }
    assertThrows(IllegalArgumentException.class, () -> queries.network("pupil", -1));
  }

  @Test
  void theChainEndsAtThePositionPracticeAnOutcomeChangesAsTheInMemoryChainDoes() {
    QueryTable chain = queries.run("chain", Map.of("from", "curriculum", "to", "pupil", "case", ID));
    List<String> firstPath = chain.rows().stream().filter(r -> r.get("path").equals("1"))
        .map(r -> r.get("id") + (r.get("via").isEmpty() ? "" : " via " + r.get("via"))).toList();
    assertEquals(List.of("curriculum", "teach via conditions", "pupil via changes"), firstPath);
    List<ChainPath> inMemory = ChainGraph.of(school()).paths("curriculum", "pupil");
    assertEquals(inMemory.size(), chain.column("path").stream().distinct().count());
    // enactedIn stays: the teacher's agency is enacted in her position-practice.
    assertEquals(List.of("curriculum", "teach", "teacher"), queries.run("chain", Map.of("from", "curriculum", "to",
        "teacher", "case", ID)).column("id"));
  }

  @Test
  void aCycleThatReproducesThePositionPracticeItActsFromIsNoFeedbackLoopUnlessItIsAlsoACondition() {
    assertEquals(List.of(), queries.inCase(ID).feedback(), "the pupil's position-practice is changed and "
        + "reproduced, but conditions none of the agency that does it");
    try (SstStore own = SstStore.memory()) {
      Case c = school();
      Cycle lesson = c.cycles().get(0);
      Cycle reproducing = Cycle.builder("lesson", lesson.label()).site(lesson.site()).agentInFocus("ann")
          .positionPractice("teacher").external("curriculum", "timetable").material(Condition.of("classroom"))
          .agency(ActiveAgency.builder("teach", "Teaches fractions").build())
          .outcome(Outcome.of("teacher").withChange(Change.REPRODUCED)).build();
      own.put(replaceLesson(c, reproducing));
      assertEquals(List.of(), SstQueries.on(own).feedback(), "enactedIn leads into the position-practice, never "
          + "out of it");
      Cycle conditioned = Cycle.builder("lesson", lesson.label()).site(lesson.site()).agentInFocus("ann")
          .positionPractice("teacher").external("curriculum", "timetable", "teacher")
          .material(Condition.of("classroom"))
          .agency(ActiveAgency.builder("teach", "Teaches fractions").build())
          .outcome(Outcome.of("teacher").withChange(Change.REPRODUCED)).build();
      own.put(replaceLesson(c, conditioned));
      List<FeedbackLoop> loops = SstQueries.on(own).feedback();
      assertEquals(List.of("teacher"), loops.stream().map(FeedbackLoop::structure).toList(),
          "a position-practice that conditions the agency that reproduces it is recursion, as a structure is");
    }
  }

  private static Case replaceLesson(Case c, Cycle lesson) {
    Case.Builder b = Case.builder(c.id(), c.title()).base(c.base());
    c.agents().forEach(b::agent);
    c.positionPractices().forEach(b::positionPractice);
    c.structures().forEach(b::structure);
    c.events().forEach(b::event);
    b.cycle(lesson);
    c.cycles().subList(1, c.cycles().size()).forEach(b::cycle);
    c.codebooks().forEach(b::codebook);
    return b.build();
  }
}

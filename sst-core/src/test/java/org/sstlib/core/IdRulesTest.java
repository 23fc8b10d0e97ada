package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sstlib.core.CaseFixture.assertHasProblem;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.edit;
import static org.sstlib.core.CaseFixture.editCycle;
import static org.sstlib.core.CaseFixture.fixture;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids have the form {@code [A-Za-z0-9][A-Za-z0-9._-]*} and are unique across the whole case; concept ids
 * live in their codebook's own space.
 *
 * <p>Each test breaks the valid case of {@link CaseFixture} in one way and pins the element id, the case-file
 * path and the gist of the message of the problem.
 */
class IdRulesTest {
  @Test
  void duplicateAgent() {
    Case.Builder b = fixture().agent(Agent.builder("gp", "Another GP", AgentType.INDIVIDUAL).build());
    assertOnlyProblem(b, "agents[4].id", "gp",
        "duplicate id 'gp': already used by the agent at agents[2]; ids are unique across the whole case");
  }

  @Test
  void agencyWithTheIdOfAStructure() {
    Case.Builder b = fixture();
    editCycle(b, 1, c -> c.agency.set(0, ActiveAgency.builder("risk-tool", "Plans").build()));
    assertOnlyProblem(b, "cycles[1].agency[0].id", "risk-tool",
        "duplicate id 'risk-tool': already used by the structure at structures[0]");
  }

  @Test
  void agencyIdsAreUniqueAcrossCycles() {
    Case.Builder b = fixture();
    editCycle(b, 1, c -> c.agency.set(0, ActiveAgency.builder("icm-discussion", "Plans").build()));
    assertOnlyProblem(b, "cycles[1].agency[0].id", "icm-discussion",
        "already used by the agency at cycles[0].agency[0]");
  }

  @Test
  void eventWithTheIdOfACycleIsReportedAtTheCycle() {
    // Ids are indexed kind by kind (analysts, sources, agents, position-practices, structures, events, cycles,
    // evidence, codebooks); the first definition in that order wins.
    Case.Builder b = fixture().event(Event.builder("icm", "An event").build());
    assertOnlyProblem(b, "cycles[0].id", "icm", "duplicate id 'icm': already used by the event at events[1]");
  }

  @Test
  void sourceWithTheIdOfAnAgent() {
    Case.Builder b = fixture().source(Source.of("alf", SourceType.INTERVIEW));
    assertHasProblem(b, "agents[3].id", "alf", "duplicate id 'alf': already used by the source at sources[1]");
  }

  @Test
  void evidenceWithTheIdOfACodebook() {
    Case.Builder b = fixture().evidence(Evidence.builder("ic", "paper").note("n").build());
    assertOnlyProblem(b, "codebooks[0].id", "ic", "duplicate id 'ic': already used by the evidence at evidence[1]");
  }

  @Test
  void analystWithTheIdOfAnEvent() {
    Case.Builder b = fixture().analyst(new Analyst("admission", "Someone"));
    assertHasProblem(b, "events[0].id", "admission",
        "duplicate id 'admission': already used by the analyst at analysts[1]");
  }

  @Test
  void duplicateCycle() {
    Case.Builder b = fixture();
    b.cycles.add(edit(b.cycles.get(1), c -> c.agency = List.of(ActiveAgency.builder("plan-2", "Plans").build())));
    assertOnlyProblem(b, "cycles[2].id", "planning", "duplicate id 'planning': already used by the cycle at cycles[1]");
  }

  @Test
  void conceptIdsDoNotShareTheCaseIdSpace() {
    Case.Builder b = fixture();
    b.codebooks.set(0, new Codebook("ic", "Integration", ImmutableList.of(
        Codebook.Concept.of("vertical", "Vertical"), Codebook.Concept.of("rh", "Same id as an analyst"),
        Codebook.Concept.of("matron", "Same id as an agent"))));
    assertEquals(List.of(), b.problems());
  }

  @Test
  void conceptDefinedTwiceInACodebook() {
    Case.Builder b = fixture();
    b.codebooks.set(0, new Codebook("ic", "Integration", ImmutableList.of(
        Codebook.Concept.of("vertical", "Vertical"), Codebook.Concept.of("vertical", "Again"))));
    assertOnlyProblem(b, "codebooks[0].concepts[1].id", "ic", "concept 'vertical' is defined twice in codebook 'ic'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-x", ".x", "_x", "a b", "a/b", "a:b", "x#", "caf\u00E9", "e\u0301", "\uD83D\uDE00",
      "", " ", "x\n", "\u200Fx", "a\tb"})
  void invalidEventId(String id) {
    Case.Builder b = fixture().event(Event.builder(id, "An event").build());
    // A problem shows control characters escaped: a line break in the id is shown as a backslash-u escape.
    String shown = TextRule.escape(id);
    assertOnlyProblem(b, "events[1].id", shown, "event id '" + shown + "' is not a valid id",
        "use letters, digits, '.', '_' and '-', starting with a letter or digit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"007", "1e3", "yes", "null", "A.b_c-d", "x..y", "9", "2016-03-01"})
  void awkwardButValidIds(String id) {
    Case.Builder b = fixture().event(Event.builder(id, "An event").build());
    assertEquals(List.of(), b.problems());
  }

  @Test
  void invalidIdOfEachKindNamesTheKind() {
    Case.Builder b = fixture()
        .analyst(new Analyst("-a", "A"))
        .source(Source.of("-s", SourceType.OTHER))
        .agent(Agent.builder("-g", "G", AgentType.INDIVIDUAL).build())
        .positionPractice(PositionPractice.builder("-p", "P").build())
        .structure(Structure.builder("-t", "T", StructureForm.OTHER).build())
        .evidence(Evidence.builder("-e", "paper").note("n").build())
        .codebook(new Codebook("-b", "B", ImmutableList.of()));
    editCycle(b, 0, c -> c.agency.add(ActiveAgency.builder("-y", "Y").build()));
    List<String> got = b.problems().stream().map(p -> p.path() + " " + p.elementId() + " "
        + p.message().substring(0, p.message().indexOf(" is not"))).collect(Collectors.toList());
    assertEquals(List.of(
        "analysts[1].id -a analyst id '-a'",
        "sources[1].id -s source id '-s'",
        "agents[4].id -g agent id '-g'",
        "positionPractices[2].id -p position-practice id '-p'",
        "structures[8].id -t structure id '-t'",
        "cycles[0].agency[1].id -y agency id '-y'",
        "evidence[1].id -e evidence id '-e'",
        "codebooks[1].id -b codebook id '-b'"), got);
  }

  @Test
  void invalidCaseId() {
    Case.Builder b = Case.builder("my case", "T");
    assertOnlyProblem(b, "id", "my case", "case id 'my case' is not a valid id");
  }

  @Test
  void invalidConceptId() {
    Case.Builder b = fixture();
    b.codebooks.set(0, new Codebook("ic", "Integration", ImmutableList.of(
        Codebook.Concept.of("vertical", "Vertical"), Codebook.Concept.of("not valid", "Bad"))));
    assertOnlyProblem(b, "codebooks[0].concepts[1].id", "ic", "concept id 'not valid' is not a valid id");
  }
}

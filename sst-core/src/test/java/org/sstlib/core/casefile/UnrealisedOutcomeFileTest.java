package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Outcome;
import org.sstlib.core.Problem;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;

/**
 * Unrealised intended outcomes in case files: {@code realised: false}, {@code intendedBy} and {@code instead} are
 * read, defaulted, written back only when they differ from the default, and every misuse is reported at its line
 * and column. A school timetabling office, far from health care, so nothing depends on the reference case.
 */
class UnrealisedOutcomeFileTest {

  /** A planning office meant to give every class a qualified teacher; supply cover happened instead. */
  static final String GOOD = String.join("\n",
      "sst: \"1\"",
      "id: timetable-study",
      "title: Timetabling in a secondary school",
      "agents:",
      "  - {id: deputy, label: Deputy head, type: individual}",
      "  - {id: governors, label: Governing body, type: collective}",
      "structures:",
      "  - {id: staffing-budget, label: Staffing budget, form: funding}",
      "  - {id: timetable, label: The timetable, form: artefact}",
      "  - {id: knows-staff, label: Knows the staff's subjects, form: other, internalTo: deputy,"
          + " kind: conjuncturally-specific}",
      "events:",
      "  - {id: qualified-cover, label: Every class taught by a qualified teacher}",
      "  - {id: supply-cover, label: Classes covered by supply staff}",
      "cycles:",
      "  - id: planning",
      "    label: Summer timetabling",
      "    site: Planning office",
      "    agentInFocus: deputy",
      "    agentsInContext: [governors]",
      "    external: [staffing-budget]",
      "    internal: [knows-staff]",
      "    agency:",
      "      - {id: build-timetable, label: Builds the timetable}",
      "    outcomes:",
      "      - {ref: timetable, change: created}",
      "      - {ref: supply-cover, change: event}",
      "      - ref: qualified-cover",
      "        change: event",
      "        realised: false",
      "        intendedBy: [governors, deputy]",
      "        instead: [supply-cover]",
      "");

  private static Case read(String text) {
    return CaseFiles.read(text, CaseFormat.YAML, "school.yaml");
  }

  private static Problem refusedAt(String from, String to) {
    assertTrue(GOOD.contains(from), from);
    CaseFileException e = assertThrows(CaseFileException.class, () -> read(GOOD.replace(from, to)));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem p = e.problems().get(0);
    assertEquals("school.yaml", p.file().orElseThrow());
    return p;
  }

  private static Outcome outcome(Case c, String ref) {
    return c.cycles().get(0).outcomes().stream().filter(o -> o.ref().equals(ref)).findFirst().orElseThrow();
  }

  @Test
  void readsAnUnrealisedOutcomeWithWhoIntendedItAndWhatHappenedInstead() {
    Outcome o = outcome(read(GOOD), "qualified-cover");
    assertFalse(o.realised());
    assertEquals(List.of("deputy", "governors"), o.intendedBy());
    assertEquals(List.of("supply-cover"), o.instead());
    Outcome timetable = outcome(read(GOOD), "timetable");
    assertTrue(timetable.realised());
    assertEquals(List.of(), timetable.intendedBy());
  }

  @Test
  void intendedByDefaultsToTheAgentInFocusAndIsNotWrittenBack() {
    Case c = read(GOOD.replace("        intendedBy: [governors, deputy]\n", ""));
    assertEquals(List.of("deputy"), outcome(c, "qualified-cover").intendedBy());
    String yaml = CaseFiles.write(c, CaseFormat.YAML);
    assertTrue(yaml.contains("realised"), yaml);
    assertFalse(yaml.contains("intendedBy"), yaml);
  }

  @Test
  void roundTripsThroughYamlAndJson() {
    Case c = read(GOOD);
    for (CaseFormat format : CaseFormat.values()) {
      String text = CaseFiles.write(c, format);
      assertTrue(text.contains("instead") && text.contains("intendedBy"), text);
      Case back = CaseFiles.read(text, format, "again");
      assertEquals(c, back, format.toString());
      assertEquals(text, CaseFiles.write(back, format));
    }
  }

  @Test
  void anUnrealisedOutcomeGivesNoProducesStep() {
    List<ChainStep> produced = ChainGraph.stepsOf(read(GOOD)).stream()
        .filter(s -> s.kind() == StepKind.PRODUCES).toList();
    assertEquals(List.of("timetable", "supply-cover"), produced.stream().map(ChainStep::to).toList());
    // Realised, the same outcome is produced.
    Case realised = read(GOOD.replace("        realised: false\n        intendedBy: [governors, deputy]\n"
        + "        instead: [supply-cover]\n", ""));
    assertTrue(ChainGraph.stepsOf(realised).stream()
        .anyMatch(s -> s.kind() == StepKind.PRODUCES && s.to().equals("qualified-cover")));
  }

  @Test
  void realisedThatIsNotABooleanIsLocated() {
    Problem p = refusedAt("realised: false", "realised: later");
    assertEquals(29, p.line());
    assertEquals(19, p.column());
    assertTrue(p.message().contains("'realised' should be true or false"), p.message());
  }

  @Test
  void insteadNamingNothingIsLocated() {
    Problem p = refusedAt("instead: [supply-cover]", "instead: [suply-cover]");
    assertEquals(31, p.line());
    assertEquals(19, p.column());
    assertEquals("cycles[0].outcomes[2].instead[0]", p.path());
    assertEquals("planning", p.elementId());
    assertTrue(p.message().contains("did you mean 'supply-cover'"), p.message());
  }

  @Test
  void insteadNamingAStructureNoCycleProducesIsRefused() {
    Problem p = refusedAt("instead: [supply-cover]", "instead: [staffing-budget]");
    assertEquals(31, p.line());
    assertTrue(p.message().contains("structure 'staffing-budget' is not a realised outcome"), p.message());
  }

  @Test
  void insteadNamingARealisedStructureIsAccepted() {
    Case c = read(GOOD.replace("instead: [supply-cover]", "instead: [timetable]"));
    assertEquals(List.of("timetable"), outcome(c, "qualified-cover").instead());
  }

  @Test
  void insteadNamingAnAgentOrAnAgencyIsRefused() {
    assertTrue(refusedAt("instead: [supply-cover]", "instead: [deputy]").message()
        .contains("'deputy' is an agent: 'instead' names what happened"));
    assertTrue(refusedAt("instead: [supply-cover]", "instead: [build-timetable]").message()
        .contains("is an agency"));
  }

  @Test
  void insteadNamingAnotherUnrealisedEventOrItselfIsRefused() {
    Problem p = refusedAt("      - {ref: supply-cover, change: event}",
        "      - {ref: supply-cover, change: event, realised: false}");
    assertEquals(31, p.line());
    assertTrue(p.message().contains("only ever an unrealised outcome"), p.message());
    assertTrue(refusedAt("instead: [supply-cover]", "instead: [qualified-cover]").message()
        .contains("instead of itself"));
  }

  @Test
  void intendedByNamingSomethingThatIsNotAnAgentIsLocated() {
    Problem p = refusedAt("intendedBy: [governors, deputy]", "intendedBy: [governors, timetable]");
    assertEquals(30, p.line());
    assertEquals(33, p.column());
    assertEquals("cycles[0].outcomes[2].intendedBy[1]", p.path());
    assertTrue(p.message().contains("'timetable' is a structure, not an agent"), p.message());
    assertTrue(refusedAt("intendedBy: [governors, deputy]", "intendedBy: [governers]").message()
        .contains("did you mean 'governors'"));
  }

  @Test
  void intendedByOrInsteadOnARealisedOutcomeIsRefused() {
    Problem p = refusedAt("      - {ref: timetable, change: created}",
        "      - {ref: timetable, change: created, instead: [supply-cover]}");
    assertEquals(25, p.line());
    assertTrue(p.message().contains("is realised: 'instead'"), p.message());
    Problem q = refusedAt("      - {ref: timetable, change: created}",
        "      - {ref: timetable, change: created, intendedBy: [deputy]}");
    assertTrue(q.message().contains("is realised: 'intendedBy'"), q.message());
  }

  @Test
  void intendedContradictingIntendedByIsRefused() {
    String unrealised = "        change: event\n        realised: false\n        intendedBy: [governors, deputy]";
    Problem p = refusedAt(unrealised, unrealised.replace("realised: false", "intended: 'no'\n        realised: false"));
    assertEquals(29, p.line());
    assertTrue(p.message().contains("'intended' cannot be 'no'"), p.message());
    Case byOthers = read(GOOD.replace("intendedBy: [governors, deputy]", "intendedBy: [governors]\n"
        + "        intended: 'no'"));
    assertEquals(List.of("governors"), outcome(byOthers, "qualified-cover").intendedBy());
  }

  @Test
  void theOutcomeQualifiersAreRefusedOnConditions() {
    Problem p = refusedAt("    external: [staffing-budget]", "    external: [{ref: staffing-budget, realised: false}]");
    assertTrue(p.message().contains("'realised' qualifies outcomes"), p.message());
  }

  @Test
  void jsonBadInputIsLocatedToo() {
    String json = CaseFiles.write(read(GOOD), CaseFormat.JSON).replace("\"realised\" : false", "\"realised\" : \"no\"");
    assertTrue(json.contains("\"realised\" : \"no\""), json);
    CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(json, CaseFormat.JSON, "s.json"));
    Problem p = e.problems().get(0);
    assertTrue(p.line() > 1 && p.column() > 1, p.toString());
    assertTrue(p.message().contains("'realised' should be true or false"), p.message());
  }
}

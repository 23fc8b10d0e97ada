package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Problem;

/**
 * What the explanation rules add to case files: unavailable internal entries, {@code continues}, and the order of
 * cycles by {@code follows} and {@code time}; each is read, written back, and each misuse reported at its line and
 * column. A school's timetabling, far from health care, so nothing depends on the reference case.
 */
class TimeAndContinuesFileTest {

  /** The deputy builds the timetable in 2025 without knowing the rules for supply staff; sets are made later. */
  static final String GOOD = String.join("\n",
      "sst: \"1\"",
      "id: timetable-study",
      "title: Timetabling in a secondary school",
      "continues: [la-staffing]",
      "agents:",
      "  - {id: deputy, label: Deputy head, type: individual}",
      "  - {id: head-of-maths, label: Head of mathematics, type: individual}",
      "structures:",
      "  - {id: staffing-budget, label: Staffing budget, form: funding}",
      "  - {id: timetable, label: The timetable, form: artefact}",
      "  - {id: knows-staff, label: Knows the staff's subjects, internalTo: deputy, kind: conjuncturally-specific}",
      "  - {id: knows-supply-rules, label: Knows the supply rules, internalTo: deputy,"
          + " kind: conjuncturally-specific}",
      "cycles:",
      "  - id: planning",
      "    label: Summer timetabling",
      "    site: Planning office",
      "    time: 2025-06",
      "    agentInFocus: deputy",
      "    external: [staffing-budget]",
      "    internal: [knows-staff, {ref: knows-supply-rules, available: false}]",
      "    agency:",
      "      - {id: build-timetable, label: Builds the timetable}",
      "    outcomes:",
      "      - {ref: timetable, change: created}",
      "  - id: setting",
      "    label: Setting the groups",
      "    site: Mathematics department",
      "    time: 2025-09",
      "    follows: [planning]",
      "    agentInFocus: head-of-maths",
      "    external: [timetable]",
      "    agency:",
      "      - {id: set-groups, label: Sets the groups}",
      "    outcomes:",
      "      - {ref: timetable, change: reproduced}",
      "");

  private static Case read(String text) {
    return CaseFiles.read(text, CaseFormat.YAML, "school.yaml");
  }

  private static List<Problem> refused(String from, String to) {
    assertTrue(GOOD.contains(from), from);
    CaseFileException e = assertThrows(CaseFileException.class, () -> read(GOOD.replace(from, to)));
    return e.problems();
  }

  /** The 1-based line of the first line of GOOD (after the change) that contains {@code text}. */
  private static int lineOf(String text, String changed) {
    List<String> lines = changed.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void readsTheUnavailableInternalEntryAndContinuesAndWritesThemBack() {
    Case c = read(GOOD);
    Cycle planning = c.cycles().get(0);
    assertEquals(List.of("knows-staff", "knows-supply-rules"), planning.internal());
    assertEquals(List.of("knows-supply-rules"), planning.unavailableInternal());
    assertFalse(planning.internalAvailable("knows-supply-rules"));
    assertTrue(planning.internalAvailable("knows-staff"));
    assertEquals(List.of("la-staffing"), c.continues());
    for (CaseFormat format : CaseFormat.values()) {
      String written = CaseFiles.write(c, format);
      assertEquals(c, CaseFiles.read(written, format, "again"), format.name());
    }
    String yaml = CaseFiles.write(c, CaseFormat.YAML);
    assertTrue(yaml.contains("available: false"), yaml);
    assertTrue(yaml.contains("continues:"), yaml);
  }

  @Test
  void anAvailabilityThatIsNotABooleanIsReportedWhereItIs() {
    String changed = GOOD.replace("{ref: knows-supply-rules, available: false}",
        "{ref: knows-supply-rules, available: perhaps}");
    List<Problem> problems = refused("available: false}", "available: perhaps}");
    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals(lineOf("available: perhaps", changed), p.line());
    assertTrue(p.column() > 0);
    assertTrue(p.path().contains("internal[1].available"), p.path());
  }

  @Test
  void aCaseCannotContinueItselfOrTheSameCaseTwice() {
    List<Problem> self = refused("continues: [la-staffing]", "continues: [timetable-study]");
    assertEquals(1, self.size(), self.toString());
    assertEquals("continues[0]", self.get(0).path());
    assertEquals(lineOf("continues:", GOOD), self.get(0).line());
    assertTrue(self.get(0).message().contains("cannot continue itself"), self.get(0).message());
    List<Problem> twice = refused("continues: [la-staffing]", "continues: [la-staffing, la-staffing]");
    assertEquals(1, twice.size(), twice.toString());
    assertTrue(twice.get(0).path().startsWith("continues"), twice.get(0).path());
  }

  @Test
  void followsAndTimeThatContradictEachOtherAreReportedAtEveryPlaceThatSaysSo() {
    // The setting follows the planning, but its time now ends before the planning's begins.
    String changed = GOOD.replace("time: 2025-09", "time: 2024-09");
    List<Problem> problems = refused("time: 2025-09", "time: 2024-09");
    List<String> paths = problems.stream().map(Problem::path).sorted().collect(Collectors.toList());
    assertEquals(List.of("cycles[0].time", "cycles[1].follows[0]", "cycles[1].time"), paths);
    for (Problem p : problems) {
      assertTrue(p.message().contains("'setting' follows 'planning'"), p.message());
      assertTrue(p.message().contains("2024-09") && p.message().contains("2025-06"), p.message());
      assertTrue(p.line() > 0 && p.column() > 0, p.toString());
    }
    Problem time = problems.stream().filter(p -> p.path().equals("cycles[1].time")).findFirst().orElseThrow();
    assertEquals(lineOf("time: 2024-09", changed), time.line());
    Problem follows = problems.stream().filter(p -> p.path().equals("cycles[1].follows[0]")).findFirst()
        .orElseThrow();
    assertEquals(lineOf("follows: [planning]", changed), follows.line());
  }

  @Test
  void overlappingTimesPutNoOrderAndAreAccepted() {
    Case c = read(GOOD.replace("time: 2025-09", "time: 2025"));
    assertEquals(2, c.cycles().size());
  }
}

package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sst load} and {@code sst query chain} across cases that say how they join ({@code continues}), the time
 * rule across them, and absences, on a local authority's staffing formula and a school's timetabling (the test
 * cases of sst-rdf, {@code org/sstlib/rdf/query/continues/}): far from health care, invented for the tests.
 */
class ContinuesAndAbsencesCommandTest {

  @TempDir Path dir;

  private Path copy(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/org/sstlib/rdf/query/continues/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path loaded(String... names) throws IOException {
    Path store = dir.resolve("store");
    String[] args = new String[names.length + 3];
    args[0] = "load";
    args[1] = "--store";
    args[2] = store.toString();
    for (int i = 0; i < names.length; i++) {
      args[i + 3] = copy(names[i]).toString();
    }
    SstRun run = sst(args);
    assertEquals(0, run.exitCode(), run.err());
    return store;
  }

  private static List<String> column(SstRun csv, String name) {
    List<String> lines = csv.out().lines().toList();
    int at = cells(lines.get(0)).indexOf(name);
    return lines.subList(1, lines.size()).stream().map(l -> cells(l).get(at)).toList();
  }

  /** The cells of one CSV line (no line breaks in these cells): commas inside double quotes are text. */
  private static List<String> cells(String line) {
    List<String> cells = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void theChainRunsFromTheContinuedCaseIntoTheCaseThatContinuesIt() throws IOException {
    Path store = loaded("dfe-funding.yaml", "la-staffing.yaml", "school-planning.yaml", "school-alone.yaml");
    SstRun run = sst("query", "--store", store.toString(), "chain", "-p", "from=national-funding",
        "-p", "to=timetabler", "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    // Only the case that says it continues the authority's case joins it; the copy that only shares IRIs does not.
    assertEquals(List.of("school-planning"), column(run, "case").stream().distinct().toList());
    assertEquals(List.of("national-funding", "set-formula", "staffing-budget", "build-timetable", "timetabler"),
        column(run, "id"));
    assertEquals(List.of("la-staffing/formula", "la-staffing/formula", "planning", "planning", "planning"),
        column(run, "cycle"));
    assertEquals(List.of("", "conditions", "creates", "conditions", "enactedIn"), column(run, "via"));
  }

  @Test
  void theChainRunsThroughACaseThatTheContinuedCaseContinuesInTurn() throws IOException {
    Path store = loaded("dfe-funding.yaml", "la-staffing.yaml", "school-planning.yaml");
    // school-planning continues la-staffing, which continues dfe-funding: from the 2023 spending review, through
    // the department's formula and the authority's, to the school's timetabler.
    SstRun run = sst("query", "--store", store.toString(), "chain", "-p", "from=spending-review",
        "-p", "to=timetabler", "-p", "case=school-planning", "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("spending-review", "settle-formula", "national-funding", "set-formula", "staffing-budget",
        "build-timetable", "timetabler"), column(run, "id"));
    assertEquals(List.of("dfe-funding/settlement", "dfe-funding/settlement", "la-staffing/formula",
        "la-staffing/formula", "planning", "planning", "planning"), column(run, "cycle"));
  }

  @Test
  void whatTheContinuedCaseProducedLaterNeverConditionsTheEarlierPlanning() throws IOException {
    Path store = loaded("dfe-funding.yaml", "la-staffing.yaml", "school-planning.yaml");
    // The formula set again in 2026 comes after the summer 2025 planning: no chain from the 2026 review.
    SstRun run = sst("query", "--store", store.toString(), "chain", "-p", "from=funding-review",
        "-p", "to=timetabler", "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, run.out().lines().count(), run.out());
  }

  @Test
  void aCaseThatContinuesACaseNotLoadedIsRefusedAndNothingIsLoaded() throws IOException {
    Path store = dir.resolve("store");
    SstRun run = sst("load", "--store", store.toString(), copy("school-planning.yaml").toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("school-planning.yaml: case 'school-planning', continues[0]: no case "
        + "'la-staffing'"), run.err());
    assertTrue(run.err().contains("nothing loaded"), run.err());
    SstRun after = sst("query", "--store", store.toString(), "field", "-f", "csv");
    assertEquals(1, after.out().lines().count(), after.out() + after.err());
  }

  @Test
  void anAbsenceIsAStepOfTheChainThatAbsencesFalseLeavesOut() throws IOException {
    Path file = copy("school-alone.yaml");
    SstRun unavailable = sst("query", file.toString(), "unavailable", "-f", "csv");
    assertEquals(0, unavailable.exitCode(), unavailable.err());
    assertEquals(List.of("internal"), column(unavailable, "role"));
    assertEquals(List.of("knows-supply-rules"), column(unavailable, "element"));
    assertEquals(List.of("build-timetable"), column(unavailable, "constrains"));
    assertEquals(List.of("timetable"), column(unavailable, "produced"));
    SstRun chain = sst("query", file.toString(), "chain", "-p", "from=knows-supply-rules", "-p", "to=timetabler",
        "-f", "csv");
    assertEquals(0, chain.exitCode(), chain.err());
    assertEquals(List.of("", "absentFor", "enactedIn"), column(chain, "via"));
    assertEquals("absent in planning", column(chain, "role").get(0));
    SstRun without = sst("query", file.toString(), "chain", "-p", "from=knows-supply-rules", "-p",
        "to=timetabler", "-p", "absences=false", "-f", "csv");
    assertEquals(0, without.exitCode(), without.err());
    assertEquals(1, without.out().lines().count(), without.out());
    SstRun bad = sst("query", file.toString(), "chain", "-p", "from=knows-supply-rules", "-p", "to=timetabler",
        "-p", "absences=maybe");
    // As for any value a parameter cannot take (limit=abc, say): exit code 1 and what is wrong.
    assertEquals(1, bad.exitCode(), bad.out());
    assertTrue(bad.err().contains("'maybe' is neither true nor false"), bad.err());
  }
}

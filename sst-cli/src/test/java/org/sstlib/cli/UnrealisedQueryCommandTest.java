package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.rdf.query.NamedQuery;

/** {@code sst query FILE unrealised}, on a planning office's case, and the named queries in the help. */
class UnrealisedQueryCommandTest {

  /** A planning office meant a bypass to be approved; the inquiry refused it and a public inquiry report followed. */
  private static final String CASE = String.join("\n",
      "sst: \"1\"",
      "id: bypass-plan",
      "title: A bypass in a county planning office",
      "sources:",
      "  - {id: officer-interview, type: interview}",
      "agents:",
      "  - {id: planning-officer, label: Planning officer, type: individual}",
      "  - {id: council, label: County council, type: collective}",
      "structures:",
      "  - {id: local-plan, label: The local plan, form: strategy}",
      "  - {id: knows-route, label: Knows the route options, form: other, internalTo: planning-officer,"
          + " kind: conjuncturally-specific}",
      "events:",
      "  - {id: bypass-approved, label: The bypass is approved}",
      "  - {id: application-refused, label: The application is refused}",
      "cycles:",
      "  - id: application",
      "    label: Preparing the application",
      "    site: County planning office",
      "    agentInFocus: planning-officer",
      "    agentsInContext: [council]",
      "    external: [local-plan]",
      "    internal: [knows-route]",
      "    agency:",
      "      - {id: prepare, label: Prepares the application}",
      "    outcomes:",
      "      - {ref: application-refused, change: event}",
      "      - {ref: bypass-approved, change: event, realised: false, intendedBy: [council, planning-officer],"
          + " instead: [application-refused]}",
      "evidence:",
      "  - {id: ev-officer, source: officer-interview, note: The officer expected approval,"
          + " supports: [application/bypass-approved]}",
      "");

  @TempDir Path dir;

  private Path write() throws IOException {
    Path file = dir.resolve("bypass.yaml");
    Files.writeString(file, CASE, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void listsTheUnrealisedOutcomeWithWhoIntendedItAndWhatHappenedInstead() throws IOException {
    SstRun run = sst("query", write().toString(), "unrealised", "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(List.of("case,cycle,index,outcome,label,intendedBy,instead,evidence,evidenceIds",
        "bypass-plan,application,1,bypass-approved,The bypass is approved,council planning-officer,"
            + "application-refused,1,ev-officer"), lines);
  }

  @Test
  void printsATableAndJsonToo() throws IOException {
    Path file = write();
    SstRun table = sst("query", file.toString(), "unrealised");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("bypass-approved") && table.out().contains("application-refused"),
        table.out());
    SstRun json = sst("query", file.toString(), "unrealised", "-f", "json");
    assertEquals(0, json.exitCode(), json.err());
    assertTrue(json.out().contains("\"intendedBy\" : \"council planning-officer\""), json.out());
  }

  @Test
  void aCaseWhoseInsteadNamesNothingIsInvalidInputWithItsPlace() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, CASE.replace("instead: [application-refused]", "instead: [application-refusd]"),
        StandardCharsets.UTF_8);
    SstRun run = sst("query", file.toString(), "unrealised");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("bad.yaml:27:") && run.err().contains("application-refusd")
        && run.err().contains("did you mean 'application-refused'"), run.err());
  }

  @Test
  void theHelpNamesEveryNamedQuery() {
    SstRun help = sst("query", "--help");
    assertEquals(0, help.exitCode(), help.err());
    String text = help.out().replaceAll("\\s+", " ");
    for (String name : NamedQuery.names()) {
      assertTrue(text.contains(" " + name), name + " missing from: " + help.out());
    }
  }
}

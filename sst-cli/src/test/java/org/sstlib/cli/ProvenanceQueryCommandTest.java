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

/**
 * {@code sst query FILE provenance} and the kind and maker columns of {@code sst query FILE evidence}, on a case file
 * of format version 2 with evidence of three kinds, one item naming its own analyst.
 */
class ProvenanceQueryCommandTest {

  /** A ward's handover: a nurse's words, a field note by Ben, and the analysts' own inference. */
  private static final String CASE = String.join("\n",
      "sst: \"2\"",
      "id: ward-handover",
      "title: Shift handover on a ward",
      "analysts:",
      "  - {id: ana, name: Ana Analyst}",
      "  - {id: ben, name: Ben Analyst}",
      "sources:",
      "  - {id: interviews, type: interview}",
      "  - {id: notes, type: observation}",
      "agents:",
      "  - {id: nurse, label: Ward nurse, type: individual}",
      "structures:",
      "  - {id: rota, label: The shift rota, form: policy}",
      "events:",
      "  - {id: handover-late, label: The handover runs late}",
      "cycles:",
      "  - id: handover",
      "    label: The nurse hands over",
      "    site: Ward 7",
      "    agentInFocus: nurse",
      "    external: [rota]",
      "    agency:",
      "      - {id: swap-shifts, label: Swaps shifts}",
      "    outcomes:",
      "      - {ref: handover-late, change: event}",
      "evidence:",
      "  - {id: e1, source: interviews, kind: participant, quote: The rota never fits,"
          + " supports: [rota, handover/nurse]}",
      "  - {id: e2, source: notes, kind: fieldnote, by: ben, quote: Handover ran over, supports: [handover-late]}",
      "  - {id: e3, source: notes, kind: analyst, note: The rota is reproduced, supports: [handover/rota]}",
      "");

  @TempDir Path dir;

  private Path write() throws IOException {
    Path file = dir.resolve("ward.yaml");
    Files.writeString(file, CASE, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void countsTheClaimsOfEachKindForTheCaseAndItsCycle() throws IOException {
    SstRun run = sst("query", write().toString(), "provenance", "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("case,cycle,kind,claims,evidence,share",
        "ward-handover,,participant,2,1,50.0",
        "ward-handover,,fieldnote,1,1,25.0",
        "ward-handover,,analyst,1,1,25.0",
        "ward-handover,handover,participant,2,1,50.0",
        "ward-handover,handover,fieldnote,1,1,25.0",
        "ward-handover,handover,analyst,1,1,25.0"), run.out().lines().toList());
  }

  @Test
  void printsATableAndJsonToo() throws IOException {
    Path file = write();
    SstRun table = sst("query", file.toString(), "provenance");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("participant") && table.out().contains("share"), table.out());
    SstRun json = sst("query", file.toString(), "provenance", "-f", "json");
    assertEquals(0, json.exitCode(), json.err());
    assertTrue(json.out().contains("\"kind\" : \"fieldnote\"") && json.out().contains("\"share\" : 25.0"),
        json.out());
  }

  @Test
  void evidenceSaysEachItemsKindAndWhoMadeIt() throws IOException {
    Path file = write();
    SstRun run = sst("query", file.toString(), "evidence", "--param", "element=rota", "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("case,element,claim,evidence,source,kind,quote,note,locator,speakerRole,by",
        "ward-handover,rota,rota,e1,interviews,participant,The rota never fits,,,,ana ben",
        "ward-handover,rota,handover/rota,e3,notes,analyst,,The rota is reproduced,,,ana ben"),
        run.out().lines().toList());
    SstRun late = sst("query", file.toString(), "evidence", "--param", "element=handover-late", "-f", "csv");
    assertEquals(0, late.exitCode(), late.err());
    assertTrue(late.out().lines().toList().get(1).endsWith(",fieldnote,Handover ran over,,,,ben"), late.out());
  }
}

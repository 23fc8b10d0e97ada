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
 * {@code sst query FILE forces}: the irresistible forces of each cycle, what resisting would have cost and what was
 * lacking, on a case file of format version 2 after Hughes et al. (2022): the Better Care Fund officials had to
 * comply with the template.
 */
class ForcesQueryCommandTest {

  private static final String CASE = String.join("\n",
      "sst: \"2\"",
      "id: bcf",
      "title: Better Care Fund planning (illustrative)",
      "analysts:",
      "  - {id: ana, name: Ana Analyst}",
      "sources:",
      "  - {id: interviews, type: interview}",
      "agents:",
      "  - {id: officials, label: Better Care Fund officials, type: collective}",
      "structures:",
      "  - {id: bcf-template, label: The planning template, form: artefact}",
      "  - {id: targets, label: National admission targets, form: contract-or-target}",
      "  - {id: pooled-budget, label: The pooled budget, form: funding}",
      "events:",
      "  - {id: plan-submitted, label: The plan is submitted}",
      "cycles:",
      "  - id: planning",
      "    label: Officials fill in the template",
      "    site: Planning meetings",
      "    agentInFocus: officials",
      "    external:",
      "      - {ref: pooled-budget, effect: enables, force: independent-influence}",
      "      - ref: bcf-template",
      "        effect: constrains",
      "        force: irresistible-force",
      "        sacrifices: [show savings from integrated care, complete the template as required]",
      "        lacking: [critical-distance, power]",
      "      - {ref: targets, effect: constrains, force: irresistible-force}",
      "    agency:",
      "      - id: fill-grid",
      "        label: Fill in the funding grid",
      "        concerns: [complete the template as required, name a funding source for every scheme]",
      "    outcomes:",
      "      - {ref: plan-submitted, change: event}",
      "evidence:",
      "  - {id: e1, source: interviews, kind: participant, quote: We had to comply with the template,"
          + " supports: [planning/bcf-template, bcf-template]}",
      "  - {id: e2, source: interviews, kind: analyst, note: No room to say no, supports: [planning/bcf-template]}",
      "");

  @TempDir Path dir;

  private Path write() throws IOException {
    Path file = dir.resolve("bcf.yaml");
    Files.writeString(file, CASE, StandardCharsets.UTF_8);
    return file;
  }

  private static final String HEADER = "case,cycle,agentInFocus,role,index,element,label,effect,available,"
      + "sacrifices,lacking,concerns,roleEvidence,elementEvidence";
  private static final String CONCERNS = "complete the template as required; name a funding source for every scheme";

  @Test
  void listsEachIrresistibleForceWithWhatResistingWouldHaveCostAndWhatWasLacking() throws IOException {
    SstRun run = sst("query", write().toString(), "forces", "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of(HEADER,
        "bcf,planning,officials,external,1,bcf-template,The planning template,constrains,true,"
            + "show savings from integrated care; complete the template as required,power critical-distance,"
            + CONCERNS + ",2,1",
        "bcf,planning,officials,external,2,targets,National admission targets,constrains,true,,," + CONCERNS
            + ",0,0"), run.out().lines().toList());
  }

  @Test
  void theCycleParameterKeepsOneCycleAndANameThatIsNoCycleIsRefused() throws IOException {
    Path file = write();
    SstRun one = sst("query", file.toString(), "forces", "--param", "cycle=planning", "-f", "csv");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(3, one.out().lines().count(), one.out());
    SstRun typo = sst("query", file.toString(), "forces", "--param", "cycle=planing");
    assertEquals(1, typo.exitCode(), typo.out());
    assertTrue(typo.err().contains("no cycle 'planing'") && typo.err().contains("did you mean 'planning'"),
        typo.err());
    SstRun wrongKind = sst("query", file.toString(), "forces", "--param", "cycle=bcf-template");
    assertEquals(2, wrongKind.exitCode(), wrongKind.out());
    SstRun unknown = sst("query", file.toString(), "forces", "--param", "cycl=planning");
    assertEquals(2, unknown.exitCode(), unknown.out());
    assertTrue(unknown.err().contains("did you mean 'cycle'"), unknown.err());
  }

  @Test
  void printsATableAndJsonToo() throws IOException {
    Path file = write();
    SstRun table = sst("query", file.toString(), "forces");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("bcf-template") && table.out().contains("roleEvidence"), table.out());
    SstRun json = sst("query", file.toString(), "forces", "-f", "json");
    assertEquals(0, json.exitCode(), json.err());
    assertTrue(json.out().contains("\"lacking\" : \"power critical-distance\"")
        && json.out().contains("\"sacrifices\" : \"show savings from integrated care; complete the template as "
            + "required\""), json.out());
  }

  @Test
  void theHelpNamesTheQueryAndItsParameter() {
    SstRun help = sst("query", "--help");
    assertEquals(0, help.exitCode(), help.err());
    assertTrue(help.out().replaceAll("\\s+", " ").contains("forces (cycle)"), help.out());
  }
}

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
 * {@code sst query FILE network}: the network of position-practices around one and the structures that bear on
 * each, on a small invented school: the teacher cares for the pupil, the parent supports the pupil, the teacher is
 * accountable to the head.
 */
class NetworkQueryCommandTest {

  private static final String CASE = String.join("\n",
      "sst: \"2\"",
      "id: school",
      "title: A school's network around a pupil",
      "agents:",
      "  - {id: ann, label: Ann, type: individual}",
      "  - {id: pip, label: Pip, type: individual}",
      "  - {id: pam, label: Pam, type: individual}",
      "  - {id: hugh, label: Hugh, type: individual}",
      "positionPractices:",
      "  - id: teacher",
      "    label: Class teacher",
      "    occupiedBy: [ann]",
      "    relations:",
      "      - {to: pupil, type: cares-for, label: teaches and looks after, strength: high, trust: medium}",
      "      - {to: head, type: accountable-to}",
      "  - {id: pupil, label: Pupil, occupiedBy: [pip]}",
      "  - id: parent",
      "    label: Parent",
      "    occupiedBy: [pam]",
      "    relations:",
      "      - {to: pupil, type: supports}",
      "  - {id: head, label: Head teacher, occupiedBy: [hugh]}",
      "structures:",
      "  - {id: homework-policy, label: The homework policy, form: policy, codes: [school:pastoral]}",
      "  - {id: curriculum, label: The curriculum, form: policy}",
      "events:",
      "  - {id: homework-done, label: The homework is handed in}",
      "cycles:",
      "  - id: homework",
      "    label: Homework at home",
      "    site: Pip's home",
      "    agentInFocus: pip",
      "    positionPractice: pupil",
      "    external: [homework-policy]",
      "    agency:",
      "      - {id: do-homework, label: Does the homework}",
      "    outcomes: [homework-done]",
      "  - id: lesson",
      "    label: A lesson",
      "    site: Classroom",
      "    agentInFocus: ann",
      "    positionPractice: teacher",
      "    external: [curriculum]",
      "    agency:",
      "      - {id: teach, label: Teaches}",
      "    outcomes:",
      "      - {ref: pupil, change: changed}",
      "codebooks:",
      "  - id: school",
      "    label: School",
      "    concepts:",
      "      - {id: pastoral, label: Pastoral care}",
      "");

  @TempDir Path dir;

  private Path write() throws IOException {
    Path file = dir.resolve("school.yaml");
    Files.writeString(file, CASE, StandardCharsets.UTF_8);
    return file;
  }

  private static final String HEADER = "case,kind,distance,from,fromLabel,fromOccupants,type,label,strength,trust,"
      + "to,toLabel,toOccupants,codes,cycles";

  @Test
  void listsTheRelationsAroundThePupilThenTheStructuresThatBearOnEach() throws IOException {
    SstRun run = sst("query", write().toString(), "network", "--param", "around=pupil", "--param", "depth=1",
        "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of(HEADER,
        "school,relation,0,parent,Parent,pam,supports,,,,pupil,Pupil,pip,,",
        "school,relation,0,teacher,Class teacher,ann,cares-for,teaches and looks after,high,medium,pupil,Pupil,pip,,",
        "school,bears,0,pupil,Pupil,,,,,,homework-policy,The homework policy,,school:pastoral,homework",
        "school,bears,1,teacher,Class teacher,,,,,,curriculum,The curriculum,,,lesson"),
        run.out().lines().toList());
  }

  @Test
  void theDepthDefaultsToTwoAndZeroIsThePupilAlone() throws IOException {
    Path file = write();
    SstRun two = sst("query", file.toString(), "network", "--param", "around=pupil", "-f", "csv");
    assertEquals(0, two.exitCode(), two.err());
    assertTrue(two.out().contains("school,relation,1,teacher,Class teacher,ann,accountable-to,,,,head,Head teacher,"
        + "hugh,,"), two.out());
    SstRun zero = sst("query", file.toString(), "network", "--param", "around=pupil", "--param", "depth=0",
        "-f", "csv");
    assertEquals(0, zero.exitCode(), zero.err());
    assertEquals(2, zero.out().lines().count(), zero.out());
  }

  @Test
  void anUnknownPositionPracticeOrABadDepthIsRefused() throws IOException {
    Path file = write();
    SstRun typo = sst("query", file.toString(), "network", "--param", "around=pupl");
    assertEquals(1, typo.exitCode(), typo.out());
    assertTrue(typo.err().contains("no position-practice 'pupl'") && typo.err().contains("did you mean 'pupil'"),
        typo.err());
    SstRun missing = sst("query", file.toString(), "network");
    assertTrue(missing.exitCode() != 0 && missing.err().contains("around"), missing.err());
    SstRun depth = sst("query", file.toString(), "network", "--param", "around=pupil", "--param", "depth=-1");
    assertTrue(depth.exitCode() != 0 && depth.err().contains("is not a whole number from 0 to 1000"), depth.err());
  }

  @Test
  void printsATableAndTheHelpNamesTheQuery() throws IOException {
    SstRun table = sst("query", write().toString(), "network", "--param", "around=pupil");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("cares-for") && table.out().contains("bears"), table.out());
    SstRun help = sst("query", "--help");
    assertTrue(help.out().replaceAll("\\s+", " ").contains("network (around, depth)"), help.out());
  }
}

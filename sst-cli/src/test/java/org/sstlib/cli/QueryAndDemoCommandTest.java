package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.io.RdfFiles;

/** {@code sst query} and {@code sst demo}, run in-process. */
class QueryAndDemoCommandTest {
  private static final String CASE = ReferenceCase.FILE.toString();

  @TempDir Path dir;

  @Test
  void chainFromPolicyToAlfPrintsEveryStepWithItsScale() {
    SstRun run = sst("query", CASE, "chain", "--param", "from=admission-avoidance-policy", "--param",
        "to=alf-at-home", "--param", "limit=1", "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("case,"), lines.get(0));
    assertTrue(lines.get(1).contains("admission-avoidance-policy") && lines.get(1).contains("macro"), lines.get(1));
    String last = lines.get(lines.size() - 1);
    assertTrue(last.contains("alf-at-home") && last.contains("micro"), last);
  }

  @Test
  void unavailableAndFeedbackNameTheirCase() {
    SstRun unavailable = sst("query", CASE, "unavailable", "-f", "json");
    assertEquals(0, unavailable.exitCode(), unavailable.err());
    assertTrue(unavailable.out().contains("\"family-help\""), unavailable.out());
    assertTrue(unavailable.out().contains("\"case\" : \"hughes-2022\""), unavailable.out());
    SstRun feedback = sst("query", CASE, "feedback");
    assertEquals(0, feedback.exitCode(), feedback.err());
    assertTrue(feedback.out().contains("icm-cost-saving") && feedback.out().contains("caseload"), feedback.out());
  }

  @Test
  void badQueriesAndParametersAreReportedNotThrown() {
    SstRun unknown = sst("query", CASE, "chian");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("did you mean 'chain'"), unknown.err());
    SstRun missing = sst("query", CASE, "quadripartite");
    assertTrue(missing.exitCode() == 1 || missing.exitCode() == 2, missing.err());
    assertTrue(missing.err().contains("cycle"), missing.err());
    SstRun dangling = sst("query", CASE, "quadripartite", "--param", "cycle=icm-meting");
    assertEquals(1, dangling.exitCode(), dangling.out());
    assertTrue(dangling.err().contains("icm-meting"), dangling.err());
    assertFalse(dangling.err().contains("\tat "), dangling.err());
  }

  @Test
  void queryRunsOnAStoreToo() {
    Path store = dir.resolve("store");
    assertEquals(0, sst("load", CASE, "--store", store.toString()).exitCode());
    SstRun run = sst("query", "--store", store.toString(), "factors", "-f", "csv");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().lines().count() > 2, run.out());
  }

  @Test
  void demoRunsTheReferenceCaseEndToEndAndWritesTurtle() throws Exception {
    Path out = dir.resolve("out");
    SstRun run = sst("demo", "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String heading : List.of("1. Validate", "2. The quadripartite table", "3. The chain", "4. Feedback",
        "5. Absent at the moment of action", "6. Intended but not realised",
        "7. The chain from admission-avoidance-policy to emergency-admission", "8. Archive")) {
      assertTrue(run.out().contains(heading), heading);
    }
    assertTrue(run.out().contains("theory checks (SHACL): conforms"), run.out());
    assertTrue(run.out().contains("family-help"), run.out());
    String unrealised = run.out().substring(run.out().indexOf("6. Intended but not realised"),
        run.out().indexOf("7. The chain from"));
    assertTrue(unrealised.contains("alf-admission-avoided") && unrealised.contains("emergency-admission"),
        unrealised);
    String admission = run.out().substring(run.out().indexOf("7. The chain from"), run.out().indexOf("8. Archive"));
    assertTrue(admission.contains("absent"), admission);
    assertTrue(admission.contains("take-to-hospital"), admission);
    Path turtle = out.resolve("hughes-2022.ttl");
    assertTrue(Files.exists(turtle));
    assertEquals(List.of(CaseFiles.read(Path.of(CASE))), RdfFiles.read(turtle));
    Path page = out.resolve("hughes-2022.html");
    assertTrue(run.out().contains("wrote " + page + " (the report"), run.out());
    assertTrue(Files.readString(page).contains("id=\"hughes-2022--cycle--fall-morning\""));
  }
}

package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.run;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.InvalidCaseException;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFileException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.rdf.RdfCaseException;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfSyntaxException;
import org.sstlib.rdf.store.StoreException;
import picocli.CommandLine.Command;

/**
 * Every kind of problem leaves {@code sst} the same way: one line a problem on standard error, exit 1, whichever
 * library found it and whether a command threw it or read a file.
 */
class ProblemLinesTest {
  private static final Path REFERENCE_CASE = Path.of("..", "examples", "cases", "hughes-2022.yaml");

  @TempDir Path dir;

  @Command(name = "throw")
  static final class Throwing implements Callable<Integer> {
    final Exception e;

    Throwing(Exception e) {
      this.e = e;
    }

    @Override
    public Integer call() throws Exception {
      throw e;
    }
  }

  private static SstRun throwing(Exception e) {
    return run(Main.commandLine().addSubcommand(new Throwing(e)), "throw");
  }

  @Test
  void everySstExceptionACommandThrowsIsItsProblemsOneALine() {
    List<SstException> exceptions = List.of(
        new InvalidCaseException("c", List.of(Problem.of("agents[0].label", "a", "agent 'a' has no label"),
            Problem.of("cycles[0].site", "close", "cycle 'close' has no site"))),
        new CaseFileException("c.yaml", List.of(Problem.at("c.yaml", 3, 7, "id", "bad id"),
            Problem.at("c.yaml", 0, 0, "", "a second YAML document follows the case"))),
        new RdfCaseException("the graph is not an sst case (2 problems):", List.of("no label", "no base")),
        new RdfSyntaxException("c.ttl", 2, 9, "Triples not terminated by DOT"),
        new StoreException("the store store is in use by another process (pid 42)"),
        new SstException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run"));
    for (SstException e : exceptions) {
      SstRun run = throwing(e);

      assertEquals(1, run.exitCode(), run.err());
      assertEquals(e.problems().stream().map(Problem::toString).toList(), run.errLines());
      assertEquals("", run.out());
    }
  }

  @Test
  void theLinesOfTheDifferentKindsReadAlike() {
    assertEquals(List.of("c.yaml:3:7: id: bad id", "c.yaml: a second YAML document follows the case"),
        throwing(new CaseFileException("c.yaml", List.of(Problem.at("c.yaml", 3, 7, "id", "bad id"),
            Problem.at("c.yaml", 0, 0, "", "a second YAML document follows the case")))).errLines());
    assertEquals(List.of("c.ttl:2:9: Triples not terminated by DOT"),
        throwing(new RdfSyntaxException("c.ttl", 2, 9, "Triples not terminated by DOT")).errLines());
    assertEquals(List.of("agents[0].label: agent 'a' has no label"),
        throwing(new InvalidCaseException("c", List.of(Problem.of("agents[0].label", "a",
            "agent 'a' has no label")))).errLines());
    assertEquals(List.of("no label", "no base"),
        throwing(new RdfCaseException("not an sst case (2 problems):", List.of("no label", "no base"))).errLines());
  }

  @Test
  void aUserErrorIsItsLinesAndAnythingElseIsStillAnInternalError() {
    SstRun user = throwing(new UserError(List.of("a.yaml: one", "a.yaml: two")));
    SstRun bug = throwing(new IllegalStateException("a bug"));

    assertEquals(1, user.exitCode());
    assertEquals(List.of("a.yaml: one", "a.yaml: two"), user.errLines());
    assertEquals(3, bug.exitCode());
    assertTrue(bug.err().startsWith("internal error: java.lang.IllegalStateException: a bug"), bug.err());
  }

  @Test
  void filesOfEveryKindReportTheirProblemsAsLinesInTheFile() throws IOException {
    Path yaml = Files.writeString(dir.resolve("bad.yaml"), "sst: \"1\"\nid: bad\ntitle: t\nagents: [1]\n");
    Path ttl = Files.writeString(dir.resolve("bad.ttl"), "<urn:a> <urn:p> <urn:o> .\n<urn:b> <urn:p> .\n");
    Path foaf = Files.writeString(dir.resolve("foaf.ttl"), "<urn:me> <http://xmlns.com/foaf/0.1/name> \"Me\" .\n");
    Path invalid = dir.resolve("invalid.ttl");
    // Valid RDF of a case whose cycle's agent-in-focus is not an agent of the case: the model's rule, not the RDF's.
    Files.writeString(invalid, RdfFiles.toTurtle(CaseFiles.read(REFERENCE_CASE))
        .replace("sst:agentInFocus :bcf-officials", "sst:agentInFocus :nobody"));
    assertTrue(Files.readString(invalid).contains("sst:agentInFocus :nobody"), "the edit did not apply");

    for (Path file : List.of(yaml, ttl, foaf, invalid)) {
      SstRun run = sst("validate", file.toString());

      assertEquals(1, run.exitCode(), run.err());
      List<String> lines = run.errLines();
      List<String> problems = lines.size() == 1 ? lines : lines.subList(0, lines.size() - 1);
      for (String line : problems) {
        assertTrue(line.startsWith(file + ":"), line);
        assertFalse(line.substring(file.toString().length() + 1).contains(file.toString()),
            "the file is named twice: " + line);
      }
      if (lines.size() > 1) {
        assertEquals(file + ": not valid: " + problems.size() + " problems", lines.get(lines.size() - 1));
      }
      assertFalse(run.err().contains("\tat "), run.err());
    }
    assertTrue(sst("validate", ttl.toString()).err().matches("\\Q" + ttl + "\\E:2:\\d+: .*\n"),
        sst("validate", ttl.toString()).err());
    assertEquals(List.of(foaf + ": no sst:Case in the graph: an sst case has exactly one resource of type "
        + "https://w3id.org/sst#Case"), sst("validate", foaf.toString()).errLines());
    assertEquals(List.of(invalid + ": cycles[1].agentInFocus: agent 'nobody' is referenced by cycle 'bcf-planning' but "
        + "not defined"), sst("validate", invalid.toString()).errLines());
  }
}

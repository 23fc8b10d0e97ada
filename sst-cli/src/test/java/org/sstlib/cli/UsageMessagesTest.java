package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sstlib.cli.SstRun.sst;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line itself (picocli) says to a user: plain words, never Java's fields and types. */
class UsageMessagesTest {
  private static final String CASE = Path.of("..", "examples", "cases", "hughes-2022.yaml").toString();

  @TempDir Path dir;

  /** Runs sst, catching also what picocli's tracer would print on the process's standard error. */
  private static SstRun sstCatchingTracer(String... args) {
    PrintStream before = System.err;
    ByteArrayOutputStream tracer = new ByteArrayOutputStream();
    SstRun run;
    try {
      System.setErr(new PrintStream(tracer, true, StandardCharsets.UTF_8));
      run = sst(args);
    } finally {
      System.setErr(before);
    }
    return new SstRun(run.exitCode(), run.out(), tracer.toString(StandardCharsets.UTF_8) + run.err());
  }

  @Test
  void anUnbalancedQuoteInAValueGivesNoPicocliWarningNamingJavaTypes() {
    // picocli printed "[picocli WARN] Unbalanced quotes in [x] for field java.util.Map<String, String> ..."
    SstRun run = sstCatchingTracer("query", CASE, "chain", "-p", "from=\"x", "-p", "to=alf-at-home");

    assertEquals(1, run.exitCode(), run.err());
    assertFalse(run.err().contains("picocli"), run.err());
    assertFalse(run.err().contains("java."), run.err());
    assertEquals(List.of(CASE + ": parameter 'from': '\"x' is neither an id (letters, digits, '.', '_' and '-',"
        + " starting with a letter or a digit) nor an IRI in angle brackets <...>"), run.errLines());
  }

  @Test
  void anArgumentBeginningWithAtIsAFileNameNotAFileOfArguments() throws Exception {
    // picocli read "@FILE" as a list of arguments; on a folder it threw with a stack trace.
    Path folder = Files.createDirectory(dir.resolve("cases"));
    SstRun run = sstCatchingTracer("validate", "@" + folder);

    assertEquals(1, run.exitCode(), run.err());
    assertEquals(List.of("@" + folder + ": not a file sst reads: the name should end in " + Inputs.KINDS),
        run.errLines());
  }
}

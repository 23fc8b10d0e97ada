package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Output that could not be written is never reported as success: a full disk, {@code /dev/full}, a closed pipe or a
 * stream that throws make every command that writes to standard output exit 1 with the reason.
 */
class OutputErrorsTest {
  private static final String CASE = Path.of("..", "examples", "cases", "hughes-2022.yaml").toString();

  @TempDir Path dir;

  /** A standard output that fails at the first write, as a disk that breaks down would. */
  private static final class Broken extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("Disk on fire");
    }
  }

  private static SstRun run(OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = Main.commandLine(out, err).execute(args);
    return new SstRun(exitCode, "", err.toString(StandardCharsets.UTF_8));
  }

  private List<List<String>> everyCommandThatWritesToStandardOutput() throws IOException {
    Path select = Files.writeString(dir.resolve("q.rq"), "SELECT ?c WHERE { ?c a sst:Cycle }\n");
    return List.of(
        List.of("validate", CASE),
        List.of("export", CASE, "-f", "turtle"),
        List.of("export", CASE, "-f", "yaml"),
        List.of("sparql", CASE, select.toString()),
        List.of("sparql", CASE, select.toString(), "-f", "csv"),
        List.of("query", CASE, "factors"),
        List.of("demo", "-o", dir.resolve("demo").toString()),
        List.of("load", CASE, "--store", dir.resolve("store").toString()),
        List.of("--help"),
        List.of("export", "--help"),
        List.of("--version"));
  }

  @Test
  void aStreamThatThrowsIsExitOneWithItsReasonForEveryCommand() throws IOException {
    for (List<String> args : everyCommandThatWritesToStandardOutput()) {
      SstRun run = run(new Broken(), args.toArray(String[]::new));

      assertEquals(1, run.exitCode(), args + ": " + run.err());
      assertTrue(run.err().contains("cannot write the output: disk on fire"), args + ": " + run.err());
      assertFalse(run.err().contains("This is a fault in sst"), args + ": " + run.err());
    }
  }

  @Test
  void devFullInProcessIsNoSpaceLeftOnDevice() throws IOException {
    for (List<String> args : everyCommandThatWritesToStandardOutput()) {
      try (OutputStream full = new FileOutputStream("/dev/full")) {
        SstRun run = run(full, args.toArray(String[]::new));

        assertEquals(1, run.exitCode(), args + ": " + run.err());
        assertEquals(List.of("cannot write the output: no space left on device; what was written is incomplete"),
            run.errLines().subList(run.errLines().size() - 1, run.errLines().size()), args + ": " + run.err());
      }
    }
  }

  @Test
  void aWriterSetByTheCallerIsCheckedToo() throws IOException {
    try (PrintWriter full = new PrintWriter(new FileOutputStream("/dev/full"), true)) {
      CommandLine commandLine = Main.commandLine();
      StringBuilder err = new StringBuilder();
      commandLine.setOut(full);
      commandLine.setErr(new PrintWriter(new java.io.Writer() {
        @Override
        public void write(char[] c, int off, int len) {
          err.append(c, off, len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      }, true));

      assertEquals(1, commandLine.execute("validate", CASE));
      assertTrue(err.toString().contains("cannot write the output: the stream reported an error"), err.toString());
    }
  }

  @Test
  void outputThatWasWrittenIsStillSuccess() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SstRun run = run(out, "export", CASE, "-f", "turtle");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("sst:Case"));
  }

  /** {@code java ... org.sstlib.cli.Main ARGS}, as the {@code sst} script runs it, with this test's class path. */
  private static ProcessBuilder sst(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static String finish(Process p) throws Exception {
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "sst did not finish");
    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void exportToDevFullExitsOneWithTheReason() throws Exception {
    Process p = sst("export", CASE, "-f", "turtle").redirectOutput(new File("/dev/full")).start();
    String err = finish(p);

    assertEquals(1, p.exitValue(), err);
    assertEquals("cannot write the output: no space left on device; what was written is incomplete\n", err);
  }

  @Test
  void exportIntoAClosedPipeExitsOneWithTheReason() throws Exception {
    Process p = sst("export", CASE, "-f", "turtle").start();
    // Nobody reads: the export (some 170 KB) cannot fit in the pipe's buffer (64 KiB), so a write meets the
    // closed end whether the child wrote before or after the close.
    p.getInputStream().close();
    String err = finish(p);

    assertEquals(1, p.exitValue(), err);
    assertEquals("cannot write the output: broken pipe; what was written is incomplete\n", err);
  }
}

package org.sstlib.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/**
 * What one in-process run of {@code sst} did: its exit code and what it printed.
 *
 * @param exitCode the command's exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record SstRun(int exitCode, String out, String err) {

  List<String> errLines() {
    return err.lines().toList();
  }

  /** Runs {@code sst} with these arguments, as {@code Main.main} would but without exiting. */
  static SstRun sst(String... args) {
    // Byte streams, as standard output and error are: an export to standard output writes bytes.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = Main.commandLine(out, err).execute(args);
    return new SstRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs a command line with captured output. */
  static SstRun run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new SstRun(exitCode, out.toString(), err.toString());
  }
}

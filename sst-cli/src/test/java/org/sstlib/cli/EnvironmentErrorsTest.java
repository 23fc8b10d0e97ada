package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What the operating system refuses (a full disk, a file that cannot be read) is exit 1 with its reason in plain
 * words, wherever in a command it happens; exit 3 stays for faults in sst.
 */
class EnvironmentErrorsTest {

  /** A command that fails as a library under it would. */
  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    private final Throwable failure;

    Failing(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Exception e) {
        throw e;
      }
      throw (Error) failure;
    }
  }

  private static SstRun failWith(Throwable failure) {
    // The writers are set after the subcommand is added, so that it writes to them too.
    CommandLine commandLine = Main.commandLine().addSubcommand(new Failing(failure));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = Main.run(commandLine, "fail");
    return new SstRun(exitCode, out.toString(), err.toString());
  }

  @Test
  void anInputOrOutputErrorUnderAnotherExceptionIsExitOneWithItsReason() {
    // As a store reports a full disk: a library exception whose cause is the system's.
    SstRun full = failWith(new IllegalStateException("could not commit",
        new UncheckedIOException(new IOException("No space left on device"))));
    assertEquals(1, full.exitCode(), full.err());
    assertEquals(List.of("cannot read or write: no space left on device"), full.errLines());

    SstRun denied = failWith(new AccessDeniedException("store/Data-0001/nodes.dat"));
    assertEquals(1, denied.exitCode(), denied.err());
    assertEquals(List.of("store/Data-0001/nodes.dat: cannot read or write: permission denied"), denied.errLines());
  }

  @Test
  void aFaultInAMemoryMappedStoreFileIsTheEnvironment() {
    // What the JVM throws when a TDB2 store's memory-mapped file cannot be written because the disk is full
    // (seen loading into a full tmpfs): SIGBUS turned into an InternalError.
    SstRun run = failWith(new InternalError(
        "a fault occurred in a recent unsafe memory access operation in compiled Java code"));
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(List.of("cannot read or write a file of the store: the disk may be full, or another program"
        + " changed the file; nothing was changed (free some space and run the command again)"), run.errLines());
  }

  @Test
  void otherFaultsAreStillInternalErrors() {
    SstRun bug = failWith(new IllegalStateException("a bug"));
    assertEquals(3, bug.exitCode());
    assertTrue(bug.err().startsWith("internal error: java.lang.IllegalStateException: a bug"), bug.err());
    SstRun error = failWith(new InternalError("something else"));
    assertEquals(3, error.exitCode());
    assertTrue(error.err().startsWith("internal error: java.lang.InternalError: something else"), error.err());
  }
}

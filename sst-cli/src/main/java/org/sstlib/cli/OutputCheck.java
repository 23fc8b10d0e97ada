package org.sstlib.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * Runs the command picocli chose (as {@link RunLast} does), then checks that everything it wrote to standard
 * output was written: if not (a full disk, {@code /dev/full}, a closed pipe), says why on standard error and
 * exits with {@link ExitCodes#INVALID}, whatever the command returned. Every command is covered, including the
 * help and version text, because the check is made here once rather than in each command.
 */
final class OutputCheck implements IExecutionStrategy {
  private final IExecutionStrategy run = new RunLast();
  private final StandardOutput stdout;

  /** Checks {@code stdout}, and whatever other writer a caller set with {@link CommandLine#setOut}. */
  OutputCheck(StandardOutput stdout) {
    this.stdout = stdout;
  }

  @Override
  public int execute(ParseResult parseResult) throws ExecutionException {
    CommandLine commandLine = parseResult.commandSpec().root().commandLine();
    int exitCode;
    try {
      exitCode = run.execute(parseResult);
    } catch (ExecutionException e) {
      // A command that failed because its output could not be written (an export streaming to a full disk) is
      // reported as that, not as a fault in sst.
      Optional<String> failure = failure(commandLine);
      if (failure.isPresent()) {
        return report(failure.get(), commandLine.getErr());
      }
      throw e;
    }
    Optional<String> failure = failure(commandLine);
    return failure.isPresent() ? report(failure.get(), commandLine.getErr()) : exitCode;
  }

  private Optional<String> failure(CommandLine commandLine) {
    Optional<String> failure = stdout.failure();
    PrintWriter out = commandLine.getOut();
    if (failure.isEmpty() && out != stdout.text() && out.checkError()) {
      return Optional.of("the stream reported an error");
    }
    return failure;
  }

  private static int report(String reason, PrintWriter err) {
    err.println("cannot write the output: " + reason + "; what was written is incomplete");
    err.flush();
    return ExitCodes.INVALID;
  }
}

package org.sstlib.cli;

import org.sstlib.core.SstException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports what a command throws. A {@link UserError} or an {@link SstException} is the user's input that cannot be
 * used: every problem is printed on standard error, one a line ({@link Problems}), and the exit code is
 * {@link ExitCodes#INVALID}. Anything else is a fault in {@code sst}, for the {@link InternalErrorHandler}.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  private final InternalErrorHandler internal = new InternalErrorHandler();

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult)
      throws Exception {
    if (e instanceof UserError error) {
      return error.print(commandLine.getErr());
    }
    if (e instanceof SstException problems) {
      // No command said where it was reading: the problems name what they know (their file, if any).
      return new UserError(Problems.lines(problems.problems(), null)).print(commandLine.getErr());
    }
    return internal.handleExecutionException(e, commandLine, parseResult);
  }
}

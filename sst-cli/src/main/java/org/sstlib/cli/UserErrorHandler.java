package org.sstlib.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Optional;
import org.sstlib.core.SstException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports what a command throws. A {@link UserError} or an {@link SstException} is the user's input that cannot be
 * used: every problem is printed on standard error, one a line ({@link Problems}), and the exit code is
 * {@link ExitCodes#INVALID}. So is an input or output error of the operating system (a full disk, a file that
 * cannot be read), found anywhere in the exception's causes: one line with its reason. Anything else is a fault in
 * {@code sst}, for the {@link InternalErrorHandler}.
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
    Optional<IOException> io = FileErrors.rootIn(e);
    if (io.isPresent()) {
      // The operating system refused a read or a write (a full disk, a file taken away): the environment, not sst.
      String where = io.get() instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "";
      return new UserError(where + "cannot read or write: " + FileErrors.reason(io.get())).print(commandLine.getErr());
    }
    return internal.handleExecutionException(e, commandLine, parseResult);
  }
}

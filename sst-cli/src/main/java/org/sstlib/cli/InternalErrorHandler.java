package org.sstlib.cli;

import java.io.PrintWriter;
import org.sstlib.core.internal.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports an exception thrown by a command. Commands print a user's mistakes themselves and never throw them,
 * so whatever reaches this handler is a fault in {@code sst}: one line saying so, a request to report it, the
 * stack trace only under {@code --debug}, and exit code {@link ExitCodes#INTERNAL}.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    return report(e, commandLine.getErr(), debugRequested(parseResult));
  }

  /** Prints the one-line report of {@code t} (and its stack trace if {@code debug}); returns the exit code. */
  static int report(Throwable t, PrintWriter err, boolean debug) {
    err.println("internal error: " + describe(t));
    if (debug) {
      t.printStackTrace(err);
      err.println("This is a fault in sst. Please report it with the command you ran and the output above.");
    } else {
      err.println("This is a fault in sst. Please report it with the command you ran and the output of the same"
          + " command with --debug.");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    String type = t.getClass().getName();
    return message == null || message.isBlank() ? type : type + ": " + Messages.firstLine(message.strip());
  }

  /** Whether {@code --debug} was given to {@code sst} or to any subcommand on the way down. */
  private static boolean debugRequested(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}

package org.sstlib.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sstlib.core.SstException;

/**
 * Something the user gave that cannot be used: an invalid case file, malformed RDF, a store in use. Carries the
 * lines to print, each already located (file:line:column where there is one). Never a stack trace. A command may
 * throw it (or let an {@link SstException} through): {@link UserErrorHandler} prints the lines and exits with
 * {@link ExitCodes#INVALID}.
 */
final class UserError extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  UserError(List<String> lines) {
    super(String.join("\n", lines), null, false, false);
    this.lines = List.copyOf(lines);
  }

  UserError(String line) {
    this(List.of(line));
  }

  /** Every problem of {@code e}, one a line, each in {@code source} unless it names its own file. */
  static UserError in(String source, SstException e) {
    return new UserError(Problems.lines(e.problems(), source));
  }

  List<String> lines() {
    return lines;
  }

  /** Prints the lines on {@code err}; returns {@link ExitCodes#INVALID}, for a command to return. */
  int print(PrintWriter err) {
    lines.forEach(err::println);
    err.flush();
    return ExitCodes.INVALID;
  }
}

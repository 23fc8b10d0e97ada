package org.sstlib.cli;

import java.util.List;

/**
 * Something the user gave that cannot be used: an invalid case file, malformed RDF, a store in use. Carries the
 * lines to print, each already located (file:line:column where there is one). Never a stack trace.
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

  List<String> lines() {
    return lines;
  }
}

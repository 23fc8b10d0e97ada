package org.sstlib.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One thing wrong with a user's data, as every {@link SstException} reports it: where it is (the file, line and
 * column where they are known, the path in the case) and what is wrong. The case builder's problems have a path and
 * an element id but no file ({@link Case.Builder#problems()}); a case file's have a file, and a line and column where
 * the text has one; a problem with only a message says what it says.
 *
 * <pre>{@code
 * Problem.of("cycles[0].agentInFocus", "close", "agent 'controler' is not defined");
 *     // cycles[0].agentInFocus: agent 'controler' is not defined
 * Problem.at("erp.yaml", 13, 19, "cycles[0].agentInFocus", "agent 'controler' is not defined");
 *     // erp.yaml:13:19: cycles[0].agentInFocus: agent 'controler' is not defined
 * Problem.of("no such file").inFile("erp.yaml");
 *     // erp.yaml: no such file
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file the problem is in, as the reader was given its name, or empty when it is not known
 * @param line 1-based line, or 0 when unknown (always 0 without a file)
 * @param column 1-based column, or 0 when unknown (always 0 without a line)
 * @param path where in the case, written with the keys of the case-file format, for example
 *     {@code cycles[2].external[0]}; empty for the whole case or file
 * @param elementId the id of the element the problem is about (the cycle, for a role entry), or empty
 * @param message what is wrong and, where it helps, what to change
 *     <p>The file, path, element id and message keep to one line and show what a terminal would obey: a tab, a line
 *     break or a character {@link TextRule} refuses is written as an escape ({@code \}{@code u001B}).
 */
public record Problem(Optional<String> file, int line, int column, String path, String elementId, String message) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the line or column is negative, or a line is given without a file
   */
  public Problem {
    checkNotNull(file, "file");
    checkNotNull(path, "path");
    checkNotNull(elementId, "elementId");
    checkNotNull(message, "message");
    checkArgument(line >= 0 && column >= 0, "line %s and column %s must not be negative", line, column);
    checkArgument(line == 0 || file.isPresent(), "line %s without a file", line);
    if (line == 0) {
      // A column is only a place within a line.
      column = 0;
    }
    // Made here, so that no printer can show a user's control characters raw (a key holding ESC [2J would clear
    // the screen) or break the one line a problem takes.
    file = file.map(TextRule::escape);
    path = TextRule.escape(path);
    elementId = TextRule.escape(elementId);
    message = TextRule.escape(message);
  }

  /** A problem of a case, not located in any file: the case builder's kind. */
  public Problem(String path, String elementId, String message) {
    this(Optional.empty(), 0, 0, path, elementId, message);
  }

  /** A problem of a case, not located in any file: the case builder's kind. */
  public static Problem of(String path, String elementId, String message) {
    return new Problem(path, elementId, message);
  }

  /** A problem that is only a message: no file, no path, no element. */
  public static Problem of(String message) {
    return new Problem("", "", message);
  }

  /**
   * A problem located in a file.
   *
   * @param line 1-based line, or 0 when the problem has no place in the text
   * @param column 1-based column, or 0 when unknown
   * @param path where in the case, or empty
   */
  public static Problem at(String file, int line, int column, String path, String message) {
    return new Problem(Optional.of(checkNotNull(file, "file")), line, column, path, "", message);
  }

  /** This problem at a line and column of a file, keeping its path, element id and message. */
  public Problem locatedAt(String file, int line, int column) {
    return new Problem(Optional.of(checkNotNull(file, "file")), line, column, path, elementId, message);
  }

  /** This problem if it names its file, else the same problem in {@code file} (with no line or column). */
  public Problem inFile(String file) {
    return this.file.isPresent() ? this : locatedAt(file, 0, 0);
  }

  /**
   * The problem as one line, {@code file:line:column: path: message}, leaving out what is unknown: without a file,
   * {@code path: message}; with neither a file nor a path, the message alone.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (file.isPresent()) {
      s.append(file.get());
      if (line > 0) {
        s.append(':').append(line);
        if (column > 0) {
          s.append(':').append(column);
        }
      }
      s.append(": ");
    }
    if (!path.isEmpty()) {
      s.append(path).append(": ");
    }
    return s.append(message).toString();
  }
}

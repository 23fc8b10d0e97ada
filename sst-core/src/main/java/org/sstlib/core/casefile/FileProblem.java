package org.sstlib.core.casefile;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem of a case file, located in it.
 *
 * @param file the file name as given
 * @param line 1-based line, or 0 when the problem has no place in the text
 * @param column 1-based column, or 0 when unknown
 * @param path where in the document, for example {@code cycles[2].external[0].ref}; empty for the whole file
 * @param message what is wrong and, where it helps, what to change
 */
public record FileProblem(String file, int line, int column, String path, String message) {

  public FileProblem {
    checkNotNull(file, "file");
    checkNotNull(path, "path");
    checkNotNull(message, "message");
  }

  /** {@code file:line:column: path: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ");
    if (!path.isEmpty()) {
      s.append(path).append(": ");
    }
    return s.append(message).toString();
  }
}

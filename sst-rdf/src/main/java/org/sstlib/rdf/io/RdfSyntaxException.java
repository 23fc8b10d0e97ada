package org.sstlib.rdf.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;
import org.sstlib.rdf.RdfCaseException;

/**
 * An RDF file that cannot be read or parsed: missing or unreadable, too large, not UTF-8, malformed syntax, a
 * relative or malformed IRI, a bad language tag, a literal that is not valid for its datatype, nesting too deep, a
 * JSON-LD {@code @context} that would have to be loaded. The message reads
 * {@code FILE:LINE:COLUMN: what is wrong}, leaving out the line and column when the parser gives none; it is also
 * the one line of the exception's one {@link #problems() problem}.
 *
 * <p>An RDF file that parses but does not hold an sst case gives an {@link RdfCaseException} instead.
 */
public final class RdfSyntaxException extends SstException {
  private static final long serialVersionUID = 1L;

  /** The name of the file that could not be read. */
  private final String file;
  /** The 1-based line of the problem, or 0 when unknown. */
  private final int line;
  /** The 1-based column of the problem, or 0 when unknown. */
  private final int column;
  /** What is wrong, without the file and location. */
  private final String reason;

  /**
   * A problem located in a file.
   *
   * @param file the file name as given to the reader
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param reason what is wrong
   */
  public RdfSyntaxException(String file, int line, int column, String reason) {
    this(file, line, column, reason, null);
  }

  /** A problem located in a file, with the parser's exception as cause. */
  public RdfSyntaxException(String file, int line, int column, String reason, Throwable cause) {
    super(message(file, line, column, reason), List.of(Problem.at(file, Math.max(line, 0), Math.max(column, 0), "",
        reason)), cause);
    this.file = file;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.reason = reason;
  }

  /** The file name as given to the reader. */
  public String file() {
    return file;
  }

  /** The 1-based line of the problem, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, without the file and location. */
  public String reason() {
    return reason;
  }

  private static String message(String file, int line, int column, String reason) {
    checkNotNull(file, "file");
    checkNotNull(reason, "reason");
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    return s.append(": ").append(reason).toString();
  }
}

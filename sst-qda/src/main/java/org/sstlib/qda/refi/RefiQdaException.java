package org.sstlib.qda.refi;

import java.util.List;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;

/**
 * A REFI-QDA file ({@code .qdpx}, {@code .qde}, {@code .qdc}) that cannot be read: a hostile or broken archive, XML
 * that breaks the standard's structure, a selection outside its source's text. Its problem names the file and,
 * where known, the line and column.
 */
public final class RefiQdaException extends SstException {
  private static final long serialVersionUID = 1L;

  /** A problem in {@code file} at no known line. */
  public RefiQdaException(String file, String message) {
    this(Problem.at(file, 0, 0, "", message));
  }

  /** A problem in {@code file} at {@code line} and {@code column} (1-based; 0 when not known). */
  public RefiQdaException(String file, int line, int column, String message) {
    this(Problem.at(file, line, column, "", message));
  }

  private RefiQdaException(Problem problem) {
    super(problem.toString(), List.of(problem));
  }
}

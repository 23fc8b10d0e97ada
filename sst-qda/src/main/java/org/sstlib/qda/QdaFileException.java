package org.sstlib.qda;

import java.util.List;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;

/**
 * A map file, a coded-segments spreadsheet or an import that cannot be used: every problem found, each located as
 * well as it is known (the map file's line, column and key; the spreadsheet's row and column name; the map key whose
 * element the case does not define).
 */
public final class QdaFileException extends SstException {
  private static final long serialVersionUID = 1L;

  /** Every problem of {@code file}, summed up in the message. */
  public QdaFileException(String file, List<Problem> problems) {
    super(message(file, problems), problems);
  }

  private static String message(String file, List<Problem> problems) {
    StringBuilder s = new StringBuilder(file).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}

package org.sstlib.core.casefile;

import java.util.List;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;

/**
 * A case file that cannot be read as a valid case: malformed YAML or JSON, a wrong structure, or a case that
 * breaks the model's rules. {@link #problems()} gives every problem found in the file, in the order of the file,
 * each in the file and, where the text has a place for it, with its line, column and path.
 */
public final class CaseFileException extends SstException {
  private static final long serialVersionUID = 1L;

  /** The name of the file the problems were found in. */
  private final String file;

  /** The problems found in a file, in the order found; the message names the file and lists them. */
  public CaseFileException(String file, List<Problem> problems) {
    super(message(file, problems), problems);
    this.file = file;
  }

  /** The file name as given to the reader. */
  public String file() {
    return file;
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

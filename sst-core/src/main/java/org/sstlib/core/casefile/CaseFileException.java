package org.sstlib.core.casefile;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sstlib.core.SstException;

/**
 * A case file that cannot be read as a valid case: malformed YAML or JSON, a wrong structure, or a case that
 * breaks the model's rules. Carries every problem found in the file, each with its line, column and path.
 */
public final class CaseFileException extends SstException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final ImmutableList<FileProblem> problems;

  public CaseFileException(String file, List<FileProblem> problems) {
    super(message(file, problems));
    this.file = file;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** The file name as given to the reader. */
  public String file() {
    return file;
  }

  /** Every problem found, in the order of the file. */
  public ImmutableList<FileProblem> problems() {
    return problems;
  }

  private static String message(String file, List<FileProblem> problems) {
    StringBuilder s = new StringBuilder(file).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (FileProblem p : problems) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}

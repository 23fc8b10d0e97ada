package org.sstlib.core;

import java.util.List;

/**
 * Thrown by {@link Case.Builder#build()} when a case breaks the model's rules; {@link #problems()} gives every
 * problem found, in the order of the case, each with its path and element id.
 */
public final class InvalidCaseException extends SstException {
  private static final long serialVersionUID = 1L;

  /** The problems found in a case, in the order found; the message names the case and lists them. */
  public InvalidCaseException(String caseId, List<Problem> problems) {
    super(message(caseId, problems), problems);
  }

  private static String message(String caseId, List<Problem> problems) {
    StringBuilder text = new StringBuilder()
        .append("case '").append(caseId).append("' has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (Problem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }
}

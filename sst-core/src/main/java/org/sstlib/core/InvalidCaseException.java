package org.sstlib.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Thrown by {@link Case.Builder#build()} when a case breaks the model's rules; carries every problem found. */
public final class InvalidCaseException extends SstException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  public InvalidCaseException(String caseId, List<Problem> problems) {
    super(message(caseId, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in the order of the case. */
  public ImmutableList<Problem> problems() {
    return problems;
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

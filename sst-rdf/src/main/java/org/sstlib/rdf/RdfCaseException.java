package org.sstlib.rdf;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;

/**
 * Thrown when RDF does not hold an sst case as {@code docs/rdf.md} describes it (no {@code sst:Case}, a cycle
 * with no {@code sst:agentInFocus}, a value that is not a concept of its scheme, ...), or when a case cannot be
 * written as RDF (an element IRI that is not a valid IRI). The message says what is missing or wrong and where,
 * naming resources by their IRIs; {@link #problems()} lists each problem on its own, without the summary (and
 * without the file name a reader may put in front of the message).
 *
 * <p>A graph that holds a well-formed case that breaks the model's rules gives the builder's
 * {@link org.sstlib.core.InvalidCaseException} instead.
 */
public final class RdfCaseException extends SstException {
  private static final long serialVersionUID = 1L;

  /** One problem. */
  public RdfCaseException(String message) {
    super(message);
  }

  /**
   * One problem, with its cause. When the cause is another {@code RdfCaseException}, this one says the same with
   * more context (such as the file it was read from), and keeps the cause's problems.
   */
  public RdfCaseException(String message, Throwable cause) {
    super(message, cause instanceof RdfCaseException same ? same.problems() : List.of(), cause);
  }

  /**
   * Several problems, each on its own line after {@code summary}.
   *
   * @param problems each a {@link Problem}, or text that is the message of one
   * @throws IllegalArgumentException if {@code problems} is empty or holds something else
   */
  public RdfCaseException(String summary, List<?> problems) {
    super(message(summary, problems), asProblems(problems));
  }

  private static ImmutableList<Problem> asProblems(List<?> problems) {
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    for (Object p : problems) {
      checkArgument(p instanceof Problem || p instanceof String, "a problem is a Problem or text, not %s", p);
      out.add(p instanceof Problem problem ? problem : Problem.of((String) p));
    }
    return out.build();
  }

  private static String message(String summary, List<?> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an RdfCaseException needs at least one problem");
    }
    StringBuilder text = new StringBuilder(summary);
    for (Object problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }
}

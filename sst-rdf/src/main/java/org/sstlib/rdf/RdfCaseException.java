package org.sstlib.rdf;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sstlib.core.SstException;

/**
 * Thrown when RDF does not hold an sst case as {@code docs/rdf.md} describes it (no {@code sst:Case}, a cycle
 * with no {@code sst:agentInFocus}, a value that is not a concept of its scheme, ...), or when a case cannot be
 * written as RDF (an element IRI that is not a valid IRI). The message says what is missing or wrong and where,
 * naming resources by their IRIs; {@link #problems()} lists each problem on its own.
 *
 * <p>A graph that holds a well-formed case that breaks the model's rules gives the builder's
 * {@link org.sstlib.core.InvalidCaseException} instead.
 */
public final class RdfCaseException extends SstException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  /** One problem. */
  public RdfCaseException(String message) {
    super(message);
    this.problems = ImmutableList.of(message);
  }

  /** One problem, with its cause. */
  public RdfCaseException(String message, Throwable cause) {
    super(message, cause);
    this.problems = ImmutableList.of(message);
  }

  /**
   * Several problems, each on its own line after {@code summary}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RdfCaseException(String summary, List<String> problems) {
    super(message(summary, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in the order they were found; one element for an exception made from a message. */
  public ImmutableList<String> problems() {
    return problems;
  }

  private static String message(String summary, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an RdfCaseException needs at least one problem");
    }
    StringBuilder text = new StringBuilder(summary);
    for (String problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }
}

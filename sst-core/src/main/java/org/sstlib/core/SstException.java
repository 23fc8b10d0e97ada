package org.sstlib.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Root of the exceptions that {@code sst} throws for a user's data: an invalid case, a malformed case file or RDF
 * file, a store that cannot be used. Programming mistakes (a null argument, a call in the wrong state) throw the
 * usual {@link IllegalArgumentException}, {@link NullPointerException} or {@link IllegalStateException} instead.
 *
 * <p>Every {@code SstException} gives its {@link #problems()}, each located as well as it is known, so a program
 * reports them all one way, whichever part of {@code sst} found them:
 *
 * <pre>{@code
 * try {
 *   List<Case> cases = RdfFiles.read(Path.of("archive/hughes-2022.ttl"));
 * } catch (SstException e) {
 *   e.problems().forEach(System.err::println);   // file:line:column: path: message, leaving out what is unknown
 * }
 * }</pre>
 *
 * <p>An exception made from a message alone has one problem, that message.
 */
public class SstException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order found. */
  private final ImmutableList<Problem> problems;

  /** One problem, {@code message}. */
  public SstException(String message) {
    super(message);
    this.problems = problems(message, List.of());
  }

  /** One problem, {@code message}, with its cause. */
  public SstException(String message, Throwable cause) {
    super(message, cause);
    this.problems = problems(message, List.of());
  }

  /**
   * Several problems, with a message that sums them up.
   *
   * @param problems every problem found; if empty, the exception has one problem, {@code message}
   */
  public SstException(String message, List<Problem> problems) {
    // No cause yet: a caller may still give one with initCause.
    super(message);
    this.problems = problems(message, problems);
  }

  /**
   * Several problems, with a message that sums them up and the cause.
   *
   * @param problems every problem found; if empty, the exception has one problem, {@code message}
   */
  public SstException(String message, List<Problem> problems, Throwable cause) {
    super(message, cause);
    this.problems = problems(message, problems);
  }

  private static ImmutableList<Problem> problems(String message, List<Problem> problems) {
    return problems.isEmpty() ? ImmutableList.of(Problem.of(String.valueOf(message))) : ImmutableList.copyOf(problems);
  }

  /** Every problem found, in the order they are best read (a file's in the order of the file); never empty. */
  public final ImmutableList<Problem> problems() {
    return problems;
  }
}

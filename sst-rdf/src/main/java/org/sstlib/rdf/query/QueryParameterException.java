package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import org.sstlib.core.SstException;

/**
 * Thrown by {@link SstQueries} when a parameter of a named query is missing or its value cannot be used: an id
 * that names no element of the cases in scope, a case the store does not hold, an IRI that is not valid or not of
 * an allowed scheme, a limit that is not a positive number. The message names the parameter and the value and,
 * where one is close, suggests what was probably meant; {@link #parameter()} and {@link #value()} give them to
 * code.
 *
 * <pre>{@code
 * try {
 *   queries.run("chain", Map.of("from", "admision-avoidance-policy", "to", "alf-at-home"));
 * } catch (QueryParameterException e) {
 *   e.parameter();     // "from"
 *   e.getMessage();    // parameter 'from': no element 'admision-avoidance-policy' in case(s) hughes-2022;
 *                      // did you mean 'admission-avoidance-policy'?
 * }
 * }</pre>
 *
 * <p>An unknown query name or parameter name is a mistake in the calling code, not in the data, and gives an
 * {@link IllegalArgumentException} instead.
 */
public final class QueryParameterException extends SstException {
  private static final long serialVersionUID = 1L;

  /** The name of the parameter. */
  private final String parameter;
  /** The value given. */
  private final String value;
  /** Whether the value names an element of a kind this parameter never takes. */
  private final boolean wrongKind;

  /**
   * A problem with the value of one parameter.
   *
   * @param parameter the name of the parameter ({@code "from"}, {@code "case"}, ...)
   * @param value the value given, or the empty string if the parameter is missing
   * @param message what is wrong, naming the parameter and the value
   */
  public QueryParameterException(String parameter, String value, String message) {
    this(parameter, value, message, false);
  }

  /**
   * A problem with the value of one parameter, saying whether it is of the {@link #wrongKind() wrong kind}.
   *
   * @param wrongKind whether the value names an element of a kind this parameter never takes
   */
  public QueryParameterException(String parameter, String value, String message, boolean wrongKind) {
    super(checkNotNull(message, "message"));
    this.parameter = checkNotNull(parameter, "parameter");
    this.value = checkNotNull(value, "value");
    this.wrongKind = wrongKind;
  }

  /**
   * Whether the value names an element of a kind this parameter never takes, such as an agent as the target of a
   * chain (no chain ever ends at an agent) or a structure as the {@code cycle} of a quadripartite table: a mistake
   * in how the query was asked, not a gap in the data. The command line reports it as bad usage.
   */
  public boolean wrongKind() {
    return wrongKind;
  }

  /** The name of the parameter whose value is missing or wrong. */
  public String parameter() {
    return parameter;
  }

  /** The value given, exactly as given; the empty string if the parameter is missing. */
  public String value() {
    return value;
  }
}

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

  private final String parameter;
  private final String value;

  /**
   * A problem with the value of one parameter.
   *
   * @param parameter the name of the parameter ({@code "from"}, {@code "case"}, ...)
   * @param value the value given, or the empty string if the parameter is missing
   * @param message what is wrong, naming the parameter and the value
   */
  public QueryParameterException(String parameter, String value, String message) {
    super(checkNotNull(message, "message"));
    this.parameter = checkNotNull(parameter, "parameter");
    this.value = checkNotNull(value, "value");
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

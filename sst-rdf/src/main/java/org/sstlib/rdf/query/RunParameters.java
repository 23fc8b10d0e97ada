package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sstlib.core.internal.DidYouMean;

/**
 * The parameters of one run of a named query given as text (as on the command line), checked against the query's
 * own ({@link NamedQuery#parameters()}), an absent or empty value standing for the default. Immutable.
 */
final class RunParameters {

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  private final NamedQuery query;
  private final Map<String, String> given;

  private RunParameters(NamedQuery query, Map<String, String> given) {
    this.query = query;
    this.given = given;
  }

  /**
   * The parameters given for a run of {@code query}; empty values are dropped (they stand for the default).
   *
   * @throws IllegalArgumentException if the query has no parameter of one of the names given; the message lists
   *     its parameters
   * @throws NullPointerException if a name or a value is null
   */
  static RunParameters of(NamedQuery query, Map<String, String> params) {
    checkNotNull(query, "query");
    checkNotNull(params, "params");
    Map<String, String> allowed = query.parameters();
    Map<String, String> given = new HashMap<>();
    for (Map.Entry<String, String> e : params.entrySet()) {
      String key = checkNotNull(e.getKey(), "a parameter name is null");
      if (!allowed.containsKey(key)) {
        throw new IllegalArgumentException("query '" + query + "' has no parameter '" + key + "'"
            + DidYouMean.hint(key, allowed.keySet()) + " (its parameters are "
            + String.join(", ", allowed.keySet()) + ")");
      }
      String value = checkNotNull(e.getValue(), "the value of parameter '%s' is null", key);
      if (!value.isEmpty()) {
        given.put(key, value);
      }
    }
    return new RunParameters(query, given);
  }

  /**
   * The case the run is restricted to: the {@code case} given, or else {@code restrictedTo} (the case of the
   * {@link SstQueries} instance); they must agree.
   *
   * @throws QueryParameterException if both are given and differ
   */
  Optional<String> caseIn(Optional<String> restrictedTo) {
    Optional<String> parameter = optional(NamedQuery.CASE);
    if (parameter.isPresent() && restrictedTo.isPresent() && !parameter.get().equals(restrictedTo.get())) {
      throw new QueryParameterException(NamedQuery.CASE, parameter.get(), "parameter 'case': '" + parameter.get()
          + "' is not the case these queries are restricted to ('" + restrictedTo.get() + "')");
    }
    return parameter.isPresent() ? parameter : restrictedTo;
  }

  /** The value given, if any. */
  Optional<String> optional(String parameter) {
    return Optional.ofNullable(given.get(parameter));
  }

  /**
   * The value given.
   *
   * @throws QueryParameterException if there is none
   */
  String required(String parameter) {
    String value = given.get(parameter);
    if (value == null) {
      throw new QueryParameterException(parameter, "", "query '" + query + "' needs the parameter '" + parameter
          + "'; its parameters are " + String.join(", ", query.parameters().keySet()));
    }
    return value;
  }

  /**
   * The value given, or the default, as a whole number from 1 to {@code max}.
   *
   * @throws QueryParameterException if it is not one
   */
  int positive(String parameter, int max) {
    String value = given.getOrDefault(parameter, query.parameters().get(parameter));
    if (!DIGITS.matcher(value).matches() || Integer.parseInt(value) < 1 || Integer.parseInt(value) > max) {
      throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': '" + value
          + "' is not a whole number from 1 to " + max);
    }
    return Integer.parseInt(value);
  }

  /** A parameter that is {@code true} or {@code false}. */
  boolean flag(String parameter) {
    String value = given.getOrDefault(parameter, query.parameters().get(parameter));
    if (!value.equals("true") && !value.equals("false")) {
      throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': '" + value
          + "' is neither true nor false");
    }
    return Boolean.parseBoolean(value);
  }
}

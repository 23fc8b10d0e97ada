package org.sstlib.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The form of an id in {@code sst}: a letter or a digit, then letters, digits, {@code '.'}, {@code '_'} and
 * {@code '-'} ({@code [A-Za-z0-9][A-Za-z0-9._-]*}), as the case-file schema says. Case ids, element ids and the
 * ids that a query parameter names all take this form; the case checker and the query parameters check it here,
 * so that the two never disagree. Stateless and thread-safe.
 *
 * <pre>{@code
 * Ids.isId("icm-meeting");   // true
 * Ids.isId("-dash");         // false: an id starts with a letter or a digit
 * }</pre>
 */
public final class Ids {

  /** The pattern an id matches as a whole ({@link java.util.regex.Matcher#matches()}). */
  public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private Ids() {}

  /**
   * Whether {@code text} is an id.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isId(String text) {
    return PATTERN.matcher(checkNotNull(text, "text")).matches();
  }
}

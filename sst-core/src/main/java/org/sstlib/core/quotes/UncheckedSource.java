package org.sstlib.core.quotes;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A source whose quotes were not checked, why, and how many they are.
 *
 * <pre>{@code
 * for (UncheckedSource u : report.uncheckedSources()) {
 *   System.out.println(u.sourceId() + ": " + u.quotes() + " quotes unchecked (" + u.reason() + ")");
 * }
 * }</pre>
 *
 * @param sourceId the source
 * @param text the name it gives its text, if any
 * @param reason why its quotes were not checked
 * @param quotes how many of its quotes were not checked (at least one)
 */
public record UncheckedSource(String sourceId, Optional<String> text, Reason reason, int quotes) {
  /** Why a source's quotes were not checked. */
  public enum Reason {
    /** The source names no text. */
    NO_TEXT,
    /** The source names a text that is not in the folder texts are read from. */
    TEXT_NOT_FOUND,
    /** The source's text was refused (a problem of the report says why). */
    TEXT_REFUSED
  }

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if {@code quotes} is below 1
   */
  public UncheckedSource {
    checkNotNull(sourceId, "sourceId");
    checkNotNull(text, "text");
    checkNotNull(reason, "reason");
    checkArgument(quotes >= 1, "quotes %s", quotes);
  }
}

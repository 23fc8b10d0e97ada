package org.sstlib.core.quotes;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The passage of a source text most like a quote that is not in it ({@link QuoteFinder#closest}): its span in the
 * text as it stands (Java char indices, end exclusive), the line it starts on, and its text with each run of
 * whitespace written as one space, to show in a message.
 *
 * <pre>{@code
 * QuoteFinder.closest(text, "we all just muck out").ifPresent(p ->
 *     System.out.println("at L" + p.line() + ": " + p.text()));   // at L42: we all just muck in
 * }</pre>
 */
public record Passage(int start, int end, int line, String text) {
  /** Checks the text is given. */
  public Passage {
    checkNotNull(text, "text");
  }
}

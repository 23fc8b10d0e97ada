package org.sstlib.core.quotes;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Where a quote stands in a source text: the span of the text as it stands (Java char indices, end exclusive) and
 * the lines it starts and ends on (from 1).
 *
 * <pre>{@code
 * Occurrence o = QuoteFinder.find(text, "we all just muck in").get(0);
 * text.text().substring(o.start(), o.end());   // the passage as the source writes it
 * }</pre>
 */
public record Occurrence(int start, int end, int startLine, int endLine) {
  /**
   * Checks the span.
   *
   * @throws IllegalArgumentException if the span or the lines are out of order
   */
  public Occurrence {
    checkArgument(0 <= start && start <= end, "span %s..%s", start, end);
    checkArgument(1 <= startLine && startLine <= endLine, "lines %s..%s", startLine, endLine);
  }

  /** The lines as a locator writes them: {@code L42}, or {@code L42-L43}. */
  public String lines() {
    return startLine == endLine ? "L" + startLine : "L" + startLine + "-L" + endLine;
  }
}

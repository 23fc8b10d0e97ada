package org.sstlib.core.quotes;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a found quote stands in its source's text, as the W3C Web Annotation model's selectors give it, so that
 * another tool can find the passage again: an {@code oa:TextQuoteSelector} ({@link #exact()}, with up to {@value
 * #CONTEXT} characters of the text before and after it as {@link #prefix()} and {@link #suffix()}, all as the text
 * writes them, not normalised) and an {@code oa:TextPositionSelector} ({@link #start()} and {@link #end()}, counted in
 * Unicode code points of the text from 0, end exclusive).
 *
 * <pre>{@code
 * for (Anchor a : report.anchors()) {
 *   System.out.println(a.evidenceId() + " at " + a.textName() + " L" + a.line() + ": " + a.exact());
 * }
 * }</pre>
 *
 * @param evidenceId the evidence item whose quote this is
 * @param sourceId its source
 * @param textName the name the source gives its text
 * @param exact the passage as the text writes it (line breaks, hyphens and typography included)
 * @param prefix up to {@value #CONTEXT} code points of the text just before the passage
 * @param suffix up to {@value #CONTEXT} code points of the text just after the passage
 * @param start the code-point index of the passage's first character
 * @param end the code-point index just past the passage
 * @param line the line the passage starts on, from 1
 * @param endLine the line it ends on
 */
public record Anchor(String evidenceId, String sourceId, String textName, String exact, String prefix, String suffix,
    int start, int end, int line, int endLine) {
  /** The most characters (code points) of context on either side. */
  public static final int CONTEXT = 32;

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the span or the lines are out of order
   */
  public Anchor {
    checkNotNull(evidenceId, "evidenceId");
    checkNotNull(sourceId, "sourceId");
    checkNotNull(textName, "textName");
    checkNotNull(exact, "exact");
    checkNotNull(prefix, "prefix");
    checkNotNull(suffix, "suffix");
    checkArgument(0 <= start && start <= end, "span %s..%s", start, end);
    checkArgument(1 <= line && line <= endLine, "lines %s..%s", line, endLine);
  }

  /** The anchor of an occurrence in a text. */
  static Anchor of(String evidenceId, String sourceId, SourceText text, Occurrence o) {
    String t = text.text();
    int before = o.start();
    for (int k = 0; k < CONTEXT && before > 0; k++) {
      before = t.offsetByCodePoints(before, -1);
    }
    int after = o.end();
    for (int k = 0; k < CONTEXT && after < t.length(); k++) {
      after = t.offsetByCodePoints(after, 1);
    }
    return new Anchor(evidenceId, sourceId, text.name(), t.substring(o.start(), o.end()),
        t.substring(before, o.start()), t.substring(o.end(), after), text.codePointIndex(o.start()),
        text.codePointIndex(o.end()), o.startLine(), o.endLine());
  }
}

package org.sstlib.core.quotes;

import java.util.BitSet;

/**
 * A text after {@link Normaliser}: the normalised characters, the index in the original text where each one came
 * from, and where a line-break hyphen stood. A hyphen at the end of a line, after a letter or digit and before one,
 * is left out of {@link #chars()} (the joined form, "inte-\ngrated" reads "integrated") and marked before the
 * character that follows it, so that a quote may have it or not ("case-management" or "casemanagement"): {@link
 * QuoteFinder} reads the mark. Immutable.
 */
final class NormalisedText {
  private final String original;
  private final String chars;
  private final int[] starts;
  private final BitSet hyphenBefore;

  NormalisedText(String original, String chars, int[] starts, BitSet hyphenBefore) {
    this.original = original;
    this.chars = chars;
    this.starts = starts;
    this.hyphenBefore = hyphenBefore;
  }

  /** The normalised text. */
  String chars() {
    return chars;
  }

  /** Whether a line-break hyphen stood before normalised character {@code j} (and after {@code j - 1}). */
  boolean hyphenBefore(int j) {
    return hyphenBefore.get(j);
  }

  /** The index in the original text of the first char that normalised character {@code j} came from. */
  int start(int j) {
    return starts[j];
  }

  /**
   * The index in the original text just past what normalised character {@code j} came from: a whole run of
   * whitespace for a space, a base character with its combining marks, a surrogate pair, one "…" for each of its
   * three dots.
   */
  int end(int j) {
    int s = starts[j];
    int n = original.length();
    char c = original.charAt(s);
    if (chars.charAt(j) == ' ' && Normaliser.isSpace(c)) {
      int e = s;
      while (e < n && Normaliser.isSpace(original.charAt(e))) {
        e++;
      }
      return e;
    }
    int e = s + Character.charCount(original.codePointAt(s));
    while (e < n && Normaliser.isMark(original.codePointAt(e))) {
      e += Character.charCount(original.codePointAt(e));
    }
    return e;
  }
}

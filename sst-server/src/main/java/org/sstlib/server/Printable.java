package org.sstlib.server;

/**
 * A request's text made safe to quote in a one-line answer: control characters are escaped as {@code \\uXXXX},
 * and long text is cut, so that a hostile header can neither add lines nor fill a terminal.
 */
final class Printable {
  /** The most characters quoted from a request. */
  static final int MAX_CHARS = 80;

  private Printable() {}

  /** {@code text}, its control characters escaped, cut after {@link #MAX_CHARS} characters with "...". */
  static String of(String text) {
    return of(text, MAX_CHARS);
  }

  /** {@code text}, its control characters escaped, cut after {@code maxChars} characters with "...". */
  static String of(String text, int maxChars) {
    StringBuilder out = new StringBuilder();
    int end = Math.min(text.length(), maxChars);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never cut a character in two
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > end) {
      out.append("...");
    }
    return out.toString();
  }
}

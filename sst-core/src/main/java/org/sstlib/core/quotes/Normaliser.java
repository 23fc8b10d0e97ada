package org.sstlib.core.quotes;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Puts a quote and a source text in the form they are compared in, character by character, so that a quote copied
 * from a PDF, a word processor or a transcript is found in the text however its typography was changed, and is not
 * found if a word, a letter, a capital or a punctuation mark other than these was changed:
 *
 * <ol>
 *   <li>Unicode composition (NFC) of each character with the combining marks after it, so that "é" written as one
 *       code point and as "e" with a combining acute accent are the same; only done for a text that is not already
 *       in NFC.
 *   <li>Whitespace: every run of whitespace (space, tab, line breaks, form feed, no-break space U+00A0, and every
 *       other Unicode space separator such as U+2007, U+202F, U+3000, and U+2028, U+2029) becomes one space; the
 *       quote's leading and trailing whitespace is dropped.
 *   <li>Soft hyphens (U+00AD) are dropped; one at the end of a line joins the word across the line break.
 *   <li>Line-break hyphenation (in the source text only): a dash at the end of a line, after a letter or digit and
 *       followed, after the line break and any indentation, by a letter or digit, is taken either way: as a word
 *       broken across the line ("inte-\ngrated" is found by "integrated") or as a real hyphen ("case-\nmanagement"
 *       is found by "case-management"; also by "case- management", as the line reads with its break as a space).
 *   <li>Quotation marks: ‘ ’ ‚ ‛ ‹ › ′ and ` become ' (U+0027); “ ” „ ‟ « » and ″ become " (U+0022).
 *   <li>Dashes: hyphen-minus, hyphen U+2010, non-breaking hyphen U+2011, figure dash U+2012, en dash U+2013, em
 *       dash U+2014, horizontal bar U+2015 and minus sign U+2212 become "-"; the spaces around a dash are kept, as
 *       one space.
 *   <li>Ellipses: "…" (U+2026) becomes "...", and ". . ." (three full stops with one space or no-break space between
 *       them) becomes "...".
 * </ol>
 *
 * <p>Nothing else is changed: letter case is kept (a changed capital is a changed quote), and so is every other
 * character. Stateless.
 */
final class Normaliser {
  private Normaliser() {}

  /** The normalised form of a source text, with its line-break hyphens marked and each character's origin. */
  static NormalisedText text(String text) {
    Builder b = new Builder(text, true);
    b.run();
    return new NormalisedText(text, b.out.toString(), Arrays.copyOf(b.starts, b.out.length()), b.hyphenBefore);
  }

  /** The normalised form of a quote, without its leading and trailing space. */
  static String quote(String quote) {
    Builder b = new Builder(quote, false);
    b.run();
    return b.out.toString().strip();
  }

  /** Whitespace, as the first rule reads it. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** A combining mark: composed with the character before it. */
  static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u000B'
        || c == '\u0085';
  }

  /** The quotation-mark and dash rules for one character. */
  private static char map(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '`':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
        return '"';
      default:
        return isDash(c) ? '-' : c;
    }
  }

  /** One pass over a text. */
  private static final class Builder {
    private final String in;
    private final boolean hyphenation;
    private final boolean compose;
    private final StringBuilder out;
    private int[] starts;
    private final BitSet hyphenBefore = new BitSet();
    private boolean pendingHyphen;

    Builder(String in, boolean hyphenation) {
      this.in = in;
      this.hyphenation = hyphenation;
      this.compose = !Normalizer.isNormalized(in, Normalizer.Form.NFC);
      this.out = new StringBuilder(in.length());
      this.starts = new int[Math.max(16, in.length() + 8)];
    }

    void run() {
      int n = in.length();
      int i = 0;
      while (i < n) {
        char c = in.charAt(i);
        if (c == '\u00AD') {
          int k = skipHorizontal(i + 1);
          // At the end of a line it joins the word across the break; anywhere else it is only dropped.
          i = k < n && isLineBreak(in.charAt(k)) ? skipSpace(k) : i + 1;
        } else if (isSpace(c)) {
          int s = i;
          i = skipSpace(i);
          if (out.length() > 0 && out.charAt(out.length() - 1) == ' ' && !pendingHyphen) {
            continue;   // a soft hyphen between two runs of whitespace: still one space
          }
          emit(' ', s);
        } else if (hyphenation && isDash(c) && lineBreakHyphen(i)) {
          pendingHyphen = true;
          i = skipSpace(skipHorizontal(i + 1));
        } else if (c == '.' && spacedEllipsis(i)) {
          emit('.', i);
          emit('.', i + 2);
          emit('.', i + 4);
          i += 5;
        } else if (c == '\u2026') {
          emit('.', i);
          emit('.', i);
          emit('.', i);
          i++;
        } else {
          i = character(i);
        }
      }
    }

    /** Emits the character at {@code i} (with its combining marks, composed, if the text needs it); returns the next. */
    private int character(int i) {
      int n = in.length();
      int cp = in.codePointAt(i);
      int e = i + Character.charCount(cp);
      if (!compose) {
        for (int k = i; k < e; k++) {
          emit(map(in.charAt(k)), i);
        }
        return e;
      }
      while (e < n && isMark(in.codePointAt(e))) {
        e += Character.charCount(in.codePointAt(e));
      }
      if (e == i + 1 && cp < 0x300) {
        emit(map((char) cp), i);   // nothing below U+0300 changes under NFC on its own
        return e;
      }
      String composed = Normalizer.normalize(in.substring(i, e), Normalizer.Form.NFC);
      for (int k = 0; k < composed.length(); k++) {
        emit(map(composed.charAt(k)), i);
      }
      return e;
    }

    private void emit(char c, int start) {
      int j = out.length();
      if (j == starts.length) {
        starts = Arrays.copyOf(starts, j + (j >> 1) + 16);
      }
      starts[j] = start;
      if (pendingHyphen) {
        hyphenBefore.set(j);
        pendingHyphen = false;
      }
      out.append(c);
    }

    /** Whether the dash at {@code i} ends a line between two letters or digits. */
    private boolean lineBreakHyphen(int i) {
      int j = out.length();
      if (j == 0 || pendingHyphen || !Character.isLetterOrDigit(out.codePointBefore(j))) {
        return false;
      }
      int k = skipHorizontal(i + 1);
      if (k >= in.length() || !isLineBreak(in.charAt(k))) {
        return false;
      }
      int m = skipSpace(k);
      return m < in.length() && Character.isLetterOrDigit(in.codePointAt(m));
    }

    /** ". . ." at {@code i}, with one space or no-break space between the stops. */
    private boolean spacedEllipsis(int i) {
      return i + 4 < in.length() && gap(in.charAt(i + 1)) && in.charAt(i + 2) == '.' && gap(in.charAt(i + 3))
          && in.charAt(i + 4) == '.';
    }

    private static boolean gap(char c) {
      return c == ' ' || c == '\u00A0';
    }

    private int skipHorizontal(int i) {
      while (i < in.length() && isSpace(in.charAt(i)) && !isLineBreak(in.charAt(i))) {
        i++;
      }
      return i;
    }

    private int skipSpace(int i) {
      while (i < in.length() && isSpace(in.charAt(i))) {
        i++;
      }
      return i;
    }
  }
}

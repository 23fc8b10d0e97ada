package org.sstlib.core.quotes;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds a verbatim quote in a source text, after the normalisations of whitespace, line-break hyphenation,
 * quotation marks, dashes and ellipses that {@code sst validate} documents (and NFC composition): a quote is found
 * where its normalised form equals a stretch of the normalised text, a line-break hyphen of the text taken as
 * written or as joining a broken word. Letter case counts. A quote need not start or end at a word boundary.
 *
 * <pre>{@code
 * SourceText t = SourceText.of("int-07.txt", "She said: \u201cwe all just\nmuck in\u201d.\n");
 * QuoteFinder.find(t, "\"we all just muck in\"");    // one occurrence, lines 1 to 2
 * QuoteFinder.closest(t, "we all just muck out");   // the passage "we all just muck in", at line 1
 * }</pre>
 *
 * <p>Finding is linear in the text for each candidate place: a piece of the quote with no dash in it is looked for
 * with {@link String#indexOf}, and only its places are matched in full. Stateless and thread-safe.
 */
public final class QuoteFinder {
  private QuoteFinder() {}

  /** Every place the quote stands in the text, in the order of the text; empty if it is not there or is blank. */
  public static ImmutableList<Occurrence> find(SourceText text, String quote) {
    checkNotNull(text, "text");
    checkNotNull(quote, "quote");
    String q = Normaliser.quote(quote);
    if (q.isEmpty()) {
      return ImmutableList.of();
    }
    NormalisedText t = text.normalised();
    ImmutableList.Builder<Occurrence> found = ImmutableList.builder();
    for (int p : candidates(t, q)) {
      int end = matchAt(t, q, p);
      if (end > p) {
        int start = t.start(p);
        int originalEnd = t.end(end - 1);
        found.add(new Occurrence(start, originalEnd, text.lineOf(start), text.lineOf(Math.max(start,
            originalEnd - 1))));
      }
    }
    return found.build();
  }

  /**
   * The passage of the text most like the quote, with the line it starts on: where most pairs of the quote's
   * consecutive words (single words, for a one-word quote) stand in the text in the quote's order, as many words
   * long as the quote; the first such place on a tie. Empty when no word of the quote is in the text.
   */
  public static Optional<Passage> closest(SourceText text, String quote) {
    checkNotNull(text, "text");
    checkNotNull(quote, "quote");
    return ClosestPassage.of(text, Normaliser.quote(quote));
  }

  /**
   * The normalised-text indices where the quote may start: the places of its longest piece without a dash, moved
   * back by what comes before that piece in the quote (each dash there may be a line-break hyphen that the
   * normalised text leaves out, with the space after it).
   */
  private static TreeSet<Integer> candidates(NormalisedText t, String q) {
    String s = t.chars();
    TreeSet<Integer> starts = new TreeSet<>();
    int bestFrom = 0;
    int bestTo = 0;
    int dashesBefore = 0;
    int dashes = 0;
    int from = 0;
    for (int i = 0; i <= q.length(); i++) {
      if (i == q.length() || q.charAt(i) == '-') {
        int pieceFrom = from < i && from > 0 && q.charAt(from) == ' ' ? from + 1 : from;
        if (i - pieceFrom > bestTo - bestFrom) {
          bestFrom = pieceFrom;
          bestTo = i;
          dashesBefore = dashes;
        }
        dashes++;
        from = i + 1;
      }
    }
    // A quote of dashes alone starts with a dash that the text writes (a line-break hyphen never starts a match).
    String piece = bestTo == bestFrom ? "-" : q.substring(bestFrom, bestTo);
    if (bestTo == bestFrom) {
      bestFrom = 0;
      dashesBefore = 0;
    }
    for (int hit = s.indexOf(piece); hit >= 0; hit = s.indexOf(piece, hit + 1)) {
      for (int p = hit - bestFrom; p <= hit - bestFrom + 2 * dashesBefore; p++) {
        if (p >= 0 && p <= hit) {
          starts.add(p);
        }
      }
    }
    return starts;
  }

  /**
   * The normalised-text index just past the quote when it stands at {@code p}, or -1. A dash of the quote may stand
   * for a line-break hyphen of the text (and a space after that dash for the line break).
   */
  static int matchAt(NormalisedText t, String q, int p) {
    String s = t.chars();
    int i = 0;
    int j = p;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (j < s.length() && s.charAt(j) == c) {
        i++;
        j++;
      } else if (c == '-' && j > p && j < s.length() && t.hyphenBefore(j)) {
        i++;
        if (i < q.length() && q.charAt(i) == ' ') {
          i++;
        }
      } else {
        return -1;
      }
    }
    return j;
  }
}

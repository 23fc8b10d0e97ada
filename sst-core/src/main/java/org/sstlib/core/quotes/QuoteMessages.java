package org.sstlib.core.quotes;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The wording of {@link QuoteCheck}'s messages about where a quote is, or what stands closest to it. */
final class QuoteMessages {
  /** The most places listed for a quote found several times. */
  private static final int PLACES = 5;

  private QuoteMessages() {}

  /** What the text holds closest to a quote that is not in it, and the first word that differs. */
  static String closest(SourceText text, String quote) {
    Optional<Passage> passage = QuoteFinder.closest(text, quote);
    if (passage.isEmpty()) {
      return "no passage of the text shares a word with it: is it the right source, or the right text?";
    }
    Passage p = passage.get();
    return "the closest passage, at L" + p.line() + ", reads \"" + p.text() + "\": look for a changed word"
        + difference(Normaliser.quote(quote), p.text());
  }

  /** The first word where the quote and the passage differ, as ", the quote has 'X' where the text has 'Y'". */
  private static String difference(String quote, String passage) {
    List<String> q = ClosestPassage.words(quote);
    List<String> t = ClosestPassage.words(passage);
    for (int k = 0; k < Math.min(q.size(), t.size()); k++) {
      if (!q.get(k).equals(t.get(k))) {
        return " (the quote has '" + q.get(k) + "' where the text has '" + t.get(k) + "')";
      }
    }
    return q.size() == t.size() ? " or punctuation" : "";
  }

  /** The lines of the occurrences: "L112-L113", "L12 and L40", "L1, L5, L9, ... (7 places)". */
  static String lines(ImmutableList<Occurrence> occurrences) {
    List<String> shown = occurrences.stream().limit(PLACES).map(Occurrence::lines).collect(Collectors.toList());
    if (occurrences.size() > PLACES) {
      return String.join(", ", shown) + ", ... (" + occurrences.size() + " places)";
    }
    return shown.size() == 1 ? shown.get(0)
        : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
  }

  /** The locator's ranges: "L109", "L12 or L40". */
  static String ranges(ImmutableList<LocatorLines.Range> ranges) {
    return ranges.stream().map(LocatorLines.Range::toString).collect(Collectors.joining(" or "));
  }
}

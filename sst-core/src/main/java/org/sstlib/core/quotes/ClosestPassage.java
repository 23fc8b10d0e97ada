package org.sstlib.core.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The passage of a text most like a quote that is not in it. Each pair of consecutive words of the quote (each word,
 * for a one-word quote, or when no pair stands in the text) that stands in the text votes for the place where the quote would start if that pair were
 * in its place; a voted place's score is the votes within two words of it (a word added or left out shifts the rest), and
 * the best place (on a tie, the one with most votes of its own, then the first) starts a passage as many words long as the quote. One pass over the text's
 * words; deterministic.
 */
final class ClosestPassage {
  /** How far (in words) a vote still counts for a place: a word or two added or left out. */
  private static final int SLACK = 2;
  /** The longest passage shown in a message, in chars. */
  private static final int SHOWN = 300;

  private ClosestPassage() {}

  static Optional<Passage> of(SourceText text, String normalisedQuote) {
    List<String> quoteWords = words(normalisedQuote);
    if (quoteWords.isEmpty()) {
      return Optional.empty();
    }
    int n = quoteWords.size();
    NormalisedText t = text.normalised();
    Map<Integer, Integer> votes = votes(t.chars(), quoteWords, n > 1);
    if (votes.isEmpty() && n > 1) {
      // No two words of the quote stand together in the text: let single words vote.
      votes = votes(t.chars(), quoteWords, false);
    }
    if (votes.isEmpty()) {
      return Optional.empty();
    }
    int best = Integer.MAX_VALUE;
    int bestScore = -1;
    int bestOwn = -1;
    for (Map.Entry<Integer, Integer> place : votes.entrySet()) {
      int c = place.getKey();
      int score = 0;
      for (int d = c - SLACK; d <= c + SLACK; d++) {
        score += votes.getOrDefault(d, 0);
      }
      int own = place.getValue();
      if (score > bestScore || (score == bestScore && (own > bestOwn || (own == bestOwn && c < best)))) {
        best = c;
        bestScore = score;
        bestOwn = own;
      }
    }
    return Optional.of(passage(text, t, Math.max(0, best), n));
  }

  /**
   * For each place (the index of a word of the text where the quote would start), how many of the quote's keys
   * stand there in the quote's order: its pairs of consecutive words, or its single words.
   */
  private static Map<Integer, Integer> votes(String s, List<String> quoteWords, boolean pairs) {
    int n = quoteWords.size();
    Map<String, List<Integer>> keys = new HashMap<>();
    for (int k = pairs ? 1 : 0; k < n; k++) {
      String key = pairs ? quoteWords.get(k - 1) + ' ' + quoteWords.get(k) : quoteWords.get(k);
      keys.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
    }
    Map<Integer, Integer> votes = new HashMap<>();
    String previous = null;
    int index = 0;
    for (int i = nextWord(s, 0); i < s.length(); i = nextWord(s, i)) {
      int e = wordEnd(s, i);
      String word = s.substring(i, e);
      String key = !pairs ? word : previous == null ? null : previous + ' ' + word;
      List<Integer> at = key == null ? null : keys.get(key);
      if (at != null) {
        for (int k : at) {
          votes.merge(index - k, 1, Integer::sum);
        }
      }
      previous = word;
      index++;
      i = e;
    }
    return votes;
  }

  /** The passage of {@code count} words from word {@code first} of the normalised text. */
  private static Passage passage(SourceText text, NormalisedText t, int first, int count) {
    String s = t.chars();
    int index = 0;
    int from = -1;
    int to = -1;
    for (int i = nextWord(s, 0); i < s.length(); i = nextWord(s, i)) {
      int e = wordEnd(s, i);
      if (index == first) {
        from = i;
      }
      if (index >= first) {
        to = e;
      }
      if (index == first + count - 1) {
        break;
      }
      index++;
      i = e;
    }
    if (from < 0) {
      // The place is past the text's last word (the quote's start is voted beyond the end): show the last words.
      return passage(text, t, Math.max(0, index - count), count);
    }
    int start = t.start(from);
    int end = t.end(to - 1);
    String shown = s.substring(from, to);
    if (shown.length() > SHOWN) {
      shown = shown.substring(0, Character.isLowSurrogate(shown.charAt(SHOWN)) ? SHOWN - 1 : SHOWN) + "...";
    }
    return new Passage(start, end, text.lineOf(start), shown);
  }

  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    for (int i = nextWord(s, 0); i < s.length(); ) {
      int e = wordEnd(s, i);
      words.add(s.substring(i, e));
      i = nextWord(s, e);
    }
    return words;
  }

  private static int nextWord(String s, int i) {
    while (i < s.length() && !Character.isLetterOrDigit(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i;
  }

  private static int wordEnd(String s, int i) {
    while (i < s.length() && Character.isLetterOrDigit(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i;
  }
}

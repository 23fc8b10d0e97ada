package org.sstlib.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Finds the word a user probably meant when a key or an id is misspelt: the closest candidate by edit distance,
 * if it is close enough to be a plausible typo. Stateless and thread-safe.
 *
 * <pre>{@code
 * DidYouMean.suggest("lable", List.of("label", "description")); // Optional[label]
 * }</pre>
 */
public final class DidYouMean {
  private DidYouMean() {}

  /** Words longer than this are not typos of anything; comparing them would only cost time. */
  private static final int LONGEST_WORD = 100;

  /** The candidate closest to {@code word}, if its distance is at most a third of the word's length (at least 2). */
  public static Optional<String> suggest(String word, Iterable<String> candidates) {
    checkNotNull(word, "word");
    if (word.length() > LONGEST_WORD) {
      return Optional.empty();
    }
    int limit = Math.max(2, word.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(word) || Math.abs(candidate.length() - word.length()) > limit) {
        continue;
      }
      int distance = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** A "; did you mean 'x'?" suffix for a message, or the empty string. */
  public static String hint(String word, Iterable<String> candidates) {
    return suggest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /** Optimal string alignment distance (Levenshtein with transpositions), in three rows of memory. */
  static int distance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          current[j] = Math.min(current[j], before[j - 2] + 1);
        }
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }
}

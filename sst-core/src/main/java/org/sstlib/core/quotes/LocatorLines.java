package org.sstlib.core.quotes;

import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line references of an evidence item's locator: {@code L109}, {@code L109-L111}, {@code L109-111}, {@code
 * L109–111}, {@code line 109}, {@code lines 109-111}, {@code l. 109}, {@code ll. 109-111} (letters in either case;
 * a hyphen, en dash or em dash between the numbers, with or without spaces), anywhere in the locator, several of
 * them separated by commas ({@code L12, L40} or {@code lines 12, 40-41}). Any other locator ({@code p. 120},
 * {@code Box 2}, {@code 00:04:10}) names no lines. Stateless.
 */
final class LocatorLines {
  /** A span of lines, from 1, both ends included. */
  record Range(int first, int last) {
    boolean overlaps(int from, int to) {
      return first <= to && from <= last;
    }

    @Override
    public String toString() {
      return first == last ? "L" + first : "L" + first + "-L" + last;
    }
  }

  private static final Pattern PREFIX =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:L(?=\\d)|lines?\\s*(?=\\d)|ll?\\.\\s*(?=\\d))", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE =
      Pattern.compile("\\G(?:\\s*,\\s*L?)?(\\d{1,9})(?:\\s*[-\u2013\u2014]\\s*L?(\\d{1,9}))?(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  private LocatorLines() {}

  /** The line ranges the locator names, in its order; empty if it names none. */
  static ImmutableList<Range> parse(String locator) {
    ImmutableList.Builder<Range> ranges = ImmutableList.builder();
    Matcher prefix = PREFIX.matcher(locator);
    int from = 0;
    while (from < locator.length() && prefix.find(from)) {
      Matcher range = RANGE.matcher(locator);
      range.region(prefix.end(), locator.length());
      int end = prefix.end();
      boolean first = true;
      while (range.find()) {
        // The first range follows the prefix; the others follow a comma.
        if (first == range.group().trim().startsWith(",")) {
          break;
        }
        first = false;
        int a = Integer.parseInt(range.group(1));
        int b = range.group(2) == null ? a : Integer.parseInt(range.group(2));
        ranges.add(new Range(Math.min(a, b), Math.max(a, b)));
        end = range.end();
      }
      from = Math.max(end, prefix.end());
    }
    return ranges.build();
  }
}

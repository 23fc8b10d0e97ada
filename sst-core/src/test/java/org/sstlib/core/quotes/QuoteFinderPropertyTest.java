package org.sstlib.core.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random passages of a random text, typeset the way a printed source sets them (curly apostrophes, dashes, lines
 * re-wrapped with words broken by hyphens, runs of spaces), are found at their place from the plain quote; the same
 * passage with one word changed is not found. Every failure message starts with {@code seed=N}; replay one seed with
 * {@code -Dsst.seed=N}.
 */
class QuoteFinderPropertyTest {
  private static final String[] WORDS = {"we", "all", "just", "muck", "in", "integrated", "care", "matron", "team",
      "it's", "don't", "risk", "meeting", "hospital", "caseload", "patients", "Alf", "GP", "the", "and", "referral"};
  private static final String[] SEPARATORS = {" ", " ", " ", ", ", " - ", ". ", "; "};
  private static final String[] DASHES = {"-", "\u2010", "\u2013", "\u2014", "\u2212"};
  private static final String[] SPACES = {" ", " ", "  ", "\n", " \n  ", "\t", "\u00A0"};

  static LongStream seeds() {
    String one = System.getProperty("sst.seed");
    return one != null ? LongStream.of(Long.parseLong(one)) : LongStream.range(0, 200);
  }

  /** One token of the text: as the plain quote writes it, as the source prints it, and where it is printed. */
  private record Token(String plain, String printed, boolean word, int printedStart) {}

  @ParameterizedTest
  @MethodSource("seeds")
  void typesetPassagesAreFoundAndChangedOnesAreNot(long seed) {
    Random random = new Random(seed);
    List<Token> tokens = new ArrayList<>();
    StringBuilder printed = new StringBuilder();
    int words = 50 + random.nextInt(400);
    for (int k = 0; k < words; k++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      add(tokens, printed, w, typesetWord(w, random), true);
      String s = SEPARATORS[random.nextInt(SEPARATORS.length)];
      add(tokens, printed, s, typesetSeparator(s, random), false);
    }
    SourceText text = SourceText.of("t", printed.toString());
    for (int trial = 0; trial < 10; trial++) {
      int a = 2 * random.nextInt(words);
      int b = Math.min(2 * (words - 1), a + 2 * random.nextInt(12));
      StringBuilder quote = new StringBuilder();
      for (int k = a; k <= b; k++) {
        quote.append(k % 2 == 1 && random.nextInt(4) == 0 ? tokens.get(k).plain() + " " : tokens.get(k).plain());
      }
      int start = tokens.get(a).printedStart();
      int end = tokens.get(b).printedStart() + tokens.get(b).printed().length();
      String context = "seed=" + seed + " trial=" + trial + " quote '" + quote + "' printed '"
          + printed.substring(start, end) + "'";
      ImmutableList<Occurrence> found = QuoteFinder.find(text, quote.toString());
      if (found.stream().noneMatch(o -> o.start() == start && o.end() == end)) {
        fail(context + ": found at " + found);
      }
      int changed = a + 2 * random.nextInt((b - a) / 2 + 1);
      StringBuilder wrong = new StringBuilder();
      for (int k = a; k <= b; k++) {
        wrong.append(k == changed ? "zebra" : tokens.get(k).plain());
      }
      assertTrue(QuoteFinder.find(text, wrong.toString()).isEmpty(), context + ": changed '" + wrong + "' found");
      assertTrue(QuoteFinder.closest(text, wrong.toString()).isPresent() || a == b, context);
    }
  }

  private static void add(List<Token> tokens, StringBuilder printed, String plain, String typeset, boolean word) {
    tokens.add(new Token(plain, typeset, word, printed.length()));
    printed.append(typeset);
  }

  /** A curly apostrophe, and now and then the word broken across a line with a hyphen or a soft hyphen. */
  private static String typesetWord(String w, Random random) {
    String t = random.nextBoolean() ? w.replace('\'', '\u2019') : w;
    if (t.length() >= 4 && t.chars().allMatch(Character::isLetter) && random.nextInt(5) == 0) {
      int cut = 2 + random.nextInt(t.length() - 3);
      String hyphen = random.nextInt(4) == 0 ? "\u00AD" : DASHES[random.nextInt(2)];
      t = t.substring(0, cut) + hyphen + (random.nextBoolean() ? "\n" : "\r\n  ") + t.substring(cut);
    }
    return t;
  }

  /** Spaces as any whitespace, a dash as any dash. */
  private static String typesetSeparator(String s, Random random) {
    StringBuilder t = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == ' ') {
        t.append(SPACES[random.nextInt(SPACES.length)]);
      } else if (c == '-') {
        t.append(DASHES[random.nextInt(DASHES.length)]);
      } else {
        t.append(c);
      }
    }
    return t.toString();
  }
}

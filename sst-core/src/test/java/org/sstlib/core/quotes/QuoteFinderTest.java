package org.sstlib.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Finding quotes: every occurrence with its lines, the closest passage of a changed quote, and a large text. */
class QuoteFinderTest {

  private static final SourceText TRANSCRIPT = SourceText.of("int-07.txt", String.join("\n",
      "Interviewer: How does the team decide?",
      "Matron: Well, we all just muck in,",
      "you know, whoever is free takes the",
      "call. We all just muck in.",
      ""));

  @Test
  void findsEveryOccurrenceWithItsLines() {
    ImmutableList<Occurrence> o = QuoteFinder.find(TRANSCRIPT, "we all just muck in");
    assertEquals(1, o.size());
    assertEquals(2, o.get(0).startLine());
    assertEquals("L2", o.get(0).lines());
    ImmutableList<Occurrence> both = QuoteFinder.find(TRANSCRIPT, "all just muck in");
    assertEquals(2, both.size());
    assertEquals(2, both.get(0).startLine());
    assertEquals(4, both.get(1).startLine());
    assertTrue(both.get(0).start() < both.get(1).start());
  }

  @Test
  void aQuoteAcrossLinesHasBothLines() {
    Occurrence o = QuoteFinder.find(TRANSCRIPT, "whoever is free takes the call.").get(0);
    assertEquals("L3-L4", o.lines());
    assertEquals("whoever is free takes the\ncall.", TRANSCRIPT.text().substring(o.start(), o.end()));
  }

  @Test
  void aBlankQuoteIsNowhere() {
    assertTrue(QuoteFinder.find(TRANSCRIPT, " \n ").isEmpty());
  }

  @Test
  void aChangedWordIsNotFoundAndTheClosestPassageIsNamed() {
    String changed = "whoever is free answers the call";
    assertTrue(QuoteFinder.find(TRANSCRIPT, changed).isEmpty());
    Passage p = QuoteFinder.closest(TRANSCRIPT, changed).orElseThrow();
    assertEquals(3, p.line());
    assertEquals("whoever is free takes the call", p.text());
    assertEquals("whoever is free takes the\ncall", TRANSCRIPT.text().substring(p.start(), p.end()));
  }

  @Test
  void theClosestPassageOfAOneWordQuote() {
    Passage p = QuoteFinder.closest(TRANSCRIPT, "Matron").orElseThrow();
    assertEquals(2, p.line());
    assertEquals("Matron", p.text());
  }

  @Test
  void noClosestPassageWhenNoWordIsShared() {
    assertTrue(QuoteFinder.closest(TRANSCRIPT, "zebra crossing").isEmpty());
  }

  @Test
  void aQuoteOfDashesAlone() {
    SourceText t = SourceText.of("t", "a -- b");
    assertEquals(1, QuoteFinder.find(t, "\u2013\u2013").size());
  }

  /** A few megabytes and a few hundred quotes, some absent: should take well under a second or two. */
  @Test
  void aLargeTextWithManyQuotes() {
    Random random = new Random(7);
    String[] words = {"care", "team", "matron", "we", "all", "just", "muck", "in", "the", "risk", "tool", "list",
        "meeting", "integrated", "case-management", "patient", "home", "hospital", "said", "nurse"};
    StringBuilder b = new StringBuilder();
    int line = 0;
    while (b.length() < 4_000_000) {
      b.append(words[random.nextInt(words.length)]);
      b.append(++line % 12 == 0 ? "\n" : " ");
    }
    String text = b.toString();
    SourceText t = SourceText.of("big.txt", text);
    int found = 0;
    for (int k = 0; k < 300; k++) {
      int start = random.nextInt(text.length() - 200);
      start = text.indexOf(' ', start) + 1;
      int end = text.indexOf(' ', start + 60);
      String quote = text.substring(start, end);
      ImmutableList<Occurrence> o = QuoteFinder.find(t, k % 3 == 0 ? quote + " zebra" : quote);
      if (k % 3 == 0) {
        assertTrue(o.isEmpty());
      } else {
        assertTrue(o.stream().anyMatch(x -> text.substring(x.start(), x.end()).equals(quote.strip())), quote);
        found++;
      }
    }
    assertEquals(200, found);
    assertTrue(QuoteFinder.closest(t, "zebra care team").isPresent());
  }
}

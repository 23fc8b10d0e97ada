package org.sstlib.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {
  @Test
  void widthsAreLiberationSansAdvanceWidthsTheSameAsArials() {
    assertEquals(0, TextMetrics.width("", 12));
    // Arial's and Liberation Sans's advance widths, in units of 2048 to the em: a 1139, W 1933, space 569.
    assertEquals(1139 * 12.0 / 2048, TextMetrics.width("a", 12), 1e-9);
    assertEquals((1933 + 569 + 1139) * 11.0 / 2048, TextMetrics.width("W a", 11), 1e-9);
    assertEquals(TextMetrics.width("ab", 12), TextMetrics.width("a", 12) + TextMetrics.width("b", 12), 1e-9);
    assertEquals(TextMetrics.width("W", 12), TextMetrics.widest(List.of("i", "W", ""), 12));
  }

  @Test
  void aCharacterTheFontLacksIsAsWideAsTheBoxDrawnForIt() {
    assertEquals(1536 * 12.0 / 2048, TextMetrics.width("\u4E2D", 12), 1e-9);
    assertEquals(TextMetrics.width("\uD83D\uDE00", 12), TextMetrics.width("\u4E2D", 12), 1e-9, "one code point");
  }

  @Test
  void wrappedLinesFitTheirMeasuredWidthAndTheEllipsisToo() {
    String text = "The Integrated Care Model meeting decides whether the patient goes home, with what help, and who"
        + " tells the general practitioner; WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW iiiiiiiiiiiiii end";
    double width = TextMetrics.columns(Figure.BOX_CHARS, Figure.TEXT_SIZE);
    for (int lines = 1; lines <= 8; lines++) {
      ImmutableList<String> wrapped = Markup.wrap(text, Figure.BOX_CHARS, lines);
      assertTrue(wrapped.size() <= lines, wrapped.toString());
      for (String line : wrapped) {
        assertTrue(TextMetrics.width(line, Figure.TEXT_SIZE) <= width, line);
      }
    }
    ImmutableList<String> all = Markup.wrap(text, Figure.BOX_CHARS, 20);
    assertEquals(text.replace(" ", ""), String.join("", all).replace(" ", ""), "nothing lost when it all fits");
    assertTrue(Markup.wrap(text, Figure.BOX_CHARS, 2).get(1).endsWith("\u2026"));
    assertEquals(ImmutableList.of("The Integrated Care Model", "meeting decides whether the"),
        Markup.wrap(text, Figure.BOX_CHARS, 20).subList(0, 2), "broken at spaces, by width");
  }

  @Test
  void wrappingNeverSplitsASurrogatePairAndAlwaysMovesOn() {
    String faces = "\uD83D\uDE00".repeat(40);
    for (String line : Markup.wrap(faces, 3, 100)) {
      assertTrue(!line.isEmpty() && line.codePoints().allMatch(c -> c == 0x1F600), line);
    }
    assertEquals(ImmutableList.of("a", "b", "c"), Markup.wrap("abc", 0.0, 12, 5), "a character a line at least");
    assertEquals(ImmutableList.of(""), Markup.wrap("  ", Figure.BOX_CHARS, 3));
  }
}

package org.sstlib.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Lines and code-point positions of a text. */
class SourceTextTest {

  @Test
  void linesEndAtLfCrLfAndLoneCr() {
    SourceText t = SourceText.of("t", "a\nb\r\nc\rd");
    assertEquals(4, t.lineCount());
    assertEquals(1, t.lineOf(0));
    assertEquals(1, t.lineOf(1));
    assertEquals(2, t.lineOf(2));
    assertEquals(2, t.lineOf(4));
    assertEquals(3, t.lineOf(5));
    assertEquals(4, t.lineOf(7));
    assertEquals(4, t.lineOf(8));
    assertThrows(IllegalArgumentException.class, () -> t.lineOf(9));
  }

  @Test
  void codePointsCountAnEmojiOnce() {
    SourceText t = SourceText.of("t", "\uD83D\uDE00 a\n\uD83D\uDE00\uD83D\uDE00 b");
    assertEquals(0, t.codePointIndex(0));
    assertEquals(1, t.codePointIndex(2));
    assertEquals(3, t.codePointIndex(4));
    assertEquals(4, t.codePointIndex(5));
    assertEquals(6, t.codePointIndex(9));
    assertEquals(8, t.codePointIndex(t.text().length()));
  }
}

package org.sstlib.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GlyphsTest {
  private static final Pattern TOKEN = Pattern.compile("[MmLlQqCcZz]|-?[0-9]+(?:\\.[0-9]+)?");

  /**
   * Every point of path data as Glyphs writes it (M, then relative m, l, q, c and z), control points included, in
   * absolute coordinates.
   */
  static List<double[]> points(String d) {
    List<double[]> points = new ArrayList<>();
    Matcher m = TOKEN.matcher(d);
    List<String> tokens = new ArrayList<>();
    while (m.find()) {
      tokens.add(m.group());
    }
    double x = 0;
    double y = 0;
    double startX = 0;
    double startY = 0;
    for (int i = 0; i < tokens.size(); ) {
      String command = tokens.get(i++);
      int pairs = switch (command) {
        case "M", "m", "l" -> 1;
        case "q" -> 2;
        case "c" -> 3;
        case "z" -> 0;
        default -> throw new AssertionError("unexpected '" + command + "' in " + d);
      };
      if (command.equals("z")) {
        x = startX;
        y = startY;
        continue;
      }
      double fromX = command.equals("M") ? 0 : x;
      double fromY = command.equals("M") ? 0 : y;
      for (int k = 0; k < pairs; k++) {
        x = fromX + Double.parseDouble(tokens.get(i++));
        y = fromY + Double.parseDouble(tokens.get(i++));
        points.add(new double[] {x, y});
      }
      if (command.equalsIgnoreCase("m")) {
        startX = x;
        startY = y;
      }
    }
    return points;
  }

  @Test
  void nothingIsDrawnForNoTextOrSpaces() {
    assertEquals("", Glyphs.path("", 0, 0, 12, false));
    assertEquals("", Glyphs.path("   ", 0, 0, 12, false));
  }

  @Test
  void aWordIsDrawnOnItsBaselineWithinItsMeasuredWidth() {
    String d = Glyphs.path("Hello", 10, 20, 12, false);
    assertTrue(d.startsWith("M") && d.contains("z") && d.contains("q"), d);
    double width = TextMetrics.width("Hello", 12);
    double top = 20;
    for (double[] p : points(d)) {
      assertTrue(p[0] >= 10 && p[0] <= 10 + width, "x " + p[0] + " within 10.." + (10 + width));
      // Round letters overshoot the baseline a little (20 units of 2048: 0.12 pixels at 12).
      assertTrue(p[1] <= 20.2 && p[1] >= 20 - 12, "y " + p[1] + " above the baseline, within an em");
      top = Math.min(top, p[1]);
    }
    // Liberation Sans's l is 1484 units of 2048 high: 8.7 pixels at 12.
    assertEquals(20 - 1484 * 12.0 / 2048, top, 0.1, "the l's top");
    assertEquals(d, Glyphs.path("Hello", 10, 20, 12, false), "the same data twice");
  }

  @Test
  void aCharacterTheFontLacksIsDrawnAsItsEmptyBox() {
    String box = Glyphs.path("\u4E2D", 0, 20, 12, false);
    assertEquals(box, Glyphs.path("\u0627", 0, 20, 12, false), "two characters the font lacks, the same box");
    assertEquals(2, box.chars().filter(c -> c == 'z').count(), "two contours: the .notdef glyph's box");
    assertFalse(box.contains("q") || box.contains("c"), "straight sides only");
    assertNotEquals("", Glyphs.path("\u05D0", 0, 20, 12, false), "Hebrew is in the font");
  }

  @Test
  void rightToLeftTextIsDrawnInVisualOrderWithItsBracketsMirrored() {
    assertEquals("x \u05D1\u05D0 y", Glyphs.visual("x \u05D0\u05D1 y"));
    assertEquals("(\u05D1\u05D0)", Glyphs.visual("(\u05D0\u05D1)"), "a bracket pair around Hebrew");
    assertEquals("abc", Glyphs.visual("abc"));
    // Alef then bet, stored; drawn bet first, at the left, then alef.
    List<double[]> drawn = points(Glyphs.path("\u05D0\u05D1", 0, 20, 12, false));
    List<double[]> bet = points(Glyphs.path("\u05D1", 0, 20, 12, false));
    List<double[]> alef = points(Glyphs.path("\u05D0", TextMetrics.width("\u05D1", 12), 20, 12, false));
    assertEquals(bet.size() + alef.size(), drawn.size());
    for (int i = 0; i < drawn.size(); i++) {
      double[] expected = i < bet.size() ? bet.get(i) : alef.get(i - bet.size());
      assertEquals(expected[0], drawn.get(i)[0], 0.11);
      assertEquals(expected[1], drawn.get(i)[1], 0.11);
    }
  }

  @Test
  void obliqueTextLeansRightAboveTheBaseline() {
    List<double[]> upright = points(Glyphs.path("l", 0, 20, 12, false));
    List<double[]> oblique = points(Glyphs.path("l", 0, 20, 12, true));
    assertEquals(upright.size(), oblique.size());
    for (int i = 0; i < upright.size(); i++) {
      double lift = 20 - upright.get(i)[1];
      assertEquals(upright.get(i)[0] + lift * Glyphs.OBLIQUE, oblique.get(i)[0], 0.11);
    }
  }
}

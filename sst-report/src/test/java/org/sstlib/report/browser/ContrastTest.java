package org.sstlib.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Contrast} against the values WCAG's definition gives. */
class ContrastTest {
  private static final int[] BLACK = {0, 0, 0};
  private static final int[] WHITE = {255, 255, 255};

  @Test
  void blackOnWhiteIsTwentyOneToOneAndAColourOnItselfOneToOne() {
    assertEquals(21, Contrast.ratio(BLACK, WHITE), 1e-9);
    assertEquals(21, Contrast.ratio(WHITE, BLACK), 1e-9);
    assertEquals(1, Contrast.ratio(new int[] {120, 30, 200}, new int[] {120, 30, 200}), 1e-9);
  }

  @Test
  void theLightestGreyThatPassesOnWhiteIs767676() {
    assertEquals(4.54, Contrast.ratio(new int[] {0x76, 0x76, 0x76}, WHITE), 0.005);
    assertTrue(Contrast.ratio(new int[] {0x77, 0x77, 0x77}, WHITE) < Contrast.AA);
  }

  @Test
  void largeTextNeedsThreeToOne() {
    int[] grey = {0x88, 0x88, 0x88}; // 3.54:1 on white
    Contrast.Text small = new Contrast.Text("p", grey, WHITE, 16, false);
    Contrast.Text large = new Contrast.Text("h1", grey, WHITE, 24, false);
    Contrast.Text largeBold = new Contrast.Text("b", grey, WHITE, 18.67, true);
    Contrast.Text smallBold = new Contrast.Text("b", grey, WHITE, 18, true);
    assertFalse(small.large());
    assertTrue(large.large());
    assertTrue(largeBold.large());
    assertFalse(smallBold.large());
    assertEquals(List.of(small, smallBold), Contrast.belowAa(List.of(small, large, largeBold, smallBold)));
  }
}

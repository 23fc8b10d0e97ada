package org.sstlib.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Overlaps}: which rendered boxes overlap, with half a pixel's tolerance. */
class OverlapsTest {

  private static Box box(String label, double x, double y, double width, double height) {
    return new Box(label, x, y, width, height);
  }

  @Test
  void boxesApartDoNotOverlap() {
    assertFalse(Overlaps.overlap(box("a", 0, 0, 10, 10), box("b", 20, 0, 10, 10)));
    assertFalse(Overlaps.overlap(box("a", 0, 0, 10, 10), box("b", 0, 20, 10, 10)));
  }

  @Test
  void boxesThatOnlyTouchDoNotOverlap() {
    assertFalse(Overlaps.overlap(box("a", 0, 0, 10, 10), box("b", 10, 0, 10, 10)));
    assertFalse(Overlaps.overlap(box("a", 0, 0, 10, 10), box("b", 10, 10, 10, 10)));
  }

  @Test
  void crossingByHalfAPixelOrLessIsRoundingNotOverlap() {
    assertFalse(Overlaps.overlap(box("a", 0, 0, 10, 10), box("b", 9.5, 0, 10, 10)));
    assertFalse(Overlaps.overlap(box("a", 0, 0, 10, 10), box("b", 3, 9.6, 10, 10)));
  }

  @Test
  void crossingByMoreThanHalfAPixelBothWaysOverlaps() {
    assertTrue(Overlaps.overlap(box("a", 0, 0, 10, 10), box("b", 9.4, 9.4, 10, 10)));
    assertTrue(Overlaps.overlap(box("a", 0, 0, 10, 10), box("b", 5, 5, 10, 10)));
  }

  @Test
  void overlapIsSymmetric() {
    Box a = box("a", 0, 0, 10, 10);
    Box b = box("b", 4, 4, 10, 10);
    Box c = box("c", 10, 0, 10, 10);

    assertTrue(Overlaps.overlap(a, b) && Overlaps.overlap(b, a));
    assertFalse(Overlaps.overlap(a, c) || Overlaps.overlap(c, a));
  }

  @Test
  void aBoxInsideAnotherOverlapsIt() {
    assertTrue(Overlaps.overlap(box("outer", 0, 0, 100, 100), box("inner", 40, 40, 5, 5)));
    assertTrue(Overlaps.overlap(box("inner", 40, 40, 5, 5), box("outer", 0, 0, 100, 100)));
  }

  @Test
  void aCrossShapeOverlapsThoughNoCornerIsInsideTheOther() {
    assertTrue(Overlaps.overlap(box("wide", 0, 40, 100, 20), box("tall", 40, 0, 20, 100)));
  }

  @Test
  void amongNamesEveryOverlappingPairOnceInOrder() {
    Box a = box("a", 0, 0, 10, 10);
    Box b = box("b", 5, 5, 10, 10);
    Box c = box("c", 100, 100, 10, 10);
    Box d = box("d", 8, 8, 10, 10);

    assertEquals(List.of(new Overlaps.Overlap(a, b), new Overlaps.Overlap(a, d), new Overlaps.Overlap(b, d)),
        Overlaps.among(List.of(a, b, c, d)));
    assertEquals(List.of(), Overlaps.among(List.of(a, c)));
    assertEquals(List.of(), Overlaps.among(List.of()));
  }

  @Test
  void anOverlapSaysWhichBoxesAndWhere() {
    assertEquals("a [x=0.0 y=0.0 w=10.0 h=10.0] overlaps b [x=5.0 y=5.5 w=10.0 h=10.0]",
        new Overlaps.Overlap(box("a", 0, 0, 10, 10), box("b", 5, 5.5, 10, 10)).toString());
  }

  @Test
  void aBoxOfNegativeSizeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> box("a", 0, 0, -1, 10));
    assertThrows(IllegalArgumentException.class, () -> box("a", Double.NaN, 0, 1, 10));
  }
}

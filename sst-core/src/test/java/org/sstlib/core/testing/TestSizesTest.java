package org.sstlib.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestSizesTest {

  @Test
  void fullUnlessQuickIsAskedFor() {
    assertFalse(TestSizes.quick(null));
    assertFalse(TestSizes.quick(""));
    assertFalse(TestSizes.quick("full"));
    assertTrue(TestSizes.quick("quick"));
    assertTrue(TestSizes.quick(" Quick "));
  }

  @Test
  void aMisspeltValueIsRefusedWithTheProperty() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestSizes.quick("fast"));
    assertEquals("-Dsst.tests=fast: expected full or quick", e.getMessage());
  }

  @Test
  void theSizeOfThisRunIsTheOneTheRunAskedFor() {
    assertEquals(TestSizes.isQuick() ? 40 : 200, TestSizes.of(200, 40));
  }

  @Test
  void aQuickSizeIsFromOneToTheFullSize() {
    assertEquals(7, TestSizes.of(7, 7));
    assertEquals(TestSizes.isQuick() ? 1 : 7, TestSizes.of(7, 1));
    assertThrows(IllegalArgumentException.class, () -> TestSizes.of(10, 0));
    assertThrows(IllegalArgumentException.class, () -> TestSizes.of(10, 11));
  }
}

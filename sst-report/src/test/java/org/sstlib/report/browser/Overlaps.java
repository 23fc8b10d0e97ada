package org.sstlib.report.browser;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The pairs of rendered boxes that overlap. Two boxes overlap when they share more than {@link #TOLERANCE}
 * pixels in both directions: boxes that only touch, or that cross by the half pixel a browser's rounding of
 * sub-pixel layout can add, do not.
 */
final class Overlaps {

  /** How far, in CSS pixels, two boxes may cross in either direction before they overlap. */
  static final double TOLERANCE = 0.5;

  /** Two boxes that overlap, in the order they were given. */
  record Overlap(Box first, Box second) {

    Overlap {
      checkNotNull(first, "first");
      checkNotNull(second, "second");
    }

    @Override
    public String toString() {
      return first + " overlaps " + second;
    }
  }

  private Overlaps() {}

  /** Whether {@code a} and {@code b} share more than {@link #TOLERANCE} pixels both across and down. */
  static boolean overlap(Box a, Box b) {
    double across = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
    double down = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
    return across > TOLERANCE && down > TOLERANCE;
  }

  /** Every pair of {@code boxes} that overlap, each pair once, in the order the boxes were given. */
  static ImmutableList<Overlap> among(List<Box> boxes) {
    ImmutableList.Builder<Overlap> overlaps = ImmutableList.builder();
    // All pairs: a field has at most a few hundred boxes, and a test wants every overlap named.
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        if (overlap(boxes.get(i), boxes.get(j))) {
          overlaps.add(new Overlap(boxes.get(i), boxes.get(j)));
        }
      }
    }
    return overlaps.build();
  }
}

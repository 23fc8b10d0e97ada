package org.sstlib.report.browser;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A rectangle as the browser rendered it, in CSS pixels from the top left of the page, named by what it
 * draws (a cycle's id, an element's id, or its selector and position when it has neither).
 */
record Box(String label, double x, double y, double width, double height) {

  Box {
    checkNotNull(label, "label");
    checkArgument(Double.isFinite(x) && Double.isFinite(y), "box '%s' at (%s, %s)", label, x, y);
    checkArgument(width >= 0 && height >= 0, "box '%s' of size %s x %s", label, width, height);
  }

  double right() {
    return x + width;
  }

  double bottom() {
    return y + height;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s [x=%.1f y=%.1f w=%.1f h=%.1f]", label, x, y, width,
        height);
  }
}

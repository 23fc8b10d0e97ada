package org.sstlib.report.browser;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * Contrast between text and what it is drawn on, as WCAG 2.2 defines it (success criterion 1.4.3, level AA):
 * the ratio of the lighter colour's relative luminance plus 0.05 to the darker's plus 0.05, at least 4.5 for
 * text and 3 for large text (24 CSS pixels, or 18.66 bold).
 */
final class Contrast {
  private Contrast() {}

  /** The least ratio for text at level AA. */
  static final double AA = 4.5;

  /** The least ratio for large text at level AA. */
  static final double AA_LARGE = 3.0;

  /**
   * One piece of text as the browser drew it.
   *
   * @param where what the text is (its tag, id or class, and its first words), to name it in a failure
   * @param foreground its colour, red, green and blue from 0 to 255
   * @param background the colour behind it, the same way
   * @param size its font size in CSS pixels
   * @param bold whether its weight is 700 or more
   */
  record Text(String where, int[] foreground, int[] background, double size, boolean bold) {
    Text {
      checkNotNull(where, "where");
      checkArgument(foreground.length == 3 && background.length == 3, "colours of three channels");
    }

    /** Whether WCAG counts it as large text. */
    boolean large() {
      return size >= 24 || (bold && size >= 18.66);
    }

    /** Its contrast ratio. */
    double ratio() {
      return Contrast.ratio(foreground, background);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s: %s on %s, %.2f:1", where, hex(foreground), hex(background), ratio());
    }
  }

  /** The contrast ratio of two colours, from 1 (the same) to 21 (black and white). */
  static double ratio(int[] a, int[] b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** The relative luminance of an sRGB colour. */
  static double luminance(int[] rgb) {
    return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
  }

  private static double linear(int channel) {
    checkArgument(channel >= 0 && channel <= 255, "channel %s", channel);
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** The texts whose contrast is below level AA. */
  static ImmutableList<Text> belowAa(List<Text> texts) {
    return texts.stream().filter(t -> t.ratio() < (t.large() ? AA_LARGE : AA))
        .collect(ImmutableList.toImmutableList());
  }

  private static String hex(int[] rgb) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  }
}

package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * How wide text is drawn in {@link LiberationSans}: the sum of its characters' advance widths at a font size, in
 * pixels. No kerning: figure files draw none, and a browser that kerns the page's text mostly draws it a little
 * narrower. A character the font lacks counts as wide as the box drawn for it. The same on every machine.
 */
final class TextMetrics {
  private TextMetrics() {}

  /** The width of an average character, in ems: what a line of so many characters is given. */
  static final double AVERAGE_EM = 0.5;

  /** How wide {@code text} is at {@code size} pixels to the em. */
  static double width(String text, double size) {
    checkNotNull(text, "text");
    long units = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      units += LiberationSans.advance(LiberationSans.glyph(c));
      i += Character.charCount(c);
    }
    return units * size / LiberationSans.unitsPerEm();
  }

  /** How wide one code point is at {@code size}. */
  static double width(int codePoint, double size) {
    return LiberationSans.advance(LiberationSans.glyph(codePoint)) * size / LiberationSans.unitsPerEm();
  }

  /** The width of the widest line, 0 for none. */
  static double widest(List<String> lines, double size) {
    return lines.stream().mapToDouble(l -> width(l, size)).max().orElse(0);
  }

  /** The width of {@code chars} average characters at {@code size}. */
  static double columns(int chars, double size) {
    return chars * AVERAGE_EM * size;
  }
}

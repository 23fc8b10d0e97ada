package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.text.Bidi;

/**
 * Text as SVG path data: the outlines of its glyphs in {@link LiberationSans}, placed along a baseline, scaled to a
 * font size and flipped (font units go up, SVG's y goes down). A figure file drawn so needs no installed font and
 * looks the same everywhere. Each point is rounded to a tenth of a pixel and written relative to the previous
 * rounded point, so the data are short and the same on every machine. A character the font lacks is drawn as the
 * font's {@code .notdef} glyph, an empty box, so that it shows. Each character advances the pen by its advance
 * width, as {@link TextMetrics} measures it (no kerning, no shaping); right-to-left text (Hebrew) is put in visual
 * order by the Unicode bidirectional algorithm ({@link Bidi}, the line left to right as a browser draws an SVG
 * {@code <text>}), its brackets mirrored.
 */
final class Glyphs {
  private Glyphs() {}

  /** The slant of oblique text: 12 degrees, as {@code skewX(-12)} would draw it. */
  static final double OBLIQUE = Math.tan(Math.toRadians(12));

  /**
   * The path data of {@code text} with its baseline starting at ({@code x}, {@code y}), {@code size} pixels to the
   * em; empty when nothing is drawn (spaces only).
   *
   * @param oblique whether to slant it, for text that would be italic
   */
  static String path(String text, double x, double y, double size, boolean oblique) {
    checkNotNull(text, "text");
    double scale = size / LiberationSans.unitsPerEm();
    StringBuilder out = new StringBuilder();
    // The current point and the start of the current contour, in tenths of a pixel: what relative data count from.
    long[] at = {0, 0};
    long[] start = {0, 0};
    double pen = 0;
    double[] c = new double[6];
    String visual = visual(text);
    for (int i = 0; i < visual.length(); ) {
      int cp = visual.codePointAt(i);
      i += Character.charCount(cp);
      int glyph = LiberationSans.glyph(cp);
      // Font units (y up) to pixels (y down) at the pen, slanted about the baseline if oblique.
      AffineTransform transform = new AffineTransform(scale, 0, oblique ? OBLIQUE * scale : 0, -scale, x + pen, y);
      for (PathIterator it = LiberationSans.outline(glyph).getPathIterator(transform); !it.isDone(); it.next()) {
        switch (it.currentSegment(c)) {
          case PathIterator.SEG_MOVETO -> {
            points(out.append(out.isEmpty() ? 'M' : 'm'), at, c, 1);
            start[0] = at[0];
            start[1] = at[1];
          }
          case PathIterator.SEG_LINETO -> points(out.append('l'), at, c, 1);
          case PathIterator.SEG_QUADTO -> points(out.append('q'), at, c, 2);
          case PathIterator.SEG_CUBICTO -> points(out.append('c'), at, c, 3);
          default -> {
            // Closing a contour goes back to its start.
            out.append('z');
            at[0] = start[0];
            at[1] = start[1];
          }
        }
      }
      pen += LiberationSans.advance(glyph) * scale;
    }
    return out.toString();
  }

  /** The text in the order it is drawn, left to right: right-to-left runs reversed, their brackets mirrored. */
  static String visual(String text) {
    if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
      return text;
    }
    Bidi bidi = new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT);
    int runs = bidi.getRunCount();
    byte[] levels = new byte[runs];
    Integer[] order = new Integer[runs];
    for (int r = 0; r < runs; r++) {
      levels[r] = (byte) bidi.getRunLevel(r);
      order[r] = r;
    }
    Bidi.reorderVisually(levels, 0, order, 0, runs);
    StringBuilder out = new StringBuilder(text.length());
    for (int r : order) {
      String run = text.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
      if (bidi.getRunLevel(r) % 2 == 0) {
        out.append(run);
      } else {
        int[] points = run.codePoints().toArray();
        for (int k = points.length - 1; k >= 0; k--) {
          out.appendCodePoint(mirrored(points[k]));
        }
      }
    }
    return out.toString();
  }

  /** A bracket turned round, as it is drawn in right-to-left text; any other character as it is. */
  private static int mirrored(int c) {
    return switch (c) {
      case '(' -> ')';
      case ')' -> '(';
      case '[' -> ']';
      case ']' -> '[';
      case '{' -> '}';
      case '}' -> '{';
      case '<' -> '>';
      case '>' -> '<';
      case '\u00AB' -> '\u00BB';
      case '\u00BB' -> '\u00AB';
      default -> c;
    };
  }

  /**
   * Appends points relative to the last point drawn, each rounded to a tenth first: the control points of one
   * segment are relative to the segment's start, and its end point becomes the next start.
   */
  private static void points(StringBuilder out, long[] at, double[] xy, int count) {
    long startX = at[0];
    long startY = at[1];
    for (int k = 0; k < 2 * count; k += 2) {
      long px = Math.round(xy[k] * 10);
      long py = Math.round(xy[k + 1] * 10);
      if (k > 0) {
        out.append(' ');
      }
      out.append(Svg.n((px - startX) / 10.0)).append(',').append(Svg.n((py - startY) / 10.0));
      at[0] = px;
      at[1] = py;
    }
  }
}

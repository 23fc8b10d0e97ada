package org.sstlib.report;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The one font of the figures: Liberation Sans Regular (SIL Open Font License 1.1, metric-compatible with Arial and
 * Helvetica), as Apache PDFBox ships it in its jar, read by PDFBox's fontbox in pure Java: no installed font and no
 * AWT font machinery, so every machine gets the same glyph ids, advance widths and outlines. Loaded once;
 * thread-safe.
 */
final class LiberationSans {
  private LiberationSans() {}

  /** Where PDFBox keeps the font. */
  static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /** The glyph drawn for a character the font lacks: {@code .notdef}, an empty box. */
  static final int NOTDEF = 0;

  private static final TrueTypeFont FONT;
  private static final CmapLookup CMAP;
  private static final int UNITS_PER_EM;
  private static final int[] ADVANCES;
  private static final ConcurrentMap<Integer, GeneralPath> OUTLINES = new ConcurrentHashMap<>();

  static {
    try (InputStream in = LiberationSans.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the font " + RESOURCE + " is not on the class path (it comes with"
            + " org.apache.pdfbox:pdfbox)");
      }
      FONT = new TTFParser().parse(new RandomAccessReadBuffer(in));
      CMAP = FONT.getUnicodeCmapLookup();
      UNITS_PER_EM = FONT.getUnitsPerEm();
      ADVANCES = new int[FONT.getNumberOfGlyphs()];
      for (int g = 0; g < ADVANCES.length; g++) {
        ADVANCES[g] = FONT.getAdvanceWidth(g);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + RESOURCE, e);
    }
  }

  /** The font's units to an em (2048). */
  static int unitsPerEm() {
    return UNITS_PER_EM;
  }

  /** The glyph of a code point, {@link #NOTDEF} if the font has none. */
  static int glyph(int codePoint) {
    int g = CMAP.getGlyphId(codePoint);
    return g > 0 && g < ADVANCES.length ? g : NOTDEF;
  }

  /** How far a glyph moves the pen, in font units. */
  static int advance(int glyph) {
    return ADVANCES[glyph];
  }

  /**
   * A glyph's outline in font units, y up, as the font's quadratic curves. The path is shared: read it (through a
   * path iterator), never change it.
   */
  static GeneralPath outline(int glyph) {
    return OUTLINES.computeIfAbsent(glyph, g -> {
      synchronized (FONT) {
        try {
          GeneralPath path = FONT.getGlyph().getGlyph(g).getPath();
          return path == null ? new GeneralPath() : path;
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read glyph " + g + " of " + RESOURCE, e);
        }
      }
    });
  }
}

package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * Writes a laid-out {@link Figure} as one self-contained {@code <svg>} element: a {@code viewBox}, {@code role="img"}
 * with its {@code <title>} and {@code <desc>}, each box a link to its section of the page, each line a path whose
 * stroke (solid, dashed, dotted, dash-dot) says what it is and whose label is written beside it. Every text is
 * escaped; nothing is fetched. The same figure gives the same bytes.
 *
 * <p>Boxes are as wide as their text measured in Liberation Sans ({@link TextMetrics}). In the page the text stays
 * {@code <text>}, selectable and read aloud, in the font family "Liberation Sans, Arial, Helvetica, sans-serif" (the
 * first three share their advance widths, so the text fits its box where any of them is installed). In a figure
 * file every text is drawn as Liberation Sans's glyph outlines ({@link Glyphs}), so the file needs no font at all;
 * its words stay in the boxes' and lines' {@code <title>} and in each drawn line's {@code aria-label}.
 */
final class Svg {
  private Svg() {}

  /**
   * The figure as SVG.
   *
   * @param figure the figure
   * @param prefix the figure's id in the page, unique there; its marker, title and description ids start with it
   * @param dataName the name of the {@code data-} attribute that carries each box's id ({@code cycle},
   *     {@code element})
   * @param standalone whether to declare the SVG namespace, for a file of its own
   */
  static String write(Figure figure, String prefix, String dataName, boolean standalone) {
    return write(figure, prefix, dataName, standalone, n(figure.width()), n(figure.height()), true);
  }

  /** The widest a figure file is drawn, in millimetres: a journal's full text width. */
  static final double MAX_WIDTH_MM = 170;

  /** Millimetres a CSS pixel (96 to the inch). */
  static final double MM_PER_PX = 25.4 / 96;

  /**
   * The figure as an SVG file of its own: the namespace declared, no links (there is no page to link to), its
   * width in millimetres, at most {@link #MAX_WIDTH_MM}: its natural size (a pixel a 96th of an inch) when that is
   * narrower, else scaled down to that width, the height in proportion.
   */
  static String file(Figure figure, String prefix, String dataName) {
    checkNotNull(figure, "figure");
    double width = Math.min(MAX_WIDTH_MM, figure.width() * MM_PER_PX);
    double height = figure.width() == 0 ? figure.height() * MM_PER_PX : figure.height() * width / figure.width();
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + write(figure, prefix, dataName, true, n(width) + "mm", n(height) + "mm", false)
            // Arrows are only at the ends of lines, where "auto" is the same; Batik knows only "auto".
            .replace("orient=\"auto-start-reverse\"", "orient=\"auto\"");
  }

  /** The font family of the page's text: Liberation Sans, else a font with the same advance widths. */
  static final String FONT_FAMILY = "Liberation Sans, Arial, Helvetica, sans-serif";

  /**
   * @param page whether the figure is for the page (boxes link to their sections, text is {@code <text>}) or a file
   *     of its own (no links, text drawn as glyph outlines)
   */
  private static String write(Figure figure, String prefix, String dataName, boolean standalone, String width,
      String height, boolean page) {
    checkNotNull(figure, "figure");
    String id = Markup.fragment(prefix);
    StringBuilder out = new StringBuilder();
    out.append("<svg");
    if (standalone) {
      out.append(" xmlns=\"http://www.w3.org/2000/svg\"");
    }
    out.append(" class=\"sst-figure\" id=\"").append(id).append("\" viewBox=\"0 0 ").append(n(figure.width()))
        .append(' ').append(n(figure.height())).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" role=\"img\" aria-labelledby=\"")
        .append(id).append("-title ").append(id).append("-desc\"");
    if (page) {
      out.append(" font-family=\"").append(FONT_FAMILY).append("\" font-size=\"").append(n(Figure.TEXT_SIZE))
          .append('"');
    }
    out.append(">\n");
    out.append("<title id=\"").append(id).append("-title\">").append(Markup.escape(figure.title()))
        .append("</title>\n");
    out.append("<desc id=\"").append(id).append("-desc\">").append(Markup.escape(figure.description()))
        .append("</desc>\n");
    out.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
        + " markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\""
        + " fill=\"#222222\"/></marker></defs>\n");
    // A band lies behind everything else drawn in it.
    for (Figure.Box box : figure.boxes()) {
      if (box.style().equals(BAND) || box.style().equals(BAND_COLUMN)) {
        band(out, box, figure.width(), figure.height(), dataName, page);
      }
    }
    for (Figure.Line line : figure.lines()) {
      line(out, line, id, page);
    }
    for (Figure.Box box : figure.boxes()) {
      if (!box.style().equals(BAND) && !box.style().equals(BAND_COLUMN)) {
        box(out, box, dataName, page);
      }
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private static void line(StringBuilder out, Figure.Line line, String id, boolean page) {
    out.append("<g class=\"sst-line\"><path class=\"sst-edge ").append(line.kind().cssClass()).append("\" d=\"");
    for (int i = 0; i < line.points().size(); i++) {
      Figure.Point p = line.points().get(i);
      out.append(i == 0 ? "M" : " L").append(n(p.x())).append(',').append(n(p.y()));
    }
    out.append("\" fill=\"none\" stroke=\"#222222\" stroke-width=\"")
        .append(line.kind() == Figure.LineKind.FOLLOWS ? "1" : "1.6").append('"');
    if (!line.kind().dashes().isEmpty()) {
      out.append(" stroke-dasharray=\"").append(line.kind().dashes()).append('"');
    }
    out.append(" marker-end=\"url(#").append(id).append("-arrow)\"><title>")
        .append(Markup.escape(line.label())).append("</title></path>");
    line.labelAt().filter(at -> !page).ifPresent(at -> {
      for (int i = 0; i < line.text().size(); i++) {
        outlines(out, "sst-edge-label", line.text().get(i), at.x() + 2, at.y() + 12 + i * Figure.LINE_HEIGHT,
            Figure.LABEL_SIZE, false, "#222222");
      }
    });
    line.labelAt().filter(at -> page).ifPresent(at -> {
      out.append("<text class=\"sst-edge-label\" x=\"").append(n(at.x() + 2)).append("\" y=\"")
          .append(n(at.y() + 12)).append("\" fill=\"#222222\" font-size=\"11\">");
      for (int i = 0; i < line.text().size(); i++) {
        out.append("<tspan x=\"").append(n(at.x() + 2)).append("\" dy=\"").append(i == 0 ? "0" : "16")
            .append("\">").append(Markup.escape(line.text().get(i))).append("</tspan>");
      }
      out.append("</text>");
    });
    out.append("</g>\n");
  }

  /** The style of a box that names a band of a figure (a scale of the field) rather than standing for an element. */
  static final String BAND = "sst-band";

  /** The style of a band's box in a figure turned a quarter ({@link Flow#DOWN}): a band that is a column. */
  static final String BAND_COLUMN = "sst-band-column";

  /**
   * A band: a pale stripe from the band's box to the figure's right margin, behind the boxes and lines in it, with
   * the band's name at its left; a band that is a column ({@link #BAND_COLUMN}), from its box to the figure's bottom
   * margin, its name at its top. It stands for no element, so it links nowhere.
   */
  private static void band(StringBuilder out, Figure.Box box, double figureWidth, double figureHeight,
      String dataName, boolean page) {
    boolean column = box.style().equals(BAND_COLUMN);
    out.append("<g class=\"sst-box ").append(box.style()).append("\" data-").append(dataName).append("=\"")
        .append(Markup.escape(box.id())).append("\" id=\"").append(box.domId()).append("\"><title>")
        .append(Markup.escape(box.label())).append("</title>");
    out.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
        .append(n(column ? box.width() : Math.max(box.width(), figureWidth - 2 * box.x()))).append("\" height=\"")
        .append(n(column ? Math.max(box.height(), figureHeight - 2 * box.y()) : box.height()))
        .append("\" fill=\"#f5f5f5\" stroke=\"#d0d0d0\"/>");
    double x = box.x() + Figure.PADDING;
    double y = box.y() + Figure.PADDING + 12;
    for (String line : box.text()) {
      if (page) {
        out.append("<text class=\"sst-band-name\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
            .append("\" fill=\"#111111\" font-weight=\"bold\">").append(Markup.escape(line)).append("</text>");
      } else {
        outlines(out, "sst-band-name", line, x, y, Figure.TEXT_SIZE, false, "#111111");
      }
      y += Figure.LINE_HEIGHT;
    }
    out.append("</g>\n");
  }

  private static void box(StringBuilder out, Figure.Box box, String dataName, boolean page) {
    if (page) {
      out.append("<a href=\"#").append(box.href()).append("\">");
    }
    out.append("<g class=\"sst-box ").append(box.style())
        .append("\" data-").append(dataName).append("=\"").append(Markup.escape(box.id())).append("\" id=\"")
        .append(box.domId()).append("\"><title>").append(Markup.escape(page ? box.label() : title(box)))
        .append("</title>");
    out.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
        .append(n(box.width())).append("\" height=\"").append(n(box.height()))
        .append("\" rx=\"4\" fill=\"").append(fill(box.style())).append("\" stroke=\"#333333\"/>");
    double x = box.x() + Figure.PADDING;
    double y = box.y() + Figure.PADDING + 12;
    if (!page) {
      if (!box.note().isEmpty()) {
        outlines(out, "sst-note", box.note(), x, y, Figure.TEXT_SIZE, true, "#3b3b3b");
        y += Figure.LINE_HEIGHT;
      }
      for (String line : box.text()) {
        outlines(out, "sst-text", line, x, y, Figure.TEXT_SIZE, false, "#111111");
        y += Figure.LINE_HEIGHT;
      }
      out.append("</g>\n");
      return;
    }
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" fill=\"#111111\">");
    boolean first = true;
    if (!box.note().isEmpty()) {
      out.append("<tspan x=\"").append(n(x)).append("\" dy=\"0\" font-style=\"italic\" fill=\"#3b3b3b\">")
          .append(Markup.escape(box.note())).append("</tspan>");
      first = false;
    }
    for (String line : box.text()) {
      out.append("<tspan x=\"").append(n(x)).append("\" dy=\"").append(first ? "0" : "16").append("\">")
          .append(Markup.escape(line)).append("</tspan>");
      first = false;
    }
    out.append("</text></g></a>\n");
  }

  /**
   * One line of text drawn as glyph outlines, its words in an {@code aria-label}; nothing for a line with nothing to
   * draw.
   */
  private static void outlines(StringBuilder out, String cssClass, String text, double x, double y, double size,
      boolean oblique, String fill) {
    String d = Glyphs.path(text, x, y, size, oblique);
    if (!d.isEmpty()) {
      out.append("<path class=\"").append(cssClass).append("\" aria-label=\"").append(Markup.escape(text))
          .append("\" d=\"").append(d).append("\" fill=\"").append(fill).append("\"/>");
    }
  }

  /**
   * A box's title in a figure file, where its text is drawn, not written: its label, and when the lines written in
   * it say more than the label (the entries of a panel) those lines after it.
   */
  static String title(Figure.Box box) {
    String written = String.join(" ", box.text());
    // The lines are the label wrapped, perhaps cut short with an ellipsis, perhaps broken inside a long word.
    String said = written.replace("\u2026", "").replaceAll("\\s+", "");
    return box.label().replaceAll("\\s+", "").startsWith(said) ? box.label() : box.label() + ": " + written;
  }

  /** A light fill for dark text (contrast well above WCAG AA), by the box's style. */
  private static String fill(String style) {
    return switch (style) {
      case "sst-scale-macro" -> "#e3ecf8";
      case "sst-scale-meso" -> "#e8f3e3";
      case "sst-scale-micro" -> "#fbeedd";
      case "sst-absent" -> "#ffffff";
      default -> "#f1f1f1";
    };
  }

  /** A coordinate, with one decimal, the same on every machine. */
  static String n(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}

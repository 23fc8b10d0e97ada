package org.sstlib.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A figure laid out: boxes and the lines between them, in pixels, with the origin at the top left. What
 * {@link FieldFigure} and {@link ChainFigure} compute and {@link Svg} draws. Immutable.
 *
 * @param title the figure's title, for its {@code <title>}
 * @param description what it shows, for its {@code <desc>}
 * @param width the width of the whole figure
 * @param height its height
 * @param boxes the boxes, in the order they are drawn
 * @param lines the lines, in the order they are drawn
 */
record Figure(String title, String description, double width, double height, ImmutableList<Box> boxes,
    ImmutableList<Line> lines) {
  Figure {
    checkNotNull(title, "title");
    checkNotNull(description, "description");
    checkArgument(width >= 0 && height >= 0, "size %s x %s", width, height);
    boxes = ImmutableList.copyOf(boxes);
    lines = ImmutableList.copyOf(lines);
  }

  /** A point. */
  record Point(double x, double y) {}

  /**
   * One box.
   *
   * @param id the id of the element or cycle it stands for
   * @param domId the box's own id in the page
   * @param href the fragment it links to, without '#'
   * @param label the full label, for the box's {@code <title>}
   * @param text the lines written in the box (the label wrapped, perhaps cut short)
   * @param note a short word written above the label (a scale, a kind), or empty
   * @param style an extra class for the box, or empty
   */
  record Box(String id, String domId, String href, String label, ImmutableList<String> text, String note,
      String style, double x, double y, double width, double height) {
    Box {
      checkNotNull(id, "id");
      checkNotNull(domId, "domId");
      checkNotNull(href, "href");
      checkNotNull(label, "label");
      text = ImmutableList.copyOf(text);
      checkNotNull(note, "note");
      checkNotNull(style, "style");
    }

    /** Whether this box and {@code other} share any area. */
    boolean overlaps(Box other) {
      return x < other.x + other.width && other.x < x + width && y < other.y + other.height
          && other.y < y + height;
    }
  }

  /**
   * One line between two boxes.
   *
   * @param from the id of the box it leaves
   * @param to the id of the box it reaches
   * @param kind how it is drawn
   * @param label the full label, for its {@code <title>}
   * @param text the label's lines as written on the figure
   * @param points the route, at least two points, from the start to the arrow's tip
   * @param labelAt the top left corner of the label's lines, if it has any
   */
  record Line(String from, String to, LineKind kind, String label, ImmutableList<String> text,
      ImmutableList<Point> points, Optional<Point> labelAt) {
    Line {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(kind, "kind");
      checkNotNull(label, "label");
      text = ImmutableList.copyOf(text);
      points = ImmutableList.copyOf(points);
      checkArgument(points.size() >= 2, "a line of %s points", points.size());
      checkNotNull(labelAt, "labelAt");
    }
  }

  /** How a line is drawn: told apart by its stroke, never by colour alone. */
  enum LineKind {
    /** A link or step through an entry that was there: a solid line. */
    PLAIN("sst-edge-plain", ""),
    /** A link or step through an entry unavailable at the moment of action: a dashed line. */
    ABSENT("sst-edge-absent", "8 5"),
    /** A cycle's outcome that conditions its own agency again (a feedback loop): a dotted line. */
    FEEDBACK("sst-edge-feedback", "2 4"),
    /** One cycle follows another in time: a thin dash-dot line. */
    FOLLOWS("sst-edge-follows", "10 3 2 3");

    private final String cssClass;
    private final String dashes;

    LineKind(String cssClass, String dashes) {
      this.cssClass = cssClass;
      this.dashes = dashes;
    }

    /** The line's class in the page. */
    String cssClass() {
      return cssClass;
    }

    /** Its {@code stroke-dasharray}, empty for a solid line. */
    String dashes() {
      return dashes;
    }
  }

  /** The size of a box's text, pixels to the em. */
  static final double TEXT_SIZE = 12;

  /** The size of a line's label, pixels to the em. */
  static final double LABEL_SIZE = 11;

  /** The height of a line of text. */
  static final double LINE_HEIGHT = 16;

  /** The space inside a box around its text. */
  static final double PADDING = 8;

  /** How many average characters a box's line holds (see {@link Markup#wrap(String, int, int)}). */
  static final int BOX_CHARS = 28;

  /** How many lines a box holds before its label is cut short. */
  static final int BOX_LINES = 4;

  /** The width of a box for its lines and its note, measured at {@link #TEXT_SIZE}. */
  static double boxWidth(ImmutableList<String> text, String note) {
    return Math.max(TextMetrics.widest(text, TEXT_SIZE), TextMetrics.width(note, TEXT_SIZE)) + 2 * PADDING;
  }

  /** The height of a box for its lines. */
  static double boxHeight(ImmutableList<String> text, String note) {
    return (text.size() + (note.isEmpty() ? 0 : 1)) * LINE_HEIGHT + 2 * PADDING;
  }
}

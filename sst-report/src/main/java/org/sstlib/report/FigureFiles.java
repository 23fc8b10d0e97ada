package org.sstlib.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.rdf.query.ChainPaths;
import org.sstlib.rdf.query.ChainRoute;
import org.sstlib.rdf.query.Field;
import org.sstlib.rdf.query.QueryParameterException;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;

/**
 * One figure of a case alone, for a paper: {@code field}, {@code chain} or {@code cycle:ID} as an SVG file of its
 * own, or that SVG as PNG.
 *
 * <pre>{@code
 * String svg = FigureFiles.svg(study, "field", ReportOptions.defaults());
 * byte[] png = FigureFiles.png(svg, 300);
 * }</pre>
 *
 * <p>The field of a case with more than 200 cycles is drawn as a summary, one box per scale with the number of its
 * cycles and one line per kind of link between scales with the number of links, as the page shows it.
 *
 * <p>The SVG is at most 170 mm wide (a journal's full text width): its natural size, a pixel a 96th of an inch,
 * when that is narrower, else scaled down to 170 mm, the height in proportion. The field and the chain are drawn
 * {@linkplain Orientation#LANDSCAPE landscape}, as the page shows them (time, or the chain, left to right), or
 * {@linkplain Orientation#PORTRAIT portrait} (top to bottom, the field's scales as columns from macro at the left);
 * {@link Orientation#AUTO} (the default) turns a figure to portrait when its landscape text would print smaller than
 * {@link #MIN_TEXT_PT} points and portrait is narrower. A box's text is 12 pixels, 9 points at natural size, so
 * landscape is kept up to 170 mm &times; 9 / 7 &asymp; 218.6 mm (826 pixels) of natural width. Its text is drawn as the
 * glyph outlines of Liberation Sans (SIL Open Font License 1.1, shipped in Apache PDFBox's jar), not written as
 * {@code <text>}: the file needs no installed font, the boxes are as wide as their text measured in that font, and the words
 * stay in the boxes' {@code <title>} and each drawn line's {@code aria-label}. So the PNG, drawn by Apache Batik, is
 * the same on every machine. The same case gives the same SVG bytes. Thread-safe: it keeps no state.
 */
public final class FigureFiles {
  private FigureFiles() {}

  /** The names of the figures, {@code cycle} followed by {@code :} and a cycle's id. */
  public static final List<String> NAMES = List.of("field", "chain", "cycle:ID");

  /** How the field and the chain are turned on the page; a cycle's figure is always the same. */
  public enum Orientation {
    /** Portrait when landscape text would print below {@link #MIN_TEXT_PT} points and portrait is narrower. */
    AUTO,
    /** Time (or the chain) from left to right, the field's scales as bands from macro at the top: as the page. */
    LANDSCAPE,
    /** Time (or the chain) from top to bottom, the field's scales as columns from macro at the left. */
    PORTRAIT
  }

  /** The smallest size, in points, that {@link Orientation#AUTO} lets a box's text print at. */
  public static final double MIN_TEXT_PT = 7;

  /**
   * The figure as an SVG file, the field and the chain turned {@link Orientation#AUTO}.
   *
   * @param figure {@code field}, {@code chain} or {@code cycle:ID}
   * @param options the ends of the chain, if not the default ones
   * @throws IllegalArgumentException if {@code figure} names no figure, no cycle of the case (with a "did you
   *     mean"), or the case has no chain to draw; the message says which
   */
  public static String svg(Case study, String figure, ReportOptions options) {
    return svg(study, figure, options, Orientation.AUTO);
  }

  /**
   * The figure as an SVG file, the field and the chain turned as {@code orientation} says.
   *
   * @param figure {@code field}, {@code chain} or {@code cycle:ID}
   * @param options the ends of the chain, if not the default ones
   * @param orientation landscape, portrait, or whichever prints the text large enough
   * @throws IllegalArgumentException if {@code figure} names no figure, no cycle of the case (with a "did you
   *     mean"), or the case has no chain to draw; the message says which
   */
  public static String svg(Case study, String figure, ReportOptions options, Orientation orientation) {
    checkNotNull(study, "study");
    checkNotNull(figure, "figure");
    checkNotNull(options, "options");
    checkNotNull(orientation, "orientation");
    String c = study.id();
    try (SstStore store = SstStore.memory()) {
      store.putAll(List.of(study));
      SstQueries queries = SstQueries.on(store).inCase(c);
      Field field = queries.field();
      if (figure.equals("field")) {
        // A field too large to draw a box per cycle legibly gets the summary the page shows.
        return FieldSummary.needed(study, field)
            ? Svg.file(FieldSummary.figure(study, FieldSummary.of(study, field, queries.feedback())),
                Markup.anchor(c, "figure", "field"), "scale")
            : Svg.file(turned(orientation, flow -> FieldFigure.of(study, field, queries.feedback(), flow)),
                Markup.anchor(c, "figure", "field"), "cycle");
      }
      if (figure.equals("chain")) {
        return Svg.file(turned(orientation, flow -> chain(study, field, queries, options, flow)),
            Markup.anchor(c, "figure", "chain"), "element");
      }
      if (figure.startsWith("cycle:")) {
        String id = figure.substring("cycle:".length());
        List<String> ids = study.cycles().stream().map(Cycle::id).toList();
        Cycle cycle = study.cycles().stream().filter(y -> y.id().equals(id)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("case '" + c + "' has no cycle '" + id + "'"
                + DidYouMean.hint(id, ids)));
        return Svg.file(CycleFigure.of(c, cycle, queries.quadripartite(id).stream()
            .filter(e -> e.caseId().equals(c)).toList()), Markup.anchor(c, "figure", "cycle-" + id), "element");
      }
      throw new IllegalArgumentException("no figure '" + figure + "': give field, chain or cycle:ID"
          + DidYouMean.hint(figure, List.of("field", "chain")));
    }
  }

  /**
   * The figure laid out as {@code orientation} says; for {@link Orientation#AUTO}, landscape unless its text would
   * print below {@link #MIN_TEXT_PT} and portrait prints it larger.
   */
  private static Figure turned(Orientation orientation, Function<Flow, Figure> layout) {
    if (orientation == Orientation.PORTRAIT) {
      return layout.apply(Flow.DOWN);
    }
    Figure landscape = layout.apply(Flow.ACROSS);
    if (orientation == Orientation.LANDSCAPE || textPoints(landscape) >= MIN_TEXT_PT) {
      return landscape;
    }
    Figure portrait = layout.apply(Flow.DOWN);
    return textPoints(portrait) > textPoints(landscape) ? portrait : landscape;
  }

  /**
   * The size in points a box's text prints at in the figure's file: {@link Figure#TEXT_SIZE} pixels at 72 / 96
   * points a pixel, times the file's scale (1 at natural size, less when scaled down to {@link Svg#MAX_WIDTH_MM}).
   */
  static double textPoints(Figure figure) {
    double natural = figure.width() * Svg.MM_PER_PX;
    double scale = natural <= Svg.MAX_WIDTH_MM ? 1 : Svg.MAX_WIDTH_MM / natural;
    return Figure.TEXT_SIZE * 72 / 96 * scale;
  }

  private static Figure chain(Case study, Field field, SstQueries queries, ReportOptions options, Flow flow) {
    Optional<String[]> ends = options.from().isPresent() && options.to().isPresent()
        ? Optional.of(new String[] {options.from().get(), options.to().get()})
        : ChainSection.defaults(study, field);
    if (ends.isEmpty()) {
      throw new IllegalArgumentException("case '" + study.id() + "' has no chain to draw: no structure in a"
          + " cycle's external role or no cycle with a position-practice; give --from and --to");
    }
    String from = ends.get()[0];
    String to = ends.get()[1];
    ChainPaths paths;
    try {
      paths = queries.chainPaths(from, to, CaseReport.CHAIN_PATHS, 12);
    } catch (QueryParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    List<ChainRoute> routes = paths.routes().stream().filter(r -> r.caseId().equals(study.id())).toList();
    if (routes.isEmpty()) {
      throw new IllegalArgumentException("case '" + study.id() + "': no path of the chain of structuration leads"
          + " from '" + from + "' to '" + to + "'");
    }
    return ChainFigure.of(study, "The chain from " + label(study, from) + " to " + label(study, to), routes, flow);
  }

  private static String label(Case study, String id) {
    return study.element(id).map(e -> e.label()).orElse(id);
  }

  /**
   * An SVG drawn as PNG by Apache Batik, at {@code dpi} dots to the inch of the SVG's own width and height.
   *
   * @throws IllegalArgumentException if {@code dpi} is not positive or Batik cannot draw the SVG
   */
  public static byte[] png(String svg, float dpi) {
    checkNotNull(svg, "svg");
    checkArgument(dpi > 0, "dpi %s", dpi);
    PNGTranscoder png = new PNGTranscoder();
    // Batik's unit: millimetres a pixel of the image.
    png.addTranscodingHint(PNGTranscoder.KEY_PIXEL_UNIT_TO_MILLIMETER, 25.4f / dpi);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      png.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
    } catch (TranscoderException e) {
      throw new IllegalArgumentException("cannot draw the figure as PNG: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}

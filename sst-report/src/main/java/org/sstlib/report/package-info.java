/**
 * Pictures of an analysis: the report of a case as one self-contained HTML page (the field of practices, the
 * chain from a policy to a position-practice, each cycle's quadripartite figure, the findings of the named
 * queries), with figures laid out by the Eclipse Layout Kernel's layered algorithm and written as SVG by this
 * package. Depends on sst-rdf (the named queries) and sst-core; nothing depends on it but the command line.
 *
 * <p>Start at {@link org.sstlib.report.Report#html Report.html(cases, options)}; {@link
 * org.sstlib.report.ReportOptions} chooses the ends of the chain; {@link org.sstlib.report.FigureFiles} writes one
 * figure alone, for a paper, as SVG or (through Apache Batik) PNG. Everything else here is package-private: the
 * field, chain and cycle figures ({@code FieldFigure}, {@code ChainFigure}, {@code CycleFigure}) computed as a {@code Figure} of boxes and lines, the
 * SVG writer ({@code Svg}), the page's sections, and the escaping every text from a case goes through
 * ({@code Markup}).
 */
package org.sstlib.report;

package org.sstlib.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.sstlib.core.Case;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;

/**
 * The report of one or more cases: one self-contained HTML5 page to read offline. For each case it holds a contents
 * list; the field of practices (every cycle a box, macro at the top and micro at the bottom, laid out by the Eclipse
 * Layout Kernel); the chain from a policy to a position-practice, one path a row; each cycle's quadripartite figure
 * with every entry linked to its evidence; the findings of the named queries (feedback loops, absences, unrealised
 * intended outcomes, interpretations, irresistible forces); the elements; and the evidence. Several cases share one
 * page with an index at the top.
 *
 * <pre>{@code
 * String page = Report.html(List.of(CaseFiles.read(Path.of("hughes-2022.yaml"))), ReportOptions.defaults());
 * }</pre>
 *
 * <p>The page fetches nothing and runs no script: its style is inline, its figures inline SVG with the reader's own
 * sans-serif font, and a Content-Security-Policy forbids any fetch or script. Every text from a case is escaped, and
 * every link is to an anchor made from an id ({@code CASE--cycle--ID}, {@code CASE--element--ID},
 * {@code CASE--evidence--ID}) or, for a well-formed DOI, to doi.org. Every figure is followed by the same content as a
 * list. The same cases give the same bytes. Thread-safe: it keeps no state.
 */
public final class Report {
  private Report() {}

  /**
   * The page of the cases, in their order.
   *
   * @throws IllegalArgumentException if {@code cases} is empty or two cases share an id
   */
  public static String html(List<Case> cases, ReportOptions options) {
    checkNotNull(cases, "cases");
    checkNotNull(options, "options");
    checkArgument(!cases.isEmpty(), "a report needs a case");
    checkArgument(cases.stream().map(Case::id).distinct().count() == cases.size(), "two cases share an id: %s",
        cases.stream().map(Case::id).toList());
    try (SstStore store = SstStore.memory()) {
      store.putAll(cases);
      SstQueries all = SstQueries.on(store);
      boolean several = cases.size() > 1;
      String title = several ? "SST report: " + cases.size() + " cases" : "SST report: " + cases.get(0).title();
      Html html = new Html();
      Page.start(html, title);
      html.raw("<main>\n");
      // One case: the page is titled by the case, and its heading below gives the title once.
      html.heading(1, "sst-report", several ? title : "SST report");
      if (several) {
        html.raw("<nav class=\"sst-index\" aria-label=\"Cases\"><h2 id=\"sst-cases\">Cases</h2><ol>\n");
        for (Case c : cases) {
          html.raw("<li>").link(Markup.anchor(c.id(), "case", "title"), c.title()).raw(" <code>").text(c.id())
              .raw("</code></li>\n");
        }
        html.raw("</ol></nav>\n");
      }
      for (Case c : cases) {
        CaseReport.write(html, c, all.inCase(c.id()), options, 2);
      }
      html.raw("</main>\n");
      Page.end(html);
      return html.toString();
    }
  }
}

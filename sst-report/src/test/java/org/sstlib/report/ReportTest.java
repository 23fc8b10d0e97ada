package org.sstlib.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Evidence;
import org.sstlib.core.Structure;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.rdf.query.ChainPaths;

class ReportTest {
  static Case reference;
  static String page;

  @BeforeAll
  static void write() throws IOException {
    reference = FieldFigureTest.read2();
    page = Report.html(List.of(reference), ReportOptions.defaults());
    Path out = output();
    Files.createDirectories(out);
    Files.writeString(out.resolve("hughes-2022.html"), page, StandardCharsets.UTF_8);
  }

  @Test
  void theReferenceReportHoldsEveryCycleStructureAndEvidenceId() {
    for (Cycle c : reference.cycles()) {
      assertTrue(page.contains("id=\"hughes-2022--cycle--" + c.id() + "\""), c.id());
      assertTrue(page.contains("id=\"hughes-2022--field--" + c.id() + "\""), "field box of " + c.id());
    }
    for (Structure s : reference.structures()) {
      assertTrue(page.contains("id=\"hughes-2022--element--" + s.id() + "\""), s.id());
      assertTrue(page.contains("<code>" + s.id() + "</code>"), s.id());
    }
    for (Evidence e : reference.evidence()) {
      assertTrue(page.contains("id=\"hughes-2022--evidence--" + e.id() + "\""), e.id());
    }
  }

  @Test
  void theReferenceReportShowsTheAbsencesTheUnrealisedAdmissionAndTheFeedbackLoop() {
    assertTrue(page.contains("sst-edge-absent"), "an absence in the field");
    assertTrue(page.contains("not realised"), "the unrealised avoided admission");
    assertTrue(page.contains("sst-edge-feedback"), "the feedback loop in the field");
    assertTrue(page.contains("id=\"hughes-2022--figure--chain\""), "a chain figure");
    assertTrue(page.contains(">conditions</tspan>"), "a step kind on an arrow");
  }

  @Test
  void everyLinkInThePageHasItsAnchor() {
    assertTrue(brokenLinks(page).isEmpty(), brokenLinks(page).toString());
  }

  @Test
  void thePageFetchesNothingAndRunsNoScript() {
    assertFalse(page.contains("src="), "nothing is loaded");
    assertFalse(page.toLowerCase().contains("<script"));
    Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
    while (m.find()) {
      String href = m.group(1);
      assertTrue(href.startsWith("#") || href.startsWith("https://doi.org/10."), href);
    }
    assertFalse(page.contains("http://") && !page.contains("xmlns"), "no plain http reference");
    assertTrue(page.contains("<html lang=\"en\">"));
    assertTrue(page.contains("@media print") && page.contains("break-before:page"));
  }

  @Test
  void headingsComeInOrder() {
    Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(page);
    int last = 0;
    while (m.find()) {
      int level = Integer.parseInt(m.group(1));
      assertTrue(level <= last + 1, "h" + level + " after h" + last + " at " + m.start());
      last = level;
    }
    assertEquals(1, page.split("<h1").length - 1);
  }

  @Test
  void theSameCasesGiveTheSameBytes() {
    assertEquals(page, Report.html(List.of(reference), ReportOptions.defaults()));
  }

  @Test
  void aChainBetweenChosenEnds() {
    String chosen = Report.html(List.of(reference),
        ReportOptions.defaults().withChain("admission-avoidance-policy", "alf-at-home"));
    assertTrue(chosen.contains("id=\"hughes-2022--chain--admission-avoidance-policy\""), "the start's box");
    assertTrue(brokenLinks(chosen).isEmpty());
  }

  @Test
  void theChainsListHasEveryArrowDrawnThenTheShortestPathsNamingEachCycleByItsLabel() {
    int start = page.indexOf("<ol id=\"hughes-2022--list--chain\"");
    String arrows = page.substring(start, page.indexOf("</ol>", start));
    ChainPaths paths = ChainFigureTest.paths(reference);
    Figure figure = ChainFigure.of(reference, "the chain", paths.routes());
    assertEquals(figure.lines().size(), arrows.split("<li>").length - 1, "one item an arrow drawn");
    for (Figure.Line line : figure.lines()) {
      assertTrue(arrows.contains("<a href=\"#hughes-2022--element--" + line.from() + "\">"), line.from());
      assertTrue(arrows.contains("&#8594; " + line.text().get(0) + " &#8594;"), line.label());
    }
    if (!paths.complete()) {
      assertTrue(page.contains("draws the first " + paths.shown() + " paths, shortest first, of " + paths.found()),
          "the note says how many are drawn of how many");
    }
    int next = page.indexOf("<ol class=\"sst-alt\">", start);
    String one = page.substring(next, page.indexOf("</ol>", next));
    assertEquals(Math.min(ChainSection.LISTED_PATHS, paths.shown()), one.split("<li>").length - 1,
        "the shortest paths one by one");
    Cycle icm = reference.element("icm-meeting", Cycle.class).orElseThrow();
    assertTrue(one.contains("agency in <a href=\"#hughes-2022--cycle--icm-meeting\"><bdi>"
        + Markup.escape(icm.label()) + "</bdi></a>"), "a role names its cycle by its label, linked");
    assertFalse(one.contains(" in icm-meeting") || one.contains(" of icm-meeting"), "no bare cycle id");
  }

  @Test
  void severalCasesShareOnePageWithAnIndex() throws IOException {
    Case other = CaseFiles.read(Path.of("../examples/cases/hughes-2022.yaml").getParent()
        .resolve(firstOtherCase()));
    String both = Report.html(List.of(reference, other), ReportOptions.defaults());
    assertTrue(both.contains("<nav class=\"sst-index\""));
    assertTrue(both.contains("href=\"#hughes-2022--case--title\"") && both.contains("href=\"#" + other.id()
        + "--case--title\""));
    assertTrue(brokenLinks(both).isEmpty(), brokenLinks(both).toString());
  }

  /** The folder beside the test classes (the module's build folder) where the pages are left to look at. */
  static Path output() {
    try {
      Path dir = Path.of(ReportTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
          .resolve("report");
      return java.nio.file.Files.createDirectories(dir);
    } catch (java.net.URISyntaxException | java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static String firstOtherCase() throws IOException {
    try (var files = Files.list(Path.of("../examples/cases"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .filter(n -> !n.equals("hughes-2022.yaml")).sorted().findFirst().orElseThrow();
    }
  }

  // ------------------------------------------------------------------------------------------- hostile labels

  static final String HOSTILE = "<script>alert(1)</script> javascript:alert(1) \"'><img src=x onerror=alert(1)>"
      + " \u202Erlo\u200F <a href=\"javascript:alert(2)\">x</a> &amp;";

  /** The reference case with every label, description, quote, note, locator, title and site made hostile. */
  static Case hostileCase() throws IOException {
    String yaml = Files.readString(FieldFigureTest.REFERENCE);
    String value = "\"" + HOSTILE.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u202E", "\\u202E")
        .replace("\u200F", "\\u200F") + "\"";
    String longValue = "\"" + "\u05D0long ".repeat(2_000) + "\"";
    Matcher m = Pattern.compile("(?m)^(\\s*(?:- )?(label|description|quote|note|locator|title|site|citation|doi): )"
        + "(\\S.*)$").matcher(yaml);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (m.find()) {
      // A block scalar (| or >) is left as it is: its lines follow.
      if (m.group(3).startsWith("|") || m.group(3).startsWith(">")) {
        continue;
      }
      String replacement = m.group(2).equals("label") && i++ % 3 == 0 ? longValue : value;
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replacement));
    }
    m.appendTail(out);
    return CaseFiles.read(out.toString(), CaseFormat.YAML, "hostile.yaml");
  }

  @Test
  void hostileLabelsAreEscapedEverywhere() throws IOException {
    Case hostile = hostileCase();
    assertTrue(hostile.cycles().get(0).label().contains("<script>") || hostile.cycles().get(0).label()
        .startsWith("\u05D0long"), "the case is hostile: " + hostile.cycles().get(0).label());
    String report = Report.html(List.of(hostile), ReportOptions.defaults());
    Files.writeString(output().resolve("hostile.html"), report, StandardCharsets.UTF_8);
    assertFalse(report.toLowerCase().contains("<script"), "no script element");
    assertFalse(report.contains("<img"), "no image element");
    assertFalse(report.contains("<a href=\"javascript"), "no javascript link");
    assertFalse(Pattern.compile("href=\"\\s*javascript", Pattern.CASE_INSENSITIVE).matcher(report).find());
    // Attribute values are escaped (no raw quote in them), so with them emptied only the attributes' names remain.
    String tags = report.replaceAll("\"[^\"]*\"", "\"\"");
    assertFalse(Pattern.compile("<[a-zA-Z][^<>]*\\s(src|on[a-z]+)\\s*=").matcher(tags).find(),
        "no src or event handler attribute in any tag");
    assertTrue(report.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text is there, escaped");
    assertTrue(report.contains("\u05D0long ".repeat(2_000).strip()), "a long label is there in full");
    assertTrue(brokenLinks(report).isEmpty(), brokenLinks(report).toString());
    Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(report);
    while (m.find()) {
      assertTrue(m.group(1).startsWith("#"), "a hostile DOI is no link: " + m.group(1));
    }
  }

  @Test
  void hostileLabelsAreCutShortInBoxes() throws IOException {
    Case hostile = hostileCase();
    Figure figure = FieldFigure.of(hostile, FieldFigureTest.fieldOf(hostile), List.of());
    for (Figure.Box b : figure.boxes()) {
      // A cycle's label takes at most BOX_LINES lines; an unrealised outcome adds a line of its own under it.
      assertTrue(b.text().stream().filter(t -> !t.startsWith(FieldFigure.UNREALISED)).count() <= Figure.BOX_LINES
          && TextMetrics.widest(b.text(), Figure.TEXT_SIZE)
          <= TextMetrics.columns(Figure.BOX_CHARS, Figure.TEXT_SIZE), b.text().toString());
    }
  }

  /** The fragments linked to that no id in the page carries. */
  static List<String> brokenLinks(String html) {
    Set<String> ids = new HashSet<>();
    Matcher id = Pattern.compile(" id=\"([^\"]*)\"").matcher(html);
    while (id.find()) {
      ids.add(id.group(1));
    }
    List<String> broken = new ArrayList<>();
    Matcher href = Pattern.compile("href=\"#([^\"]*)\"").matcher(html);
    while (href.find()) {
      if (!ids.contains(href.group(1))) {
        broken.add(href.group(1));
      }
    }
    return broken;
  }
}

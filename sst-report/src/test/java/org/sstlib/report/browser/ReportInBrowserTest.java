package org.sstlib.report.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Evidence;
import org.sstlib.core.Structure;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.report.Report;
import org.sstlib.report.ReportOptions;

/**
 * The reference case's report rendered in headless Chromium, as a reader opens it: no console error, every cycle,
 * structure and evidence item there, no two boxes of the field on top of each other, every link inside the page
 * resolved, nothing fetched; and a screenshot for a person to look at. Then every example case, put in one TDB2
 * store and read back, on one page.
 */
class ReportInBrowserTest {
  private static final Path CASES = Path.of("../examples/cases");

  private static Case hughes;
  private static BrowserPage page;

  @BeforeAll
  static void open() throws IOException {
    hughes = CaseFiles.read(CASES.resolve("hughes-2022.yaml"));
    Path html = BrowserPage.outputDirectory().resolve("hughes-2022.html");
    Files.createDirectories(html.getParent());
    Files.writeString(html, Report.html(List.of(hughes), ReportOptions.defaults()));
    page = BrowserPage.open(html);
  }

  @AfterAll
  static void close() {
    if (page != null) {
      page.close();
    }
  }

  @Test
  void theReferenceCaseOpensWithNoConsoleErrorAndFetchesNothing() {
    assertEquals(List.of(), page.consoleErrors());
    assertEquals(List.of(), page.requests());
  }

  @Test
  void everyCycleStructureAndEvidenceItemOfTheReferenceCaseIsThere() {
    Set<String> ids = page.ids();
    List<String> missing = new ArrayList<>();
    for (Cycle c : hughes.cycles()) {
      expect(ids, "hughes-2022--cycle--" + c.id(), missing);
    }
    for (Structure s : hughes.structures()) {
      expect(ids, "hughes-2022--element--" + s.id(), missing);
    }
    for (Evidence e : hughes.evidence()) {
      expect(ids, "hughes-2022--evidence--" + e.id(), missing);
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void noTwoBoxesOfTheFieldOverlapOnTheRenderedPage() {
    List<Box> boxes = page.boxes("g.sst-box[data-cycle] rect");
    Set<String> cycles = hughes.cycles().stream().map(Cycle::id).collect(Collectors.toSet());
    // the field shows every cycle once (the chain figure may draw boxes of its own, not with data-cycle)
    List<Box> field = boxes.stream().filter(b -> cycles.contains(b.label())).toList();
    assertEquals(cycles, field.stream().map(Box::label).collect(Collectors.toSet()));
    assertEquals(List.of(), Overlaps.among(field));
  }

  @Test
  void everyLinkInsideThePageResolves() {
    assertFalse(page.internalLinks().isEmpty(), "no link inside the page: the check would pass by itself");
    assertEquals(List.of(), page.brokenLinks());
  }

  @Test
  void everyTextOnThePageHasTheContrastWcagAaAsks() {
    List<Contrast.Text> texts = page.texts();
    assertTrue(texts.size() > 1000, "only " + texts.size() + " texts found: the check would pass by itself");
    assertEquals(List.of(), Contrast.belowAa(texts));
  }

  @Test
  void theTabKeyReachesEveryLinkInTheOrderOfThePageAndShowsWhereItIs() {
    List<String> links = page.linkOrder();
    List<BrowserPage.Focus> stops = page.tabThrough(links.size());
    assertEquals(links, stops.stream().map(BrowserPage.Focus::target).toList());
    assertEquals(List.of(), stops.stream().filter(s -> !s.visible()).toList());
  }

  @Test
  void printedEachFigureStartsAPageOfItsOwnAndIsKeptWhole() {
    // The field and the chain are figure elements; each cycle's four panels are its quadripartite figure.
    List<BrowserPage.Printed> figures = page.printed("figure.sst-figure-frame, .sst-quad");
    assertEquals(2 + hughes.cycles().size(), figures.size());
    assertEquals(List.of(), figures.stream().filter(f -> f.pageStart() < 0 || !f.keptWhole()).toList());
    assertEquals(figures.size(), figures.stream().map(BrowserPage.Printed::pageStart).distinct().count(),
        "two figures on one printed page: " + figures);
  }

  @Test
  void aScreenshotIsWrittenForAPersonToLookAt() throws IOException {
    Path png = page.screenshot(BrowserPage.outputDirectory().resolve("hughes-2022.png"));
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
  }

  @Test
  void theNineExampleCasesFromOneStoreOnOnePageOpenWithNoConsoleError() throws IOException {
    List<Case> cases;
    try (Stream<Path> files = Files.walk(CASES)) {
      cases = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().map(CaseFiles::read)
          .toList();
    }
    assertEquals(9, cases.size(), "example cases");
    // Through one TDB2 store, as `sst load` then `sst report --store` go: the cases read back from RDF.
    Path dir = Files.createTempDirectory(BrowserPage.outputDirectory(), "examples-store");
    try (SstStore store = SstStore.tdb2(dir)) {
      store.putAll(cases);
    }
    List<Case> stored;
    try (SstStore store = SstStore.tdb2ReadOnly(dir)) {
      stored = store.all();
    }
    assertEquals(cases.stream().map(Case::id).sorted().toList(), stored.stream().map(Case::id).sorted().toList());
    Path html = BrowserPage.outputDirectory().resolve("examples.html");
    Files.writeString(html, Report.html(stored, ReportOptions.defaults()));
    try (BrowserPage all = BrowserPage.open(html)) {
      assertEquals(List.of(), all.consoleErrors());
      assertEquals(List.of(), all.requests());
      assertEquals(List.of(), all.brokenLinks());
      for (Case c : cases) {
        assertTrue(all.ids().contains(c.id() + "--cycle--" + c.cycles().get(0).id()), c.id());
      }
    }
  }

  private static void expect(Set<String> ids, String id, List<String> missing) {
    if (!ids.contains(id)) {
      missing.add(id);
    }
  }
}

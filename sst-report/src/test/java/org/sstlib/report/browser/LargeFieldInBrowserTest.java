package org.sstlib.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sstlib.report.LargeFields;
import org.sstlib.report.Report;
import org.sstlib.report.ReportOptions;

/**
 * The page of a field too large to draw a box per cycle (201 cycles, just over the limit) in headless Chromium: it
 * opens with no console error, fetches nothing, every link resolves, and the summary's four boxes (one per scale)
 * do not overlap as rendered; a screenshot is written for a person to look at.
 */
class LargeFieldInBrowserTest {
  @Test
  void theSummaryOfALargeFieldRendersWithNoOverlapAndNoBrokenLink() throws IOException {
    Path html = BrowserPage.outputDirectory().resolve("large-field.html");
    Files.createDirectories(html.getParent());
    Files.writeString(html, Report.html(List.of(LargeFields.field(201)), ReportOptions.defaults()));
    try (BrowserPage page = BrowserPage.open(html)) {
      assertEquals(List.of(), page.consoleErrors());
      assertEquals(List.of(), page.requests());
      assertEquals(List.of(), page.brokenLinks());
      List<Box> boxes = page.boxes("g.sst-box[data-scale] rect");
      assertEquals(4, boxes.size(), boxes.toString());
      assertEquals(List.of(), Overlaps.among(boxes));
      page.screenshot(BrowserPage.outputDirectory().resolve("large-field.png"));
    }
  }
}

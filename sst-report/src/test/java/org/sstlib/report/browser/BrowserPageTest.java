package org.sstlib.report.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * {@link BrowserPage} in headless Chromium on small hand-written pages: a clean one, and one for each defect
 * the report's browser test must catch. Each check is shown to find its defect, so none passes for want of
 * looking.
 */
class BrowserPageTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static Path fixture(String name) {
    try {
      return Path.of(BrowserPageTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aCleanPageHasNoConsoleErrorNoRequestNoBrokenLinkAndItsBoxesApart() {
    try (BrowserPage page = BrowserPage.open(fixture("clean.html"))) {
      assertEquals(List.of(), page.consoleErrors());
      assertEquals(List.of(), page.requests());
      assertEquals(List.of("#field", "#tall", "#clean--cycle--ward", "#top"), page.internalLinks());
      assertEquals(List.of(), page.brokenLinks());

      List<Box> boxes = page.boxes(".sst-box rect");
      assertEquals(List.of("policy", "ward"), boxes.stream().map(Box::label).toList());
      assertEquals(150, boxes.get(0).width(), 0.01);
      assertEquals(60, boxes.get(0).height(), 0.01);
      // The boxes touch at x = 160 but share no area.
      assertEquals(boxes.get(0).right(), boxes.get(1).x(), 0.01);
      assertEquals(List.of(), Overlaps.among(boxes));
      assertTrue(page.ids().containsAll(Set.of("top", "field", "clean--cycle--policy", "clean--cycle--ward")));
    }
  }

  @Test
  void consoleErrorsAndUncaughtExceptionsAreCaught() {
    try (BrowserPage page = BrowserPage.open(fixture("console-error.html"))) {
      List<String> errors = page.consoleErrors();

      assertEquals(2, errors.size(), errors::toString);
      assertTrue(errors.get(0).contains("the field could not be drawn"), errors::toString);
      assertTrue(errors.get(1).contains("no cycle called ward"), errors::toString);
      // Asking again reads nothing twice.
      assertEquals(errors, page.consoleErrors());
    }
  }

  @Test
  void aRequestIsRecordedEvenWhenItFails() {
    try (BrowserPage page = BrowserPage.open(fixture("network-request.html"))) {
      assertEquals(List.of("http://127.0.0.1:9/x.png"), page.requests());
    }
  }

  @Test
  void aLinkToAnIdThatIsNotOnThePageIsBroken() {
    try (BrowserPage page = BrowserPage.open(fixture("broken-link.html"))) {
      assertEquals(List.of("#present", "#absent", "#", "#with%20space", "#missing-evidence"),
          page.internalLinks());
      assertEquals(List.of("#absent", "#", "#missing-evidence"), page.brokenLinks());
    }
  }

  @Test
  void overlappingBoxesAreFoundFromWhatWasRendered() {
    try (BrowserPage page = BrowserPage.open(fixture("overlapping-boxes.html"))) {
      List<Box> boxes = page.boxes(".sst-box rect");

      assertEquals(List.of("policy", "ward", "home"), boxes.stream().map(Box::label).toList());
      List<Overlaps.Overlap> overlaps = Overlaps.among(boxes);
      assertEquals(1, overlaps.size(), overlaps::toString);
      assertEquals("policy", overlaps.get(0).first().label());
      assertEquals("ward", overlaps.get(0).second().label());
    }
  }

  @Test
  void aBoxWithoutACycleIsNamedBySelectorAndPosition() {
    try (BrowserPage page = BrowserPage.open(fixture("overlapping-boxes.html"))) {
      assertEquals(List.of("rect.not-a-box[0]"),
          page.boxes("rect.not-a-box").stream().map(Box::label).toList());
      assertEquals(List.of(), page.boxes(".nothing-matches"));
    }
  }

  @Test
  void theScreenshotIsAPngOfTheWholePageInTheBuildDirectory() throws IOException {
    Path file = BrowserPage.outputDirectory().resolve("clean.png");
    Files.deleteIfExists(file);

    try (BrowserPage page = BrowserPage.open(fixture("clean.html"))) {
      page.screenshot(file);
    }

    byte[] png = Files.readAllBytes(file);
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
    ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
    assertEquals(BrowserPage.WIDTH, header.getInt());
    // The page is over 2,000 pixels tall, twice the window: the picture holds all of it.
    assertTrue(header.getInt() > 2000);
  }

  @Test
  void withoutChromiumTheTestFailsSayingHowToInstallIt() {
    AssertionFailedError missingBrowser = assertThrows(AssertionFailedError.class,
        () -> BrowserPage.open(fixture("clean.html"), Path.of("/nonexistent/chromium"),
            Path.of(BrowserPage.DEBIAN_CHROMEDRIVER)));
    AssertionFailedError missingDriver = assertThrows(AssertionFailedError.class,
        () -> BrowserPage.open(fixture("clean.html"), Path.of(BrowserPage.DEBIAN_CHROMIUM),
            Path.of("/nonexistent/chromedriver")));

    for (AssertionFailedError e : List.of(missingBrowser, missingDriver)) {
      assertTrue(e.getMessage().contains("apt-get install chromium chromium-driver"), e.getMessage());
      assertFalse(e.getMessage().isBlank());
    }
    assertTrue(missingBrowser.getMessage().contains("/nonexistent/chromium"), missingBrowser.getMessage());
    assertTrue(missingDriver.getMessage().contains("/nonexistent/chromedriver"), missingDriver.getMessage());
  }

  @Test
  void textOfTooLittleContrastIsFoundInHtmlAndInSvg() {
    try (BrowserPage page = BrowserPage.open(fixture("hard-to-read.html"))) {
      List<Contrast.Text> texts = page.texts();
      assertTrue(texts.stream().anyMatch(t -> t.where().startsWith("p \"This line is dark")), texts.toString());
      assertTrue(texts.stream().noneMatch(t -> t.where().contains("Not drawn")), texts.toString());
      List<String> below = Contrast.belowAa(texts).stream().map(Contrast.Text::where).toList();
      assertEquals(List.of("p.pale \"This grey line is too pale on white.\"",
          "div.dark \"Dark grey on a darker grey.\"", "text \"pale on light grey\""), below);
    }
  }

  @Test
  void theTabKeyIsFollowedAndAFocusThatCannotBeSeenIsFound() {
    try (BrowserPage page = BrowserPage.open(fixture("hard-to-read.html"))) {
      assertEquals(List.of("#top", "#field", "#end"), page.linkOrder());
      List<BrowserPage.Focus> stops = page.tabThrough(3);
      assertEquals(List.of(new BrowserPage.Focus("#end", true), new BrowserPage.Focus("#top", true),
          new BrowserPage.Focus("#field", false)), stops);
    }
  }

  @Test
  void thePrintStyleIsReadForPageBreaks() {
    try (BrowserPage page = BrowserPage.open(fixture("print.html"))) {
      assertEquals(List.of(new BrowserPage.Printed(0, false), new BrowserPage.Printed(0, false),
          new BrowserPage.Printed(-1, false), new BrowserPage.Printed(1, true)), page.printed("figure"));
    }
  }
}

package org.sstlib.report.browser;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One local HTML page open in headless Chromium, and what the browser saw there: the console's errors, the
 * requests the page made, the rendered boxes of the elements a selector matches, the in-page links that lead
 * nowhere, the ids on the page, a screenshot of the whole page.
 *
 * <pre>{@code
 * try (BrowserPage page = BrowserPage.open(Path.of("report.html"))) {
 *   assertEquals(List.of(), page.consoleErrors());
 *   assertEquals(List.of(), Overlaps.among(page.boxes(".sst-box rect")));
 * }
 * }</pre>
 *
 * <p>Chromium and its driver are Debian's ({@code apt-get install chromium chromium-driver}), found at
 * {@value #DEBIAN_CHROMIUM} and {@value #DEBIAN_CHROMEDRIVER} unless the system properties {@code sst.chromium}
 * and {@code sst.chromedriver} name others. The driver's path is given to Selenium, so Selenium Manager never
 * runs and nothing is downloaded. When either program is missing, {@link #open} fails the test with a message
 * saying how to install them: a browser test never skips.
 *
 * <p>The console and the requests are read from ChromeDriver's logs ({@code goog:loggingPrefs}: the browser
 * log and the performance log's {@code Network.requestWillBeSent} events), which need no DevTools bindings
 * matching the browser's version. Not thread-safe: one page, one test.
 */
final class BrowserPage implements AutoCloseable {

  /** Debian's Chromium itself: {@code /usr/bin/chromium} is a shell script that starts it. */
  static final String DEBIAN_CHROMIUM = "/usr/lib/chromium/chromium";

  /** Debian's ChromeDriver, from the {@code chromium-driver} package. */
  static final String DEBIAN_CHROMEDRIVER = "/usr/bin/chromedriver";

  /** How to install both on Debian or Ubuntu. */
  static final String INSTALL = "apt-get install chromium chromium-driver";

  /** The window's size: the screenshots and the boxes of a page do not depend on the machine. */
  static final int WIDTH = 1280;
  static final int HEIGHT = 1024;

  // Chromium refuses to capture a taller picture in one piece.
  private static final int MAX_SCREENSHOT_HEIGHT = 16_384;

  private static final String LINKS = """
      const links = [];
      for (const a of document.querySelectorAll('a')) {
        const href = a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
        if (href === null || !href.startsWith('#')) continue;
        let id = null;
        try { id = decodeURIComponent(href.substring(1)); } catch (e) { /* a malformed escape leads nowhere */ }
        links.push([href, id !== null && id !== '' && document.getElementById(id) !== null]);
      }
      return links;
      """;

  private static final String BOXES = """
      const boxes = [];
      document.querySelectorAll(arguments[0]).forEach((e, i) => {
        const r = e.getBoundingClientRect();
        const cycle = e.closest('[data-cycle]');
        const label = cycle !== null ? cycle.getAttribute('data-cycle') : (e.id || arguments[0] + '[' + i + ']');
        boxes.push([label, r.left + window.scrollX, r.top + window.scrollY, r.width, r.height]);
      });
      return boxes;
      """;

  // Every piece of text drawn on the page: the element holding it, its colour, the colour behind it (HTML
  // backgrounds blended up the tree; for SVG text the fill of the rectangle of its group, else the page behind the
  // figure), its size and weight. Titles and descriptions of SVG are not drawn, so they are left out.
  private static final String TEXTS = """
      const parse = s => { const m = /rgba?\\(([^)]+)\\)/.exec(s || '');
        if (!m) return null; const p = m[1].split(/[ ,\\/]+/).filter(x => x !== '').map(Number);
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
      const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3]));
      const behindHtml = e => { const layers = [];
        for (let n = e; n instanceof Element; n = n.parentElement) {
          const c = parse(getComputedStyle(n).backgroundColor);
          if (c !== null && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
        let colour = [255, 255, 255];
        for (let i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour);
        return colour; };
      const behindSvg = e => { for (let n = e.parentElement; n !== null && n.tagName !== 'svg'; n = n.parentElement) {
          const rect = Array.from(n.children).find(c => c.tagName === 'rect');
          if (rect) { const f = parse(getComputedStyle(rect).fill); if (f !== null && f[3] > 0) return f.slice(0, 3); } }
        return behindHtml(e.closest('svg')); };
      const texts = [];
      for (const e of document.body.querySelectorAll('*')) {
        if (['title', 'desc', 'style', 'script'].includes(e.tagName.toLowerCase())) continue;
        const own = Array.from(e.childNodes).filter(n => n.nodeType === 3).map(n => n.data).join('').trim();
        if (own === '' || e.getClientRects().length === 0) continue;
        const style = getComputedStyle(e);
        if (style.visibility === 'hidden') continue;
        const svg = e instanceof SVGElement;
        const fg = parse(svg ? style.fill : style.color);
        if (fg === null) continue;
        const bg = svg ? behindSvg(e) : behindHtml(e);
        const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + e.classList[0] : '');
        texts.push([name + ' "' + own.substring(0, 40) + '"', over(fg, bg).map(Math.round), bg.map(Math.round),
          parseFloat(style.fontSize), Number(style.fontWeight) >= 700]);
      }
      return texts;
      """;

  // Records, from now on, each element that gets the focus: its link target (or tag) and whether a reader can see
  // that it has the focus (an outline, or for a box of a figure a rectangle drawn thicker).
  private static final String RECORD_FOCUS = """
      window.sstFocus = [];
      document.addEventListener('focusin', event => {
        const e = event.target;
        const style = getComputedStyle(e);
        let seen = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
        if (!seen && e instanceof SVGElement) {
          seen = Array.from(e.querySelectorAll('rect')).some(r => parseFloat(getComputedStyle(r).strokeWidth) >= 2);
        }
        const href = e.getAttribute('href') ?? e.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
        window.sstFocus.push([href ?? e.tagName.toLowerCase(), seen]);
      });
      document.activeElement?.blur();
      window.scrollTo(0, 0);
      """;

  // The targets of the page's links in document order: the order a reader's Tab key should follow.
  private static final String LINK_ORDER = """
      return Array.from(document.querySelectorAll('a'), a =>
        a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).filter(h => h !== null);
      """;

  // For each element the selector matches: which ancestor (itself included) starts a new printed page, as a
  // number in document order (-1 for none), and whether the element may be split across pages.
  private static final String PRINT_PAGES = """
      const starts = [];
      return Array.from(document.querySelectorAll(arguments[0]), e => {
        let start = -1;
        for (let n = e; n instanceof Element; n = n.parentElement) {
          const b = getComputedStyle(n).breakBefore;
          if (b === 'page' || b === 'always') {
            if (!starts.includes(n)) starts.push(n);
            start = starts.indexOf(n); break; }
        }
        return [start, getComputedStyle(e).breakInside === 'avoid'];
      });
      """;

  // After the load event: wait for the fonts and two frames, so layout and paint are done.
  private static final String SETTLE = """
      const done = arguments[arguments.length - 1];
      document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
      """;

  // Selenium looks for DevTools bindings of the browser's version and warns when it has none; this class uses
  // none (only ChromeDriver's logs and its own CDP command endpoint), so the warning says nothing useful.
  // Held here because java.util.logging forgets a logger's level once nothing refers to it.
  private static final Logger CDP_VERSION_FINDER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
  }

  private final ChromeDriver driver;
  private final String url;
  private final List<String> consoleErrors = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();

  private BrowserPage(ChromeDriver driver, String url) {
    this.driver = driver;
    this.url = url;
  }

  /**
   * Opens {@code html} in headless Chromium and waits until it has loaded, its fonts are ready and it has
   * been painted.
   *
   * @throws org.opentest4j.AssertionFailedError when Chromium or ChromeDriver is missing, saying how to
   *     install them
   */
  static BrowserPage open(Path html) {
    return open(html, Path.of(System.getProperty("sst.chromium", DEBIAN_CHROMIUM)),
        Path.of(System.getProperty("sst.chromedriver", DEBIAN_CHROMEDRIVER)));
  }

  /** Opens {@code html} with the given Chromium and ChromeDriver; see {@link #open(Path)}. */
  static BrowserPage open(Path html, Path chromium, Path chromedriver) {
    checkArgument(Files.isRegularFile(html), "no page at %s", html);
    requireExecutable(chromium, "Chromium");
    requireExecutable(chromedriver, "ChromeDriver");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=" + WIDTH + "," + HEIGHT, "--force-device-scale-factor=1", "--hide-scrollbars",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .build();

    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
      driver.get(html.toAbsolutePath().toUri().toString());
      driver.executeAsyncScript(SETTLE);
      return new BrowserPage(driver, withoutFragment(driver.getCurrentUrl()));
    } catch (RuntimeException e) {
      driver.quit();
      throw e;
    }
  }

  private static void requireExecutable(Path program, String name) {
    if (!Files.isExecutable(program)) {
      fail(name + " is not installed (no program at " + program + "): the browser tests need Debian's "
          + "Chromium and ChromeDriver. Install them with `" + INSTALL + "` (as root), or name other "
          + "programs with -Dsst.chromium=PATH -Dsst.chromedriver=PATH.");
    }
  }

  /** Where the browser tests write what a person should look at: {@code browser/} in the build directory. */
  static Path outputDirectory() {
    return Path.of(System.getProperty("sst.report.buildDirectory", "target")).resolve("browser");
  }

  /** The messages the page wrote to the console at error level, uncaught exceptions and failed loads included. */
  ImmutableList<String> consoleErrors() {
    drainLogs();
    return ImmutableList.copyOf(consoleErrors);
  }

  /**
   * Every URL the page asked for, other than the page itself, in order: whether or not the request
   * succeeded, and whatever its scheme ({@code http:}, {@code file:}, ...), but not the {@code data:},
   * {@code blob:} and {@code about:} URLs that carry their content inside the page.
   */
  ImmutableList<String> requests() {
    drainLogs();
    return ImmutableList.copyOf(requests);
  }

  /** The rendered boxes of the elements {@code cssSelector} matches, in document order, named by their cycle. */
  ImmutableList<Box> boxes(String cssSelector) {
    checkNotNull(cssSelector, "cssSelector");
    ImmutableList.Builder<Box> boxes = ImmutableList.builder();
    for (Object row : (List<?>) driver.executeScript(BOXES, cssSelector)) {
      List<?> cells = (List<?>) row;
      boxes.add(new Box((String) cells.get(0), number(cells.get(1)), number(cells.get(2)),
          number(cells.get(3)), number(cells.get(4))));
    }
    return boxes.build();
  }

  /** The {@code href} of every link on the page that points into the page ({@code #...}), in order. */
  ImmutableList<String> internalLinks() {
    return links(false);
  }

  /** The {@code href} of every in-page link whose target id is not on the page (an empty {@code #} too). */
  ImmutableList<String> brokenLinks() {
    return links(true);
  }

  /** Every id on the page, HTML and SVG elements alike. */
  ImmutableSet<String> ids() {
    List<?> ids = (List<?>) driver.executeScript(
        "return Array.from(document.querySelectorAll('[id]'), e => e.id);");
    return ids.stream().map(String.class::cast).collect(ImmutableSet.toImmutableSet());
  }

  /** Every piece of text drawn on the page, with its colour and the colour behind it, in document order. */
  ImmutableList<Contrast.Text> texts() {
    ImmutableList.Builder<Contrast.Text> texts = ImmutableList.builder();
    for (Object row : (List<?>) driver.executeScript(TEXTS)) {
      List<?> cells = (List<?>) row;
      texts.add(new Contrast.Text((String) cells.get(0), rgb(cells.get(1)), rgb(cells.get(2)), number(cells.get(3)),
          (Boolean) cells.get(4)));
    }
    return texts.build();
  }

  /** Where an element falls when the page is printed: the page-starting ancestor it is under, if any. */
  record Printed(int pageStart, boolean keptWhole) {}

  /**
   * How the elements {@code cssSelector} matches are printed, with the page's print style: for each, the ancestor
   * (or itself) that starts a new page, numbered in the order first met, or -1 when none does; and whether it is
   * kept whole on one page.
   */
  ImmutableList<Printed> printed(String cssSelector) {
    checkNotNull(cssSelector, "cssSelector");
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      return ((List<?>) driver.executeScript(PRINT_PAGES, cssSelector)).stream().map(row -> (List<?>) row)
          .map(cells -> new Printed((int) number(cells.get(0)), (Boolean) cells.get(1)))
          .collect(ImmutableList.toImmutableList());
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** A stop of the keyboard's focus: what has the focus, and whether the page shows it. */
  record Focus(String target, boolean visible) {}

  /**
   * Presses Tab {@code presses} times from the top of the page and says where each press put the focus, in order;
   * a press that takes the focus out of the page adds nothing.
   */
  ImmutableList<Focus> tabThrough(int presses) {
    driver.executeScript(RECORD_FOCUS);
    // One action of many key presses: the browser moves the focus as a reader's keyboard would, and the page
    // records each stop as it happens.
    new Actions(driver).sendKeys(Keys.TAB.toString().repeat(presses)).perform();
    ImmutableList.Builder<Focus> stops = ImmutableList.builder();
    for (Object row : (List<?>) driver.executeScript("return window.sstFocus;")) {
      List<?> cells = (List<?>) row;
      stops.add(new Focus((String) cells.get(0), (Boolean) cells.get(1)));
    }
    return stops.build();
  }

  /** The targets of the page's links in document order. */
  ImmutableList<String> linkOrder() {
    return ((List<?>) driver.executeScript(LINK_ORDER)).stream().map(String.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** Writes a PNG picture of the whole page, not only the window, to {@code file}, making its folders. */
  Path screenshot(Path file) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
    double width = Math.max(WIDTH, Math.ceil(number(size.get("width"))));
    double height = Math.min(MAX_SCREENSHOT_HEIGHT, Math.max(HEIGHT, Math.ceil(number(size.get("height")))));
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the screenshot " + file, e);
    }
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }

  private ImmutableList<String> links(boolean brokenOnly) {
    ImmutableList.Builder<String> links = ImmutableList.builder();
    for (Object row : (List<?>) driver.executeScript(LINKS)) {
      List<?> cells = (List<?>) row;
      if (!brokenOnly || !(Boolean) cells.get(1)) {
        links.add((String) cells.get(0));
      }
    }
    return links.build();
  }

  // Reading a log empties it, so what was read is kept.
  private void drainLogs() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        consoleErrors.add(entry.getMessage());
      }
    }
    Json json = new Json();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      Map<?, ?> logged = json.toType(entry.getMessage(), Map.class);
      Map<?, ?> message = (Map<?, ?>) logged.get("message");
      if (!"Network.requestWillBeSent".equals(message.get("method"))) {
        continue;
      }
      Map<?, ?> request = (Map<?, ?>) ((Map<?, ?>) message.get("params")).get("request");
      String requested = (String) request.get("url");
      if (!withoutFragment(requested).equals(url) && !requested.matches("(?i)(data|blob|about):.*")) {
        requests.add(requested);
      }
    }
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static int[] rgb(Object value) {
    List<?> channels = (List<?>) value;
    return new int[] {(int) number(channels.get(0)), (int) number(channels.get(1)), (int) number(channels.get(2))};
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }
}

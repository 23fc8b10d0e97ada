package org.sstlib.report;

/**
 * The page around the report: the HTML5 head with its inline style (for screen and for print) and a
 * Content-Security-Policy that forbids every fetch and every script, and the end of the page.
 */
final class Page {
  private Page() {}

  /** The style: dark text on light fills (WCAG AA and better), visible focus, each figure on its own printed page. */
  static final String STYLE = """
      body{font-family:sans-serif;color:#1a1a1a;background:#ffffff;line-height:1.45;margin:0 auto;max-width:72rem;\
      padding:1rem}
      a{color:#0b4f9c}
      a:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
      svg a:focus-visible rect,svg a:hover rect{stroke-width:3}
      code{font-size:.9em}
      .sst-meta{color:#333333}
      .sst-scroll{overflow-x:auto}
      .sst-figure{max-width:none;height:auto}
      figure.sst-figure-frame{margin:1rem 0;border:1px solid #bbbbbb;padding:.5rem}
      figcaption{font-size:.9rem;color:#333333}
      .sst-quad{display:grid;grid-template-columns:1fr 1fr;gap:.5rem;margin:.5rem 0}
      .sst-panel{border:2px solid #555555;border-radius:6px;padding:.25rem .75rem;background:#fafafa}
      .sst-panel-external{background:#eef3fb}
      .sst-panel-internal{background:#f4f0fa}
      .sst-panel-agency{background:#eef7ec}
      .sst-panel-outcomes{background:#fbf3e8}
      .sst-material{border:1px dashed #555555;padding:.25rem .75rem;margin-bottom:.5rem}
      .sst-mark{color:#8a1414;font-weight:bold}
      .sst-q,.sst-ev{color:#333333;font-size:.9em}
      .sst-step{font-style:italic}
      blockquote{margin:.25rem 0 .25rem 1.5rem;border-left:3px solid #999999;padding-left:.5rem}
      @media print{
      body{max-width:none}
      .sst-figure-block,.sst-cycle{break-before:page}
      figure.sst-figure-frame,.sst-quad{break-inside:avoid}
      .sst-scroll{overflow:visible}
      .sst-figure{max-width:100%}
      a{color:#1a1a1a}
      }
      """;

  static void start(Html html, String title) {
    html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
            + " img-src data:\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta name=\"generator\" content=\"sst report\">\n<title>").text(title).raw("</title>\n<style>\n")
        .raw(STYLE).raw("</style>\n</head>\n<body>\n");
  }

  static void end(Html html) {
    html.raw("</body>\n</html>\n");
  }
}

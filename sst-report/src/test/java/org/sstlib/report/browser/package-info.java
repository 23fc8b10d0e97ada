/**
 * The report as a reader sees it: {@link org.sstlib.report.browser.BrowserPage} opens a page in headless
 * Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven by Selenium) and tells what the
 * browser saw there: console errors, network requests, the rendered boxes, the links that lead nowhere, a
 * screenshot. {@link org.sstlib.report.browser.Overlaps} finds the rendered boxes that overlap. Without
 * Chromium every browser test fails, saying how to install it.
 */
package org.sstlib.report.browser;

/**
 * Quotes checked against their sources: a source may name its plain text ({@code text: transcripts/int-07.txt}), and
 * every verbatim quote of the field taken from it must stand in that text. Start with {@link
 * org.sstlib.core.quotes.QuoteCheck}, which reads each text once ({@link org.sstlib.core.quotes.SourceTexts}),
 * looks for each quote ({@link org.sstlib.core.quotes.QuoteFinder}) after normalising whitespace, line-break
 * hyphenation, quotation marks, dashes and ellipses, checks line locators, and gives a {@link
 * org.sstlib.core.quotes.QuoteReport}: located problems, counts of checked, found and unchecked quotes, and an {@link
 * org.sstlib.core.quotes.Anchor} (W3C Web Annotation selectors) for each quote found.
 *
 * <pre>{@code
 * QuoteReport report = QuoteCheck.builder("cases/study.yaml").textsBesideCaseFile(Path.of("cases")).build()
 *     .check(study);
 * }</pre>
 *
 * <p>Only local files inside the folder of texts are read; nothing is read from the network.
 */
package org.sstlib.core.quotes;

package org.sstlib.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

/** Each normalisation, one at a time: a quote written one way is found in a text written the other way. */
class NormalisationTest {

  private static ImmutableList<Occurrence> find(String text, String quote) {
    return QuoteFinder.find(SourceText.of("t.txt", text), quote);
  }

  private static void found(String text, String quote, String exact) {
    ImmutableList<Occurrence> o = find(text, quote);
    assertEquals(1, o.size(), "'" + quote + "' in '" + text + "': " + o);
    assertEquals(exact, text.substring(o.get(0).start(), o.get(0).end()));
  }

  private static void notFound(String text, String quote) {
    assertTrue(find(text, quote).isEmpty(), "'" + quote + "' should not be in '" + text + "'");
  }

  @Test
  void runsOfWhitespaceAreOneSpace() {
    found("so we\t all \n\n  just\u00A0muck\u202Fin.", "we all just muck in", "we\t all \n\n  just\u00A0muck\u202Fin");
    found("we all", "  we \n all  ", "we all");
  }

  @Test
  void aLineBreakInTheTextIsASpaceInTheQuote() {
    found("first line\r\nsecond line", "line second", "line\r\nsecond");
    found("page one\fpage two", "one page", "one\fpage");
  }

  @Test
  void aBrokenWordIsFoundJoined() {
    found("well inte-\ngrated care", "integrated care", "inte-\ngrated care");
    found("well inte\u2010\n   grated care", "well integrated", "well inte\u2010\n   grated");
  }

  @Test
  void aHyphenAtALineEndIsFoundAsAHyphen() {
    found("the case-\nmanagement plan", "case-management plan", "case-\nmanagement plan");
    found("the case-\nmanagement plan", "case- management plan", "case-\nmanagement plan");
    found("the case-  \r\n  management plan", "the casemanagement", "the case-  \r\n  management");
  }

  @Test
  void aHyphenInsideALineIsNotOptional() {
    notFound("the case-management plan", "casemanagement");
    notFound("the case management plan", "case-management");
  }

  @Test
  void aDashBetweenSpacesAtALineEndIsNotHyphenation() {
    found("we tried -\nand failed", "tried - and", "tried -\nand");
    notFound("we tried -\nand failed", "triedand");
  }

  @Test
  void softHyphensAreDropped() {
    found("inter\u00ADdisciplinary team", "interdisciplinary", "inter\u00ADdisciplinary");
    found("inter\u00AD\n  disciplinary team", "interdisciplinary team", "inter\u00AD\n  disciplinary team");
  }

  @Test
  void curlyQuotationMarksAreStraight() {
    found("she said \u201Cit\u2019s fine\u201D", "said \"it's fine\"", "said \u201Cit\u2019s fine\u201D");
    found("\u201Eja\u201C und \u00ABoui\u00BB and \u2018so\u2019 and `x\u00B4", "\"ja\" und \"oui\" and 'so' and 'x\u00B4",
        "\u201Eja\u201C und \u00ABoui\u00BB and \u2018so\u2019 and `x\u00B4");
    found("it's", "it\u2019s", "it's");
  }

  @Test
  void dashesAreHyphens() {
    for (char dash : new char[] {'-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'}) {
      String text = "care \u2014 as we say" + dash + "matters";
      found(text, "care - as we say-matters", text);
    }
  }

  @Test
  void theSpacesAroundADashAreKept() {
    notFound("care \u2014 as we say", "care-as we say");
    notFound("care\u2014as we say", "care - as we say");
  }

  @Test
  void ellipsesAreThreeStops() {
    found("and then\u2026 nothing", "then... nothing", "then\u2026 nothing");
    found("and then. . . nothing", "then... nothing", "then. . . nothing");
    found("and then... nothing", "then\u2026 nothing", "then... nothing");
    found("and then . . . nothing", "then \u2026 nothing", "then . . . nothing");
    notFound("and then . . . nothing", "then... nothing");
  }

  @Test
  void caseIsNotFolded() {
    notFound("The Matron said", "the matron said");
  }

  @Test
  void composedAndDecomposedAccentsAreTheSame() {
    found("caf\u00E9 society", "cafe\u0301 society", "caf\u00E9 society");
    found("cafe\u0301 society", "caf\u00E9 society", "cafe\u0301 society");
  }

  @Test
  void otherPunctuationCounts() {
    notFound("we all, just muck in", "we all just muck in");
    notFound("we all just muck in", "we all just muck in!");
  }
}

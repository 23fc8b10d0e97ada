package org.sstlib.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The line references a locator may hold, and the locators that hold none. */
class LocatorLinesTest {

  private static String parsed(String locator) {
    return LocatorLines.parse(locator).stream().map(LocatorLines.Range::toString).collect(Collectors.joining(" "));
  }

  @Test
  void oneLine() {
    for (String l : List.of("L109", "l109", "line 109", "Line 109", "l. 109", "lines 109", "p. 12, L109")) {
      assertEquals("L109", parsed(l), l);
    }
  }

  @Test
  void ranges() {
    for (String l : List.of("L109-L111", "L109-111", "L109\u2013111", "L109 \u2014 L111", "lines 109-111",
        "ll. 109-111", "LL. 109-111", "L111-109")) {
      assertEquals("L109-L111", parsed(l), l);
    }
  }

  @Test
  void severalReferences() {
    assertEquals("L12 L40", parsed("L12, L40"));
    assertEquals("L12 L40-L41", parsed("lines 12, 40-41"));
    assertEquals("L3 L7", parsed("L3; p. 4; line 7"));
  }

  @Test
  void otherLocatorsNameNoLines() {
    for (String l : List.of("p. 120", "Box 2", "00:04:10", "para 3", "URL12", "Table 1", "L", "lines", "")) {
      assertEquals("", parsed(l), l);
    }
  }
}

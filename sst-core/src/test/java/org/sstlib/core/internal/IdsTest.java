package org.sstlib.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void lettersDigitsDotsUnderscoresAndDashesAfterALetterOrDigit() {
    for (String id : List.of("a", "7", "icm-meeting", "hughes-2022", "a.b_c-d", "A9", "007")) {
      assertTrue(Ids.isId(id), id);
    }
  }

  @Test
  void anythingElseIsNotAnId() {
    for (String text : List.of("", "-dash", ".dot", "_under", "a b", "a/b", "<a>", "a\n", "é", "a:b", "a#")) {
      assertFalse(Ids.isId(text), text);
    }
    assertThrows(NullPointerException.class, () -> Ids.isId(null));
  }

  @Test
  void thePatternIsTheOneOfTheCaseFileSchema() {
    // The schema writes it anchored; the pattern is matched as a whole.
    assertEquals("^[A-Za-z0-9][A-Za-z0-9._-]*$", "^" + Ids.PATTERN.pattern() + "$");
  }
}

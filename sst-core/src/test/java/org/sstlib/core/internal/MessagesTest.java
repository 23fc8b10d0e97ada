package org.sstlib.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void firstLineEndsAtTheFirstLineBreakOfAnyKind() {
    assertEquals("Unexpected character", Messages.firstLine("Unexpected character\n at [Source: REDACTED]"));
    assertEquals("a", Messages.firstLine("a\r\nb"));
    assertEquals("a", Messages.firstLine("a\rb"));
    assertEquals("", Messages.firstLine("\nb"));
  }

  @Test
  void textWithoutALineBreakIsKept() {
    assertEquals("one line", Messages.firstLine("one line"));
    assertEquals("", Messages.firstLine(""));
    assertThrows(NullPointerException.class, () -> Messages.firstLine(null));
  }
}

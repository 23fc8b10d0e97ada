package org.sstlib.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {
  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void utf8TextIsDecodedAsItIs() {
    String text = "\uFEFFcaf\u00E9 cafe\u0301 \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD\n\u0000\uFFFF".repeat(2000);
    assertEquals(Optional.empty(), StrictUtf8.firstMalformed(utf8(text)));
    assertEquals(text, StrictUtf8.decode(utf8(text), bad -> new AssertionError(bad.toString())));
    assertEquals("", StrictUtf8.decode(new byte[0], bad -> new AssertionError(bad.toString())));
  }

  @Test
  void aLatin1ByteIsFoundWithItsLineAndColumn() {
    byte[] bytes = "first line\nthe caf\u00E9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(Optional.of(new StrictUtf8.Malformed(18, 2, 8)), StrictUtf8.firstMalformed(bytes));
  }

  @Test
  void theFirstBadSequenceCountsWhereverItIs() {
    byte[] longPrefix = utf8("\u00E9".repeat(10_000) + "\n");   // beyond the decoder's first chunk
    byte[] bytes = concat(longPrefix, utf8("ab"), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\n"),
        new byte[] {(byte) 0xFF});
    assertEquals(Optional.of(new StrictUtf8.Malformed(longPrefix.length + 2, 2, 3)),
        StrictUtf8.firstMalformed(bytes));
  }

  @Test
  void truncatedOverlongAndSurrogateSequencesAreRefused() {
    // a euro sign cut short at the end of the text
    assertEquals(Optional.of(new StrictUtf8.Malformed(3, 1, 4)),
        StrictUtf8.firstMalformed(concat(utf8("abc"), new byte[] {(byte) 0xE2, (byte) 0x82})));
    // '/' encoded in two bytes
    assertEquals(Optional.of(new StrictUtf8.Malformed(0, 1, 1)),
        StrictUtf8.firstMalformed(new byte[] {(byte) 0xC0, (byte) 0xAF}));
    // U+D800, a lone surrogate, encoded as if it were a character
    assertEquals(Optional.of(new StrictUtf8.Malformed(1, 1, 2)),
        StrictUtf8.firstMalformed(new byte[] {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80}));
  }

  @Test
  void decodeHandsThePlaceToTheCallersException() {
    byte[] bytes = concat(utf8("id: x\nlabel: caf"), new byte[] {(byte) 0xE9}, utf8("\n"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrictUtf8.decode(bytes,
        bad -> new IllegalArgumentException("bad byte at " + bad.offset() + ", " + bad.line() + ":" + bad.column())));
    assertEquals("bad byte at 16, 2:11", e.getMessage());
    IllegalStateException mine = new IllegalStateException();
    assertSame(mine, assertThrows(IllegalStateException.class, () -> StrictUtf8.decode(bytes, bad -> mine)));
  }
}

package org.sstlib.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * Strict UTF-8: bytes that are not UTF-8 (a stray Latin-1 byte, a truncated or overlong sequence, an encoded
 * surrogate) are refused with the place of the first bad sequence, never replaced by {@code U+FFFD} or {@code ?}.
 *
 * <pre>{@code
 * String text = StrictUtf8.decode(bytes, bad -> new IllegalArgumentException(
 *     "not UTF-8 at line " + bad.line() + ", column " + bad.column()));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class StrictUtf8 {
  /** A decoder's output buffer while checking: the text itself is not kept. */
  private static final int CHUNK = 8192;

  /**
   * Where bytes stop being UTF-8.
   *
   * @param offset the index of the first byte of the first bad sequence
   * @param line the line it is on, from 1 (lines end with {@code \n})
   * @param column its column on that line, from 1, counted in characters (code points), as editors count
   */
  public record Malformed(int offset, int line, int column) {}

  private StrictUtf8() {}

  /** The first sequence of the bytes that is not UTF-8, or empty if they are all UTF-8 text. */
  public static Optional<Malformed> firstMalformed(byte[] bytes) {
    checkNotNull(bytes, "bytes");
    CharsetDecoder decoder = decoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(CHUNK);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return Optional.of(at(bytes, in.position()));
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      result = decoder.flush(out);
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      return Optional.empty();
    }
  }

  /**
   * The text of UTF-8 bytes.
   *
   * @param error makes the exception to throw from the place of the first bad sequence
   * @throws X if the bytes are not UTF-8 text
   */
  public static <X extends Throwable> String decode(byte[] bytes, Function<? super Malformed, X> error) throws X {
    checkNotNull(bytes, "bytes");
    checkNotNull(error, "error");
    try {
      return decoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // The decoder says that the bytes are bad, not where: find the place once, on this rare path.
      throw error.apply(firstMalformed(bytes).orElseThrow(() -> new IllegalStateException(
          "the UTF-8 decoder refused bytes that it then accepted", e)));
    }
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static Malformed at(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < offset; i++) {
      // The bytes before the bad one are UTF-8: each character has one byte that is not a continuation byte.
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Malformed(offset, line, column);
  }
}

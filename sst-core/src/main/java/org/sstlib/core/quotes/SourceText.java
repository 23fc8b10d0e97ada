package org.sstlib.core.quotes;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Arrays;

/**
 * The plain text of a source (a transcript, field notes, a PDF's extracted text), read once: the text as it stands,
 * where its lines start, and, made when first needed, the normalised form quotes are looked for in ({@link
 * QuoteFinder}). Lines are counted from 1 and end at LF, CR LF or a lone CR, as editors count them.
 *
 * <pre>{@code
 * SourceText t = SourceText.of("int-07.txt", "first line\nsecond line\n");
 * t.lineOf(12);              // 2: the character at index 12 is on the second line
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceText {
  private final String name;
  private final String text;
  /** The index of the first character of each line; lineStarts[0] is 0. */
  private final int[] lineStarts;
  /** The code-point index of each line's start, or null when the text has no surrogate pair (indices agree). */
  private final int[] lineCodePoints;
  private final Supplier<NormalisedText> normalised;

  private SourceText(String name, String text) {
    this.name = name;
    this.text = text;
    this.lineStarts = lineStarts(text);
    this.lineCodePoints = hasSurrogates(text) ? lineCodePoints(text, lineStarts) : null;
    this.normalised = Suppliers.memoize(() -> Normaliser.text(text));
  }

  /**
   * A source text from the text itself.
   *
   * @param name what to call the text in messages, usually the name the source gives it
   */
  public static SourceText of(String name, String text) {
    return new SourceText(checkNotNull(name, "name"), checkNotNull(text, "text"));
  }

  /** What the text is called in messages: the name the source gives it. */
  public String name() {
    return name;
  }

  /** The text as it stands (a byte-order mark removed). */
  public String text() {
    return text;
  }

  /** How many lines the text has (an empty text has one, empty). */
  public int lineCount() {
    return lineStarts.length;
  }

  /**
   * The line (from 1) of the character at {@code index}; the text's length is on the last line.
   *
   * @throws IllegalArgumentException if {@code index} is negative or past the text's length
   */
  public int lineOf(int index) {
    checkArgument(index >= 0 && index <= text.length(), "index %s outside the text (length %s)", index,
        text.length());
    int at = Arrays.binarySearch(lineStarts, index);
    return at >= 0 ? at + 1 : -at - 1;
  }

  /**
   * The number of code points before the char {@code index}: the position the W3C Web Annotation model's
   * {@code TextPositionSelector} counts (a character outside the Basic Multilingual Plane, such as an emoji, is one
   * code point and two Java chars).
   *
   * @throws IllegalArgumentException if {@code index} is negative or past the text's length
   */
  public int codePointIndex(int index) {
    int line = lineOf(index);
    if (lineCodePoints == null) {
      return index;
    }
    int start = lineStarts[line - 1];
    return lineCodePoints[line - 1] + text.codePointCount(start, index);
  }

  NormalisedText normalised() {
    return normalised.get();
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private static boolean hasSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int[] lineCodePoints(String text, int[] lineStarts) {
    int[] counts = new int[lineStarts.length];
    for (int l = 1; l < lineStarts.length; l++) {
      counts[l] = counts[l - 1] + text.codePointCount(lineStarts[l - 1], lineStarts[l]);
    }
    return counts;
  }
}

package org.sstlib.core.casefile;

import static com.google.common.base.Preconditions.checkArgument;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character source over text already in memory, in time linear in the text's length.
 *
 * <p>SnakeYAML's own {@link StreamReader} reads 1,024 characters at a time and copies its whole look-ahead window
 * (one {@code int} a character) on every read. While the scanner looks ahead through one long token (a value with
 * no space or line break in it) the window holds the whole token, so reading it costs the square of its length: a
 * 16 MB word took 43 seconds, a 50 MB one over a thousand. This reader looks straight into the string instead:
 * the scanner's calls ({@code peek}, {@code prefix}, {@code forward}) cost what they read, and nothing is copied
 * but the token text the scanner asks for.
 *
 * <p>Positions follow SnakeYAML's own rules: lines and columns from 0, a column counted in code points, a line
 * ended by LF, a CR not followed by LF, NEL, LS or PS; a byte-order mark takes no column. The text must hold only
 * characters YAML can carry ({@link #firstUnprintable}); the caller reports any other with its place.
 *
 * <p>Not thread-safe: one reader a parse.
 */
final class TextYamlReader extends StreamReader {
  private static final int[] NO_SNIPPET = new int[0];

  private final String text;
  private final int length;
  /** True when the text has no surrogate pairs: then a code point is a char and look-ahead is an addition. */
  private final boolean bmpOnly;
  /** The char index of the next code point. */
  private int pos;
  private int index;
  private int documentIndex;
  private int line;
  private int column;
  /** The last look-ahead with surrogate pairs: {@code aheadChars} chars hold {@code aheadPoints} code points. */
  private int aheadPoints;
  private int aheadChars;

  /**
   * A reader of the whole text.
   *
   * @throws IllegalArgumentException if the text holds a character YAML cannot carry
   */
  TextYamlReader(String text) {
    super("");
    int bad = firstUnprintable(text);
    checkArgument(bad < 0, "the text holds U+%04X at index %s, which YAML cannot carry", bad < 0 ? 0
        : text.codePointAt(bad), bad);
    this.text = text;
    this.length = text.length();
    this.bmpOnly = text.chars().noneMatch(c -> Character.isSurrogate((char) c));
  }

  /**
   * The char index of the first code point YAML 1.1 does not allow in a stream (SnakeYAML's printable set: tab,
   * LF, CR, U+0020..U+007E, NEL, U+00A0..U+D7FF, U+E000..U+FFFD and the supplementary planes; a lone surrogate
   * is not printable), or -1 if there is none.
   */
  static int firstUnprintable(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!StreamReader.isPrintable(c) || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /** The char index {@code ahead} code points after the current one, or -1 past the end. */
  private int offset(int ahead) {
    if (bmpOnly) {
      int at = pos + ahead;
      return at < length ? at : -1;
    }
    // The scanner looks ahead one code point further at a time: start from the last answer when it helps.
    int points = 0;
    int at = pos;
    if (ahead >= aheadPoints) {
      points = aheadPoints;
      at = pos + aheadChars;
    }
    while (points < ahead && at < length) {
      at += Character.charCount(text.codePointAt(at));
      points++;
    }
    if (at >= length) {
      return -1;
    }
    aheadPoints = points;
    aheadChars = at - pos;
    return at;
  }

  private void moved(int chars) {
    pos += chars;
    aheadPoints = 0;
    aheadChars = 0;
  }

  @Override
  public int peek() {
    return pos < length ? text.codePointAt(pos) : 0;
  }

  @Override
  public int peek(int ahead) {
    int at = offset(ahead);
    return at < 0 ? 0 : text.codePointAt(at);
  }

  @Override
  public String prefix(int count) {
    if (count == 0) {
      return "";
    }
    int end = offset(count);
    return text.substring(pos, end < 0 ? length : end);
  }

  @Override
  public String prefixForward(int count) {
    String prefix = prefix(count);
    moved(prefix.length());
    // As SnakeYAML does: the scanner only takes a prefix that holds no line break.
    index += count;
    documentIndex += count;
    column += count;
    return prefix;
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int count) {
    for (int i = 0; i < count && pos < length; i++) {
      int c = text.codePointAt(pos);
      moved(Character.charCount(c));
      index++;
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && pos < length && text.charAt(pos) != '\n')) {
        line++;
        column = 0;
      } else if (c != '\uFEFF') {
        column++;
      }
    }
  }

  @Override
  public Mark getMark() {
    // Marks are made for every token; the snippet of text they could quote is left out (messages are our own).
    return new Mark("'text'", index, line, column, NO_SNIPPET, 0);
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getColumn() {
    return column;
  }
}

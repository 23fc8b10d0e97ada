package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The one rule for what the text of a case may hold, applied by every reader (case files, RDF) and by
 * {@link Case.Builder} to every text field however the case was made: any Unicode character except
 *
 * <ul>
 *   <li>C0 control characters other than tab, LF and CR (U+0000..U+001F), DEL (U+007F) and the C1 control
 *       characters (U+0080..U+009F),
 *   <li>a lone surrogate (half of a pair, U+D800..U+DFFF, on its own), and
 *   <li>the noncharacters U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE,
 *       U+1FFFF, ... U+10FFFF).
 * </ul>
 *
 * <p>Every format sst writes (Turtle, TriG, N-Triples, N-Quads, JSON-LD, YAML, JSON) can carry every text the
 * rule allows and read it back equal; the characters it refuses are those one of them cannot carry, or that a
 * terminal would obey rather than show.
 *
 * <pre>{@code
 * TextRule.firstRefused("Ward\u001B[2J").ifPresent(r ->
 *     System.out.println(r.describe()));          // the control character U+001B
 * TextRule.escape("Ward\u001B[2J");                 // Ward\u001B[2J, printable as it stands
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextRule {

  /**
   * A character the rule refuses, and where it is.
   *
   * @param index the index in the text (in chars) of the character
   * @param codePoint the character (a lone surrogate is its own code point)
   */
  public record Refused(int index, int codePoint) {
    /** What the character is, in words, for example "the control character U+001B". */
    public String describe() {
      return TextRule.describe(codePoint);
    }
  }

  private TextRule() {}

  /** Whether the rule allows this code point in text. */
  public static boolean allows(int codePoint) {
    if (codePoint < 0x20) {
      return codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
    }
    if (codePoint < 0x7F) {
      return true;
    }
    if (codePoint <= 0x9F) {
      return false;
    }
    return !isSurrogate(codePoint) && !isNoncharacter(codePoint) && codePoint <= Character.MAX_CODE_POINT;
  }

  /** The first character of the text that the rule refuses, or empty if it allows the whole text. */
  public static Optional<Refused> firstRefused(String text) {
    checkNotNull(text, "text");
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!allows(c)) {
        return Optional.of(new Refused(i, c));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /**
   * Why the rule refuses the text, as a problem's message, or empty if it allows it: "the text holds the control
   * character U+001B at character 5; text may hold tab, LF and CR but no other control character".
   */
  public static Optional<String> problem(String text) {
    return problem(text, "the text");
  }

  /**
   * Why the rule refuses the text, or empty if it allows it, saying what the text is: {@code problem(label, "the
   * label of agent 'nurse'")} gives "the label of agent 'nurse' holds the control character U+001B at character
   * 5; ...".
   */
  public static Optional<String> problem(String text, String what) {
    checkNotNull(what, "what");
    return firstRefused(text).map(r -> what + " holds " + r.describe() + " at character "
        + (text.codePointCount(0, r.index()) + 1) + "; " + reason(r.codePoint()));
  }

  /** What a character is, in words: "the control character U+0007", "the noncharacter U+FFFE"... */
  public static String describe(int codePoint) {
    String hex = hex(codePoint);
    if (isSurrogate(codePoint)) {
      return "a lone surrogate " + hex + " (half of a broken pair)";
    }
    if (isNoncharacter(codePoint)) {
      return "the noncharacter " + hex;
    }
    if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
      return "the control character " + hex;
    }
    return "the character " + hex;
  }

  /**
   * The text with every character the rule refuses, and tab, LF and CR too, written as {@code \}{@code uXXXX}
   * (a supplementary noncharacter as {@code \}{@code U0001FFFE}), so that it prints on one line and a terminal shows
   * it instead of obeying it. Text with nothing to escape is returned as it is.
   */
  public static String escape(String text) {
    checkNotNull(text, "text");
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!shows(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (shows(c)) {
        out.appendCodePoint(c);
      } else if (c <= 0xFFFF) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.append(String.format("\\U%08X", c));
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** Whether a message can show the character as it is: allowed, and not a line break or tab. */
  private static boolean shows(int c) {
    return allows(c) && c >= 0x20 && c != 0x2028 && c != 0x2029;
  }

  private static String reason(int codePoint) {
    if (isSurrogate(codePoint)) {
      return "the text is broken Unicode (was it cut in the middle of a character?)";
    }
    if (isNoncharacter(codePoint)) {
      return "noncharacters are not text and RDF formats cannot carry them";
    }
    return "text may hold tab, LF and CR but no other control character";
  }

  private static boolean isSurrogate(int c) {
    return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
  }

  private static boolean isNoncharacter(int c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
  }

  private static String hex(int codePoint) {
    return String.format(codePoint <= 0xFFFF ? "U+%04X" : "U+%X", codePoint);
  }
}

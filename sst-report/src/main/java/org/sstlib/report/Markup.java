package org.sstlib.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Text made safe for HTML and SVG: every character that markup gives a meaning is escaped, every character XML 1.0
 * does not allow is replaced, and ids become fragment names that cannot leave the page. Labels come from case files
 * written by anyone, so nothing here trusts them.
 */
final class Markup {
  private Markup() {}

  /** The replacement for a character XML 1.0 does not allow (U+FFFD). */
  static final char REPLACEMENT = '\uFFFD';

  /** The text escaped for an element's content or a quoted attribute value, in HTML and in SVG alike. */
  static String escape(String text) {
    checkNotNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (allowed(c)) {
            out.appendCodePoint(c);
          } else {
            out.append(REPLACEMENT);
          }
        }
      }
      i += n;
    }
    return out.toString();
  }

  /** The text escaped, in a {@code <bdi>} so that right-to-left marks in it cannot reorder the text around it. */
  static String isolated(String text) {
    return "<bdi>" + escape(text) + "</bdi>";
  }

  /**
   * Whether XML 1.0 allows the code point (tab, line feed, carriage return, and the rest but the C0 controls, lone
   * surrogates and U+FFFE, U+FFFF); C1 controls, which XML allows but HTML does not want, are refused too.
   */
  static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /**
   * A fragment name for an id: the core's id rule allows letters, digits, '-', '_' and '.', which are kept; any
   * other character (only in a case that skipped the checks) becomes {@code _xHHHH_}, so a name never carries markup
   * or leaves the page.
   */
  static String fragment(String id) {
    checkNotNull(id, "id");
    StringBuilder out = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); ) {
      int c = id.codePointAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_') {
        out.appendCodePoint(c);
      } else {
        out.append("_x").append(Integer.toHexString(c)).append('_');
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** The anchor of a part of a case: {@code CASE--PART--ID}. */
  static String anchor(String caseId, String part, String id) {
    return fragment(caseId) + "--" + part + "--" + fragment(id);
  }

  /**
   * The text in lines of at most {@code width} average characters (see {@link TextMetrics#columns}) at the size of a
   * figure's text, {@link Figure#TEXT_SIZE}, measured, broken at spaces where it can be, at most {@code maxLines} of
   * them: a text that does not fit ends its last line with an ellipsis.
   */
  static ImmutableList<String> wrap(String text, int width, int maxLines) {
    return wrap(text, TextMetrics.columns(width, Figure.TEXT_SIZE), Figure.TEXT_SIZE, maxLines);
  }

  /**
   * The text in lines at most {@code width} pixels wide as {@link TextMetrics} measures them at {@code size}, broken
   * at spaces where it can be (else inside a word, never inside a surrogate pair, at least a character a line), at
   * most {@code maxLines} of them: a text that does not fit ends its last line with an ellipsis, within the width.
   */
  static ImmutableList<String> wrap(String text, double width, double size, int maxLines) {
    String flat = text.strip().replaceAll("\\s+", " ");
    List<String> lines = new ArrayList<>();
    int i = 0;
    while (i < flat.length() && lines.size() < maxLines) {
      int end = fit(flat, i, width, size);
      if (end < flat.length()) {
        int space = flat.lastIndexOf(' ', end);
        if (space > i) {
          end = space;
        }
      }
      lines.add(flat.substring(i, end).strip());
      i = end;
      while (i < flat.length() && flat.charAt(i) == ' ') {
        i++;
      }
    }
    if (i < flat.length()) {
      String last = lines.get(lines.size() - 1);
      double room = width - TextMetrics.width("\u2026", size);
      int keep = 0;
      for (double used = 0; keep < last.length(); ) {
        int c = last.codePointAt(keep);
        used += TextMetrics.width(c, size);
        if (used > room) {
          break;
        }
        keep += Character.charCount(c);
      }
      lines.set(lines.size() - 1, last.substring(0, keep).strip() + "\u2026");
    }
    if (lines.isEmpty()) {
      lines.add("");
    }
    return ImmutableList.copyOf(lines);
  }

  /**
   * The index after the code points from {@code from} that fit in {@code width} at {@code size}, at least one, never
   * splitting a surrogate pair.
   */
  private static int fit(String s, int from, double width, double size) {
    int end = from;
    double used = 0;
    while (end < s.length()) {
      int c = s.codePointAt(end);
      used += TextMetrics.width(c, size);
      if (used > width && end > from) {
        break;
      }
      end += Character.charCount(c);
    }
    return end;
  }
}

package org.sstlib.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Trims the messages of other libraries' exceptions (Jackson, SnakeYAML, Jena) to what a problem line can hold.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * Messages.firstLine("Unexpected character ('}')\n at [Source: ...]");   // "Unexpected character ('}')"
 * }</pre>
 */
public final class Messages {
  private Messages() {}

  /** The text up to its first line break (LF or CR), or the whole text if it has none. */
  public static String firstLine(String text) {
    checkNotNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return text.substring(0, i);
      }
    }
    return text;
  }

  /** The indefinite article for a word in a message: "an" before a vowel, "a" otherwise ("an agent", "a cycle"). */
  public static String article(String word) {
    return "aeiou".indexOf(checkNotNull(word, "word").charAt(0)) >= 0 ? "an" : "a";
  }
}

package org.sstlib.core.casefile;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML or JSON value that remembers where it was written. */
sealed interface Node {

  int line();

  int column();

  /** A short description of the value's type for messages: "a mapping", "a list", "the text 'x'"... */
  String describe();

  /** A mapping. Keys keep the order of the file; a duplicate key keeps its first value. */
  record MapNode(int line, int column, Map<String, Entry> entries) implements Node {
    MapNode(int line, int column) {
      this(line, column, new LinkedHashMap<>());
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping: where the key is written, and its value. */
  record Entry(int line, int column, Node value) {}

  /** A list. */
  record ListNode(int line, int column, List<Node> items) implements Node {
    ListNode(int line, int column) {
      this(line, column, new ArrayList<>());
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar, with the token the parser saw and the text as written (YAML {@code yes} is VALUE_TRUE with text
   * "yes"), so text fields can take it as the word.
   */
  record Scalar(int line, int column, JsonToken token, String text) implements Node {
    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }

    @Override
    public String describe() {
      return switch (token) {
        case VALUE_NULL -> "an empty value";
        case VALUE_TRUE, VALUE_FALSE -> "the boolean " + text;
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shortened();
        default -> "the text '" + shortened() + "'";
      };
    }

    /** The text, cut to a length a message can show (a value may be megabytes long). */
    String shortened() {
      if (text.length() <= 80) {
        return text;
      }
      int cut = Character.isHighSurrogate(text.charAt(59)) ? 59 : 60;
      return text.substring(0, cut) + "... (" + text.length() + " characters)";
    }
  }
}

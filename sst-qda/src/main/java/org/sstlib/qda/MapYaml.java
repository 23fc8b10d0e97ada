package org.sstlib.qda;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a small YAML file (a map file) into a tree that remembers where each value is written, without recursion.
 * A syntax error, a duplicate key or nesting deeper than {@link #MAX_DEPTH} ends the parse with a located message.
 */
final class MapYaml {
  /** The deepest nesting a map file needs is three; anything far deeper is not a map file. */
  static final int MAX_DEPTH = 20;

  private static final YAMLFactory YAML = YAMLFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** A parsed value and where it is written (line and column from 1). */
  sealed interface Value {
    int line();

    int column();

    /** The value's type in words, for messages. */
    String describe();
  }

  /** A mapping: each key with where the key is written and its value, in the order of the file. */
  record MapValue(int line, int column, Map<String, Entry> entries) implements Value {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping. */
  record Entry(int line, int column, Value value) {}

  /** A list. */
  record ListValue(int line, int column, List<Value> items) implements Value {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar as written ({@code yes} stays the word "yes"); {@code isNull} for an empty value. */
  record Scalar(int line, int column, String text, boolean isNull) implements Value {
    @Override
    public String describe() {
      return isNull ? "an empty value" : "the value '" + text + "'";
    }
  }

  /** A parse that cannot go on: its line, column and message. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    Malformed(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  private MapYaml() {}

  /** The tree of the text; null for an empty document. */
  static Value parse(String text) throws Malformed {
    record Frame(Value value, String[] pendingKey, int[] keyAt) {}
    Deque<Frame> stack = new ArrayDeque<>();
    try (JsonParser p = YAML.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonLocation at = p.currentTokenLocation();
        int line = Math.max(0, at.getLineNr());
        int column = Math.max(0, at.getColumnNr());
        Frame top = stack.peek();
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          // The parser gives an alias as its name, not its value: a map would silently read the wrong text.
          throw new Malformed(line, column, "YAML aliases (*" + p.getText() + ") are not supported in map files: "
              + "write the value out");
        }
        if (t == JsonToken.FIELD_NAME) {
          top.pendingKey[0] = p.currentName();
          top.keyAt[0] = line;
          top.keyAt[1] = column;
          continue;
        }
        Value v;
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (stack.size() >= MAX_DEPTH) {
            throw new Malformed(line, column, "nesting deeper than " + MAX_DEPTH + " levels: this is not a map file");
          }
          v = t == JsonToken.START_OBJECT ? new MapValue(line, column, new LinkedHashMap<>())
              : new ListValue(line, column, new ArrayList<>());
          stack.push(new Frame(v, new String[1], new int[2]));
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          v = stack.pop().value();
          top = stack.peek();
          if (top == null) {
            return v;
          }
        } else {
          v = new Scalar(line, column, t == JsonToken.VALUE_NULL ? "" : p.getText(), t == JsonToken.VALUE_NULL);
          if (top == null) {
            return v;
          }
        }
        if (top.value() instanceof ListValue list) {
          list.items().add(v);
        } else {
          ((MapValue) top.value()).entries().put(top.pendingKey()[0], new Entry(top.keyAt()[0], top.keyAt()[1], v));
        }
      }
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage() == null ? String.valueOf(e.getMessage()) : e.getOriginalMessage();
      message = message.lines().findFirst().orElse(message);
      if (message.startsWith("Duplicate field")) {
        message = "duplicate key " + message.substring("Duplicate field".length()).trim()
            + ": give each key once";
      } else {
        message = "the YAML is malformed: " + message;
      }
      throw new Malformed(at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0,
          at.getColumnNr()), message);
    } catch (IOException e) {
      throw new Malformed(0, 0, "cannot read the map: " + e.getMessage());
    }
  }
}

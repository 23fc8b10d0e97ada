package org.sstlib.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * JSON text that is the same for the same value in every run: objects' keys in a fixed order (JSON-LD's keywords
 * first, {@code @context}, {@code @id}, {@code @type}, {@code @graph}; then the rest in code-point order), two
 * spaces to indent, {@code \n} between lines whatever the system, and a final line break. Values are strings,
 * lists and maps with string keys. Stateless.
 */
final class CrateJson {
  private CrateJson() {}

  private static final List<String> KEYWORDS = List.of("@context", "@id", "@type", "@graph");

  /** The order of an object's keys. */
  static final Comparator<String> KEY_ORDER = Comparator.<String>comparingInt(key -> {
    int i = KEYWORDS.indexOf(key);
    return i < 0 ? KEYWORDS.size() : i;
  }).thenComparing(Comparator.naturalOrder());

  private static final JsonFactory FACTORY = new JsonFactory();

  /** The value as JSON text. */
  static String write(Object value) {
    StringWriter text = new StringWriter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    // "key": value, and [] for an empty list, as most JSON is written (Jackson's default is "key" : value).
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withArrayEmptySeparator("")
        .withObjectEmptySeparator("");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setPrettyPrinter(pretty);
      write(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a StringWriter does not fail
    }
    return text + "\n";
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        write(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      List<String> keys = new ArrayList<>();
      map.keySet().forEach(k -> keys.add((String) k));
      keys.sort(KEY_ORDER);
      json.writeStartObject();
      for (String key : keys) {
        json.writeFieldName(key);
        write(json, map.get(key));
      }
      json.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a JSON value here: " + value);
    }
  }
}

package org.sstlib.rdf.io;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON-LD input as a person reads about it. Its JSON is checked before the JSON-LD reader sees it: well-formed, and
 * no key twice in one object. Why: the JSON-LD reader (Titanium, under Jena) keeps the last of two equal keys
 * without a word, so {@code "label": "a", "label": "b"} would silently lose {@code "a"}; and it reports a JSON
 * syntax error without a useful location. Here each problem comes with its line and column. The reader's own
 * errors are told in plain words ({@link #reason}). Stateless.
 */
final class JsonLdInput {

  /** As deep as JSON may nest: far beyond any case, well before a reader's stack runs out. */
  private static final int MAX_NESTING = 1_000;

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING)
          .maxStringLength((int) RdfFiles.MAX_BYTES)
          .maxNameLength((int) RdfFiles.MAX_BYTES)
          .build())
      .build();

  /** The code a JSON-LD error message names, as {@code [code=INVALID_LOCAL_CONTEXT]}. */
  private static final Pattern JSON_LD_CODE = Pattern.compile("\\s*\\[code=[A-Za-z_ ]*\\]");

  private JsonLdInput() {}

  /**
   * Checks the JSON in {@code bytes[start..]}.
   *
   * @param name the file name, for messages
   * @throws RdfSyntaxException if it is not well-formed JSON, nests deeper than {@value #MAX_NESTING} levels, or
   *     has a key twice in one object; with the line and column of the problem
   */
  static void check(byte[] bytes, int start, String name) {
    try (JsonParser parser = JSON.createParser(bytes, start, bytes.length - start)) {
      Deque<Set<String>> objects = new ArrayDeque<>();
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT -> objects.push(new HashSet<>());
          case END_OBJECT -> objects.pop();
          case FIELD_NAME -> {
            String key = parser.currentName();
            if (!objects.peek().add(key)) {
              JsonLocation at = parser.currentTokenLocation();
              throw new RdfSyntaxException(name, line(at), column(at), "the key \"" + key + "\" is given twice in "
                  + "one JSON object; give each key once (a JSON-LD reader would silently keep only the last)");
            }
          }
          default -> { }
        }
      }
    } catch (StreamConstraintsException e) {
      throw new RdfSyntaxException(name, 0, 0, "nested too deeply to read (JSON more than " + MAX_NESTING
          + " levels deep)");
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      throw new RdfSyntaxException(name, at == null ? 0 : line(at), at == null ? 0 : column(at),
          "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new RdfSyntaxException(name, 0, 0, "not valid JSON: " + e.getMessage(), e);
    }
  }

  /**
   * What a JSON-LD error says, in its own words, without the reader's wrapping ({@code JsonLdError[code=...]}) or
   * its code names: "not valid JSON-LD: an @id entry was encountered whose value [5] was not a string".
   */
  static String reason(JsonLdError e) {
    String message = e.getMessage() == null ? String.valueOf(e.getCode()) : e.getMessage();
    // Titanium writes "In invalid local context": an article, not a preposition.
    message = JSON_LD_CODE.matcher(message).replaceAll("").strip().replace("In invalid ", "An invalid ");
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    if (!message.isEmpty()) {
      message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    return "not valid JSON-LD: " + message;
  }

  private static int line(JsonLocation at) {
    return Math.max(0, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return Math.max(0, at.getColumnNr());
  }
}

package org.sstlib.core.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.sstlib.core.TextRule;
import org.sstlib.core.internal.Messages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML or JSON text into a {@link Node} tree with locations, without recursion (so deep nesting is refused
 * with a message, never a stack overflow). Duplicate keys, YAML aliases, lone surrogates and control characters
 * are reported as problems and parsing goes on; a syntax error ends it.
 */
final class TreeReader {
  /** Thrown when the text cannot be parsed any further; the problem is already recorded. */
  static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(CaseFiles.MAX_DEPTH + 50)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE) // a long number is text to us, as it is in YAML
          .maxDocumentLength(CaseFiles.MAX_BYTES)
          .build())
      .build();

  private static final TextYamlFactory YAML = yamlFactory();

  private final ProblemSink sink;

  TreeReader(ProblemSink sink) {
    this.sink = sink;
  }

  private static TextYamlFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    // SnakeYAML's own limits are lower than ours: 3 MB of text and 50 levels of nesting by default.
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, CaseFiles.MAX_BYTES + 1024));
    options.setNestingDepthLimit(CaseFiles.MAX_DEPTH + 50);
    options.setAllowDuplicateKeys(true); // reported by us, with every duplicate, not just the first
    options.setMaxAliasesForCollections(50);
    return new TextYamlFactory(YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(CaseFiles.MAX_DEPTH + 50)
            .maxStringLength(Integer.MAX_VALUE)
            .build()));
  }

  /** Parses the whole text; returns the root node. */
  Node read(String text, CaseFormat format) throws Stop {
    if (format == CaseFormat.YAML) {
      int bad = TextYamlReader.firstUnprintable(text);
      if (bad >= 0) {
        // SnakeYAML would stop here with only an offset: say where, and what, ourselves.
        int[] at = position(text, bad);
        int c = text.codePointAt(bad);
        sink.add(at[0], at[1], "", "the file holds " + TextRule.describe(c) + " at line " + at[0] + ", column "
            + at[1] + "; a case file cannot hold it (text may hold tab, LF and CR but no other control "
            + "character, and no noncharacter)");
        throw new Stop();
      }
    }
    try (JsonParser parser = format == CaseFormat.YAML ? YAML.parserOf(text) : JSON.createParser(text)) {
      Node root = readValue(parser);
      if (root == null || (root instanceof Node.Scalar s && (s.isNull() || s.text().isBlank()))) {
        sink.add(1, 1, "", "the file is empty; a case file starts with sst: \"1\"");
        throw new Stop();
      }
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        JsonLocation at = parser.currentTokenLocation();
        sink.add(line(at), column(at), "", format == CaseFormat.YAML
            ? "a second YAML document follows the case; a case file holds one document"
            : "unexpected content after the end of the case");
      }
      return root;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException yaml) {
        YamlMistakes.Explained mistake = YamlMistakes.explain(text, yaml);
        sink.add(mistake.line(), mistake.column(), "", mistake.message());
        throw new Stop();
      }
      JsonLocation at = e.getLocation();
      sink.add(at == null ? 0 : line(at), at == null ? 0 : column(at), "", syntaxMessage(e, format));
      throw new Stop();
    } catch (IOException | RuntimeException e) {
      // Anything else the parser throws (SnakeYAML's own exceptions among them) is still a malformed file.
      sink.add(0, 0, "", "cannot parse the file: " + Messages.firstLine(String.valueOf(e.getMessage())));
      throw new Stop();
    } catch (StackOverflowError e) {
      sink.add(0, 0, "", "the file is nested too deeply to read (more than " + CaseFiles.MAX_DEPTH + " levels)");
      throw new Stop();
    }
  }

  private static final class Frame {
    final Node node;
    final String path;
    String pendingKey;
    int keyLine;
    int keyColumn;

    Frame(Node node, String path) {
      this.node = node;
      this.path = path;
    }

    String childPath() {
      if (node instanceof Node.ListNode list) {
        return path + "[" + list.items().size() + "]";
      }
      return path.isEmpty() ? pendingKey : path + "." + pendingKey;
    }
  }

  private Node readValue(JsonParser parser) throws IOException, Stop {
    Deque<Frame> stack = new ArrayDeque<>();
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      JsonLocation at = parser.currentTokenLocation();
      int line = line(at);
      int column = column(at);
      Frame top = stack.peek();
      if (token == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        checkText(key, top.path.isEmpty() ? key : top.path + "." + key, line, column, true);
        top.pendingKey = key;
        top.keyLine = line;
        top.keyColumn = column;
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        Frame done = stack.pop();
        if (stack.isEmpty()) {
          return done.node;
        }
        attach(stack.peek(), done.node);
        continue;
      }
      String path = top == null ? "" : top.childPath();
      if (parser instanceof YAMLParser yaml) {
        if (yaml.isCurrentAlias()) {
          sink.add(line, column, path, "YAML aliases (*" + parser.getText() + ") are not supported in case files: "
              + "write the value out");
        }
        String tag = yaml.getTypeId();
        if (tag != null && !isStandardTag(tag)) {
          sink.add(line, column, path, "the YAML tag " + tag + " is not supported in case files: remove it");
        }
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        if (stack.size() >= CaseFiles.MAX_DEPTH) {
          String shown = path.length() > 60 ? path.substring(0, 60) + "..." : path;
          sink.add(line, column, shown, "nesting deeper than " + CaseFiles.MAX_DEPTH + " levels is refused");
          throw new Stop();
        }
        Node node = token == JsonToken.START_OBJECT ? new Node.MapNode(line, column) : new Node.ListNode(line, column);
        stack.push(new Frame(node, path));
        continue;
      }
      String text = token == JsonToken.VALUE_NULL ? "" : parser.getText();
      if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
        sink.add(line, column, path, "binary or tagged values are not supported in case files");
        text = "";
      }
      checkText(text, path, line, column, false);
      Node scalar = new Node.Scalar(line, column, token, text);
      if (top == null) {
        return scalar;
      }
      attach(top, scalar);
    }
    return null;
  }

  private void attach(Frame parent, Node child) {
    if (parent.node instanceof Node.ListNode list) {
      list.items().add(child);
    } else {
      Node.MapNode map = (Node.MapNode) parent.node;
      String key = parent.pendingKey;
      Node.Entry first = map.entries().get(key);
      if (first != null) {
        sink.add(parent.keyLine, parent.keyColumn, parent.childPath(), "duplicate key '" + key
            + "' (first at line " + first.line() + "); the first value is kept");
      } else {
        map.entries().put(key, new Node.Entry(parent.keyLine, parent.keyColumn, child));
      }
    }
  }

  /** Reports text that {@link TextRule} refuses. */
  private void checkText(String text, String path, int line, int column, boolean key) {
    TextRule.problem(text, key ? "the key" : "the text").ifPresent(m -> sink.add(line, column, path, m));
  }

  /**
   * The line and column (from 1) of a char index, counted as SnakeYAML counts them: a line ends with LF, with CR
   * not followed by LF, with NEL, LS or PS; a column is a code point.
   */
  static int[] position(String text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029
          || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** The YAML core schema's own tags (!!str, !!int, ...) only say what a scalar already is: harmless. */
  private static boolean isStandardTag(String tag) {
    String name = tag.startsWith("tag:yaml.org,2002:") ? tag.substring("tag:yaml.org,2002:".length())
        : tag.startsWith("!!") ? tag.substring(2) : null;
    return name != null && java.util.Set.of("str", "int", "float", "bool", "null", "map", "seq").contains(name);
  }

  private static String syntaxMessage(JsonProcessingException e, CaseFormat format) {
    String original = e.getOriginalMessage();
    if (original == null) {
      original = String.valueOf(e.getMessage());
    }
    String message = Messages.firstLine(original);
    if (message.startsWith("Expected a field name")) {
      return "a key must be a plain value: a list or a mapping used as a key ('? ' or '[a, b]: ...') is not "
          + "supported in case files";
    }
    // Jackson's hints name its Java settings, which a case file's author cannot change: leave them out.
    message = cutAt(cutAt(message, " (not recognized as one since Feature"), ": enable `");
    return "the " + (format == CaseFormat.YAML ? "YAML" : "JSON") + " is malformed: "
        + message.replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\([^>]*\\)>", "$1");
  }

  private static String cutAt(String text, String marker) {
    int at = text.indexOf(marker);
    return at < 0 ? text : text.substring(0, at);
  }

  static int line(JsonLocation at) {
    return Math.max(0, at.getLineNr());
  }

  static int column(JsonLocation at) {
    return Math.max(0, at.getColumnNr());
  }

  /** Where problems go. */
  interface ProblemSink {
    void add(int line, int column, String path, String message);
  }

}

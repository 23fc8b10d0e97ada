package org.sstlib.core.casefile;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Says what is wrong with YAML that does not parse, in plain words, at the line where the mistake starts, with the
 * likely fix: a tab used for indentation, a quote never closed (at the opening quote, not where the parser gave
 * up), an unquoted colon in a value. Anything else is SnakeYAML's own description, its token names put in words.
 * Never names a Java type.
 */
final class YamlMistakes {
  /** A located message: line and column from 1. */
  record Explained(int line, int column, String message) {}

  private static final Map<String, String> TOKENS = Map.ofEntries(
      Map.entry("block end", "the end of an indented block"),
      Map.entry("block mapping start", "an indented key"),
      Map.entry("block sequence start", "an indented list"),
      Map.entry("block entry", "a list item ('-')"),
      Map.entry("flow mapping start", "'{'"),
      Map.entry("flow mapping end", "'}'"),
      Map.entry("flow sequence start", "'['"),
      Map.entry("flow sequence end", "']'"),
      Map.entry("flow entry", "','"),
      Map.entry("key", "a key"),
      Map.entry("value", "':'"),
      Map.entry("scalar", "a value"),
      Map.entry("anchor", "an anchor ('&')"),
      Map.entry("alias", "an alias ('*')"),
      Map.entry("tag", "a tag ('!')"),
      Map.entry("directive", "a directive ('%')"),
      Map.entry("document start", "a new document ('---')"),
      Map.entry("document end", "the end of the document ('...')"),
      Map.entry("stream start", "the start of the file"),
      Map.entry("stream end", "the end of the file"),
      Map.entry("comment", "a comment"));
  private static final Pattern TOKEN = Pattern.compile("'?<([a-z ]+)>'?");

  private YamlMistakes() {}

  /** The mistake behind a parse error of the text. */
  static Explained explain(String text, MarkedYAMLException e) {
    Mark problemMark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    int line = problemMark == null ? 0 : problemMark.getLine() + 1;
    int column = problemMark == null ? 0 : problemMark.getColumn() + 1;
    String problem = String.valueOf(e.getProblem());
    String context = e.getContext();

    if (problem.contains("(TAB)") || problem.contains("\\t")) {
      int tab = tabInIndentation(lineText(text, line));
      return new Explained(line, tab > 0 ? tab : column, "a tab is used for indentation at line " + line
          + "; YAML indents with spaces: replace the tab with spaces");
    }
    if (context != null && context.contains("quoted scalar") && e.getContextMark() != null) {
      Mark open = e.getContextMark();
      return new Explained(open.getLine() + 1, open.getColumn() + 1, "the quote opened at line " + (open.getLine() + 1)
          + ", column " + (open.getColumn() + 1) + " is never closed: add the closing quote");
    }
    Mark open = quoteRunningOnTo(text, line);
    if (open != null) {
      return new Explained(open.getLine() + 1, open.getColumn() + 1, "the quote opened at line "
          + (open.getLine() + 1) + ", column " + (open.getColumn() + 1) + " is not closed on its line, so the "
          + "value runs on to line " + line + ": add the closing quote on line " + (open.getLine() + 1));
    }
    if (context != null && context.startsWith("while parsing a flow") && e.getContextMark() != null
        && e.getContextMark().getLine() + 1 != line) {
      Mark at = e.getContextMark();
      boolean list = context.contains("sequence");
      return new Explained(at.getLine() + 1, at.getColumn() + 1, "the '" + (list ? "[" : "{") + "' opened at line "
          + (at.getLine() + 1) + ", column " + (at.getColumn() + 1) + " is not closed before line " + line + ": add '"
          + (list ? "]" : "}") + "' on line " + (at.getLine() + 1) + " (and quote any value there that holds a comma, "
          + "a colon or a bracket)");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return new Explained(line, column, "a colon followed by a space inside a value at line " + line
          + ", column " + column + ": put the value in quotes" + quotedExample(lineText(text, line)));
    }
    StringBuilder message = new StringBuilder("the YAML is malformed at line ").append(line).append(", column ")
        .append(column).append(": ").append(words(problem));
    if (context != null && e.getContextMark() != null && e.getContextMark().getLine() + 1 != line) {
      message.append(" (").append(words(context)).append(" at line ").append(e.getContextMark().getLine() + 1)
          .append(')');
    }
    return new Explained(line, column, message.toString());
  }

  /** SnakeYAML's words with its token names ({@code <block end>}) said in words. */
  static String words(String snakeYaml) {
    Matcher m = TOKEN.matcher(snakeYaml.strip());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(TOKENS.getOrDefault(m.group(1), m.group(1))));
    }
    m.appendTail(out);
    // SnakeYAML shows the ':' token as a bare colon.
    return out.toString().replace("\n", " ").replace("but got :", "but found ':'");
  }

  /** The text of a line, from 1; empty past the end. */
  private static String lineText(String text, int line) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }

  /** The column (from 1) of the first tab among the line's leading spaces and tabs, or 0. */
  private static int tabInIndentation(String line) {
    for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
      if (line.charAt(i) == '\t') {
        return i + 1;
      }
    }
    return 0;
  }

  /** ", for example label: "a: b"" made from the line, or nothing if it is not a plain {@code key: value}. */
  private static String quotedExample(String line) {
    String body = line.strip();
    if (body.startsWith("- ")) {
      body = body.substring(2).strip();
    }
    int colon = body.indexOf(": ");
    if (colon <= 0 || body.startsWith("{") || body.startsWith("\"") || body.startsWith("'")) {
      return "";
    }
    String value = body.substring(colon + 2).strip();
    return ", for example " + body.substring(0, colon) + ": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"";
  }

  /**
   * Where a quoted value opens that spans lines and ends on the error's line or the one before: the usual sign of a
   * missing closing quote, whose value swallowed the lines up to the next quote. Null if there is none.
   */
  private static Mark quoteRunningOnTo(String text, int errorLine) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    ScannerImpl scanner = new ScannerImpl(new TextYamlReader(text), options);
    Mark found = null;
    try {
      while (!scanner.checkToken(Token.ID.StreamEnd)) {
        Token t = scanner.getToken();
        if (t instanceof ScalarToken s && s.getStyle() != DumperOptions.ScalarStyle.PLAIN
            && s.getStyle() != DumperOptions.ScalarStyle.LITERAL && s.getStyle() != DumperOptions.ScalarStyle.FOLDED
            && s.getStartMark().getLine() != s.getEndMark().getLine()) {
          int end = s.getEndMark().getLine() + 1;
          found = end >= errorLine - 1 && end <= errorLine ? s.getStartMark() : null;
        }
      }
    } catch (RuntimeException e) {
      // The scanner stops at the mistake, as the parser did: what it saw before is what counts.
    }
    return found;
  }
}

package org.sstlib.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sstlib.core.TextRule;
import org.sstlib.rdf.query.NamedQuery;
import org.sstlib.rdf.query.QueryTable;

/**
 * Prints query answers ({@link QueryTable}s, of the named queries and of {@code sst sparql}): an aligned table for a
 * terminal, CSV with a header row, or JSON as an array of flat objects (both load straight into R or pandas). Every
 * row has every column; a missing value is empty. CSV cells that a spreadsheet would run as formulas get a {@code '}
 * before them unless {@link CsvOptions} says otherwise.
 *
 * <p>In JSON a value is a string unless the answer itself says it is a number or a boolean: a column of a named
 * query that {@link NamedQuery#numberColumns()} or {@link NamedQuery#booleanColumns()} names (empty there is
 * {@code null}), or a typed value of {@code sst sparql} ({@link #json(List, List, PrintWriter)}). Text that only
 * looks like a number, such as an id {@code 007}, stays a string.
 */
final class Tables {
  /** The widest a cell is shown in a terminal table; longer text is cut with an ellipsis (CSV and JSON keep it). */
  static final int WIDEST = 60;

  /** A plain number, which a spreadsheet reads as a number even when it begins with a sign. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private Tables() {}

  enum Format { TABLE, CSV, JSON }

  /**
   * Prints a table as {@code format}: the answer of a named query, or of any SELECT ({@link QueryTable#copyOf}); CSV
   * cells that a spreadsheet would run as formulas are protected ({@link CsvOptions}).
   */
  static void print(QueryTable table, Format format, PrintWriter out) {
    print(table, format, new CsvOptions(), out);
  }

  /** Prints a table as {@code format}, CSV as {@code csv} says. */
  static void print(QueryTable table, Format format, CsvOptions csv, PrintWriter out) {
    print(table.columns(), table.rows(), format, csv, out);
  }

  /**
   * Prints a named query's answer as {@code format}, as {@link #print(QueryTable, Format, CsvOptions, PrintWriter)}
   * does, but with the query's number and boolean columns written as JSON numbers and booleans ({@code null} where
   * empty) in {@code -f json}. Table and CSV are the same as without the query.
   */
  static void print(QueryTable table, NamedQuery query, Format format, CsvOptions csv, PrintWriter out) {
    if (format != Format.JSON) {
      print(table, format, csv, out);
      return;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, String> row : table.rows()) {
      Map<String, Object> values = new HashMap<>();
      for (String column : table.columns()) {
        values.put(column, typed(query, column, row.get(column)));
      }
      rows.add(values);
    }
    json(table.columns(), rows, out);
    out.flush();
  }

  /** A value of a named query's answer with the type its column has: a number, a boolean, null or text. */
  private static Object typed(NamedQuery query, String column, String text) {
    if (query.numberColumns().contains(column)) {
      return text.isEmpty() ? null : new BigDecimal(text);
    }
    if (query.booleanColumns().contains(column)) {
      return switch (text) {
        case "" -> null;
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new IllegalStateException(query + ": the boolean column " + column + " holds '" + text
            + "'");
      };
    }
    return text;
  }

  /** Prints rows of these columns as {@code format}; a row that lacks a column shows it empty. */
  static void print(List<String> columns, List<? extends Map<String, String>> rows, Format format, PrintWriter out) {
    print(columns, rows, format, new CsvOptions(), out);
  }

  /** Prints rows of these columns as {@code format}, CSV as {@code csv} says. */
  static void print(List<String> columns, List<? extends Map<String, String>> rows, Format format, CsvOptions csv,
      PrintWriter out) {
    switch (format) {
      case CSV -> csv(columns, rows, csv.protectsFormulas(), out);
      case JSON -> json(columns, rows, out);
      default -> table(columns, rows, out);
    }
    out.flush();
  }

  private static void table(List<String> columns, List<? extends Map<String, String>> rows, PrintWriter out) {
    int[] width = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      width[i] = columns.get(i).length();
      for (Map<String, String> row : rows) {
        width[i] = Math.max(width[i], cell(row.get(columns.get(i))).length());
      }
    }
    StringBuilder header = new StringBuilder();
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      header.append(pad(columns.get(i), width[i], i == columns.size() - 1));
      rule.append("-".repeat(width[i])).append(i == columns.size() - 1 ? "" : "  ");
    }
    out.println(header.toString().stripTrailing());
    out.println(rule);
    for (Map<String, String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns.size(); i++) {
        line.append(pad(cell(row.get(columns.get(i))), width[i], i == columns.size() - 1));
      }
      out.println(line.toString().stripTrailing());
    }
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
  }

  private static String pad(String text, int width, boolean last) {
    return last ? text : text + " ".repeat(width - text.length()) + "  ";
  }

  /** One line, at most {@link #WIDEST} characters. */
  private static String cell(String value) {
    // Control characters from a store or an endpoint are shown escaped (backslash, u, four hex digits): raw, an
    // escape sequence could clear the screen or fake output.
    String text = value == null ? "" : TextRule.escape(value.replace("\r\n", " ").replace('\n', ' ')
        .replace('\r', ' ').replace('\t', ' '));
    return text.length() <= WIDEST ? text : text.substring(0, WIDEST - 1) + "\u2026";
  }

  private static void csv(List<String> columns, List<? extends Map<String, String>> rows, boolean protect,
      PrintWriter out) {
    out.print(csvLine(columns, protect));
    for (Map<String, String> row : rows) {
      out.print(csvLine(columns.stream().map(c -> row.getOrDefault(c, "")).toList(), protect));
    }
  }

  private static String csvLine(List<String> values, boolean protect) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i) == null ? "" : values.get(i);
      if (protect) {
        v = escapeControls(v);
        if (runsAsFormula(v)) {
          v = "'" + v;
        }
      }
      if (i > 0) {
        line.append(',');
      }
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        line.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        line.append(v);
      }
    }
    return line.append("\r\n").toString();
  }

  /**
   * The cell with control characters other than tab, CR and LF written escaped, as {@code \}{@code u} and four hex
   * digits: a spreadsheet shows them as junk and a terminal may run them as escape sequences. {@code --csv-raw}
   * keeps them.
   */
  private static String escapeControls(String cell) {
    StringBuilder out = null;
    int start = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c != '\t' && c != '\r' && c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
        out = out == null ? new StringBuilder(cell.length() + 8) : out;
        out.append(cell, start, i).append(String.format("\\u%04X", (int) c));
        start = i + 1;
      }
    }
    return out == null ? cell : out.append(cell, start, cell.length()).toString();
  }

  /**
   * Whether a spreadsheet would take the cell for a formula: it begins with =, +, -, @, a tab or a carriage return
   * (OWASP's list for CSV injection), and is not a plain number.
   */
  static boolean runsAsFormula(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches();
  }

  /**
   * Prints rows as a JSON array of objects, one per row, with the columns in order. A value is written as its type
   * says: a {@link Boolean} as {@code true} or {@code false}, a {@link Number} ({@link BigDecimal},
   * {@link BigInteger}, {@link Double}, {@link Float} or a whole number) as a number, {@code null} (a
   * column in the row's map with no value) as {@code null}, anything else as a string; a column missing from the row's
   * map is the empty string. A double that is not finite has no JSON form: give it as text.
   */
  static void json(List<String> columns, List<? extends Map<String, ?>> rows, PrintWriter out) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.writeStartArray();
      for (Map<String, ?> row : rows) {
        g.writeStartObject();
        for (String c : columns) {
          g.writeFieldName(c);
          write(g, row.containsKey(c) ? row.get(c) : "");
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    out.println(text);
  }

  private static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof Float f) {
      g.writeNumber(f);
    } else if (value instanceof Number n) {
      g.writeNumber(new BigDecimal(n.toString())); // Long, Integer, Short, Byte
    } else {
      g.writeString(value.toString());
    }
  }
}

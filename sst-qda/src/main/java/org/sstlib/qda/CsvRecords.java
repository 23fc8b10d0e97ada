package org.sstlib.qda;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits spreadsheet text into records with Jackson's CSV parser, as Excel writes and reads CSV (RFC 4180): fields
 * separated by a comma (or the separator a first line {@code sep=;} names, or a semicolon or tab when the header has
 * no comma), a field in double quotes may hold separators, line breaks and doubled quotes ({@code ""} is one
 * {@code "}); a record ends at CRLF, LF or CR outside quotes. A quote inside an unquoted field is kept as a
 * character, as Excel does; other text after a closing quote is refused, but spaces and tabs there are skipped (the
 * parser's rule). Each record keeps the file line it starts on, from the parser's location.
 */
final class CsvRecords {
  /** Thread-safe once built; only its parser factory is used. */
  private static final CsvMapper MAPPER = new CsvMapper();

  /** One record: its fields and the line of the file it starts on. */
  record Row(int line, List<String> fields) {
    boolean isBlank() {
      return fields.stream().allMatch(String::isBlank);
    }
  }

  /** Text that cannot be split: where and why. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int row;

    Malformed(int line, int row, String message) {
      super(message, null, false, false);
      this.line = line;
      this.row = row;
    }
  }

  private CsvRecords() {}

  /** The records of the text, the header first; a byte-order mark must already be removed. */
  static List<Row> split(String text) throws Malformed {
    int start = 0;
    int skipped = 0;
    char separator = 0;
    if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4) {
      separator = text.charAt(4);
      int end = text.indexOf('\n');
      start = end < 0 ? text.length() : end + 1;
      skipped = 1;
    }
    if (separator == 0) {
      separator = guessSeparator(text, start);
    }
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    int rowLine = 0;
    // The line the parser has reached: a field that fails to parse starts on it.
    int reached = 1 + skipped;
    try (CsvParser parser = parser(text, start, separator)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return rows;
      }
      JsonToken token;
      while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
        // token is the record's START_ARRAY
        reached = parser.currentLocation().getLineNr() + skipped;
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
          if (fields.isEmpty()) {
            rowLine = parser.currentTokenLocation().getLineNr() + skipped;
          }
          fields.add(parser.getText());
          reached = parser.currentLocation().getLineNr() + skipped;
        }
        rows.add(new Row(fields.isEmpty() ? reached : rowLine, List.copyOf(fields)));
        fields.clear();
        reached = parser.currentLocation().getLineNr() + skipped;
      }
    } catch (JsonParseException e) {
      String why = e.getOriginalMessage();
      int row = rows.size() + 1;
      if (why.startsWith("Missing closing quote")) {
        throw new Malformed(reached, row, "the quote opened on line " + reached + " is never closed: the rest of "
            + "the file would be one cell");
      }
      int line = e.getLocation() == null ? reached : e.getLocation().getLineNr() + skipped;
      if (why.contains("Expected column separator")) {
        throw new Malformed(line, row, "text after the closing quote of a cell, before the next '" + separator
            + "': a quote inside a quoted cell is written twice (\"\")");
      }
      throw new Malformed(line, row, "the spreadsheet cannot be split into cells: " + why);
    } catch (IOException e) {
      // A StringReader fails only past a parser's limits, such as its longest cell.
      throw new Malformed(reached, rows.size() + 1, "the spreadsheet cannot be split into cells: " + e.getMessage());
    }
    return rows;
  }

  /** A parser of the text from {@code start}, each record an array of strings, no header binding. */
  private static CsvParser parser(String text, int start, char separator) throws IOException {
    StringReader in = new StringReader(text);
    in.skip(start);
    CsvParser parser = (CsvParser) MAPPER.getFactory().createParser(in);
    parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
    return parser;
  }

  /** A comma, unless the first line has none and has semicolons or tabs (Excel in some languages). */
  private static char guessSeparator(String text, int start) {
    int end = text.indexOf('\n', start);
    String header = text.substring(start, end < 0 ? text.length() : end);
    if (header.indexOf(',') >= 0) {
      return ',';
    }
    if (header.indexOf(';') >= 0) {
      return ';';
    }
    return header.indexOf('\t') >= 0 ? '\t' : ',';
  }
}

package org.sstlib.qda;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits spreadsheet text into records as Excel writes and reads CSV (RFC 4180): fields separated by a comma (or the
 * separator a first line {@code sep=;} names, or a semicolon or tab when the header has no comma), a field in
 * double quotes may hold separators, line breaks and doubled quotes ({@code ""} is one {@code "}); a record ends at
 * CRLF, LF or CR outside quotes. A quote inside an unquoted field is kept as a character, as Excel does.
 */
final class CsvRecords {
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
    int line = 1;
    char separator = 0;
    if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4) {
      separator = text.charAt(4);
      int end = text.indexOf('\n');
      start = end < 0 ? text.length() : end + 1;
      line = 2;
    }
    if (separator == 0) {
      separator = guessSeparator(text, start);
    }
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int rowLine = line;
    int i = start;
    int n = text.length();
    boolean atFieldStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (atFieldStart && c == '"') {
        int openLine = line;
        i++;
        while (true) {
          if (i >= n) {
            throw new Malformed(openLine, rows.size() + 1, "the quote opened on line " + openLine + " is never "
                + "closed: the rest of the file would be one cell");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
            line++;
          }
          field.append(q);
          i++;
        }
        if (i < n && text.charAt(i) != separator && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          throw new Malformed(line, rows.size() + 1, "text after the closing quote of a cell, before the next "
              + "'" + separator + "': a quote inside a quoted cell is written twice (\"\")");
        }
        atFieldStart = false;
        continue;
      }
      if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
        i++;
      } else if (c == '\n' || c == '\r') {
        fields.add(field.toString());
        field.setLength(0);
        rows.add(new Row(rowLine, List.copyOf(fields)));
        fields.clear();
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
        rowLine = line;
        atFieldStart = true;
      } else {
        field.append(c);
        atFieldStart = false;
        i++;
      }
    }
    if (!fields.isEmpty() || field.length() > 0 || !atFieldStart) {
      fields.add(field.toString());
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
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

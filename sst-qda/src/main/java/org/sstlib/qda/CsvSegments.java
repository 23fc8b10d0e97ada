package org.sstlib.qda;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sstlib.core.Problem;
import org.sstlib.core.TextRule;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.core.internal.StrictUtf8;

/**
 * Reads a coded-segments spreadsheet, as every qualitative data analysis tool exports one, into {@link QdaData}: one
 * row for each coded passage (or for each code of a passage), with columns for the source, the quote, the locator,
 * the code, the coder and a memo, named by the map's {@code columns:} (by default {@code source}, {@code quote},
 * {@code locator}, {@code code}, {@code coder}, {@code memo}, {@code id}) or by a tool's {@code preset:}.
 *
 * <pre>{@code
 * ImportMap map = ImportMap.parse("preset: taguette\ncodes: {access: patient-access-view}\n", "map.yaml");
 * QdaData data = CsvSegments.read(Path.of("all_tags.csv"), map);
 * }</pre>
 *
 * <p>The text is UTF-8, with or without a byte-order mark, in Excel's CSV dialect (see {@link CsvRecords}). Rows of
 * the same passage (the same {@code id}, or else the same source, locator, quote and coder) are one segment with
 * all their codes. A code is a name path: the map's {@code codeSeparator} (for MAXQDA's and NVivo's
 * {@code Parent\Child}, {@code "\\"}) is read as {@code /}. Every problem is located by its line, row and column
 * name. Stateless and thread-safe.
 */
public final class CsvSegments {
  /** The largest spreadsheet read: 64 MiB. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private CsvSegments() {}

  /**
   * Reads a spreadsheet file.
   *
   * @throws QdaFileException if it cannot be read or its rows cannot be used, with every problem found
   */
  public static QdaData read(Path file, ImportMap map) {
    checkNotNull(file, "file");
    String name = file.toString();
    byte[] bytes = BoundedFiles.read(file, MAX_BYTES, "the spreadsheet");
    return read(bytes, name, map);
  }

  /**
   * Reads a spreadsheet from its bytes.
   *
   * @param name the file name for messages
   * @throws QdaFileException if its rows cannot be used, with every problem found
   */
  public static QdaData read(byte[] bytes, String name, ImportMap map) {
    checkNotNull(bytes, "bytes");
    checkNotNull(name, "name");
    checkNotNull(map, "map");
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    String text = StrictUtf8.decode(java.util.Arrays.copyOfRange(bytes, bom, bytes.length), bad ->
        new QdaFileException(name, List.of(Problem.at(name, bad.line(), bad.column(), "", "the spreadsheet is not "
            + "UTF-8 text: a bad byte sequence at line " + bad.line() + "; export it as CSV UTF-8"))));
    List<CsvRecords.Row> rows;
    try {
      rows = CsvRecords.split(text);
    } catch (CsvRecords.Malformed e) {
      throw new QdaFileException(name, List.of(Problem.at(name, e.line, 0, "row " + e.row, e.getMessage())));
    }
    return new Reader(name, map).read(rows);
  }

  /** The column names of a tool's layout, by the part they hold. */
  private static Map<ImportMap.Column, List<String>> preset(ImportMap.Preset preset, List<String> header) {
    Map<ImportMap.Column, List<String>> columns = new EnumMap<>(ImportMap.Column.class);
    switch (preset) {
      case TAGUETTE -> {
        columns.put(ImportMap.Column.ID, List.of("id"));
        columns.put(ImportMap.Column.SOURCE, List.of("document"));
        columns.put(ImportMap.Column.CODE, List.of(header.contains("tag_full_path") ? "tag_full_path" : "tag"));
        columns.put(ImportMap.Column.QUOTE, List.of("content"));
      }
    }
    return columns;
  }

  /** One read. Not thread-safe. */
  private static final class Reader {
    private final String name;
    private final ImportMap map;
    private final List<Problem> problems = new ArrayList<>();

    Reader(String name, ImportMap map) {
      this.name = name;
      this.map = map;
    }

    QdaData read(List<CsvRecords.Row> rows) {
      if (rows.isEmpty()) {
        throw BoundedFiles.single(name,
            "the spreadsheet is empty: it should have a header row and a row for each coded segment");
      }
      List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
      Map<ImportMap.Column, List<String>> names = new EnumMap<>(ImportMap.Column.class);
      if (map.preset().isPresent()) {
        names.putAll(preset(map.preset().get(), header));
      } else {
        for (ImportMap.Column c : ImportMap.Column.values()) {
          names.put(c, List.of(c.key()));
        }
      }
      names.putAll(map.columns());
      Map<ImportMap.Column, List<Integer>> at = new EnumMap<>(ImportMap.Column.class);
      for (Map.Entry<ImportMap.Column, List<String>> e : names.entrySet()) {
        List<Integer> indexes = new ArrayList<>();
        boolean required = e.getKey() == ImportMap.Column.SOURCE || e.getKey() == ImportMap.Column.QUOTE
            || e.getKey() == ImportMap.Column.CODE || map.columns().containsKey(e.getKey());
        for (String column : e.getValue()) {
          int i = header.indexOf(column);
          if (i >= 0) {
            indexes.add(i);
          } else if (required) {
            problems.add(Problem.at(name, rows.get(0).line(), 0, "row 1", "there is no column '" + column + "' for the "
                + e.getKey().key() + DidYouMean.hint(column, header) + "; the columns are " + String.join(", ",
                    header) + " (name them in the map's columns:, or give its preset:)"));
          }
        }
        if (!indexes.isEmpty()) {
          at.put(e.getKey(), indexes);
        }
      }
      if (!problems.isEmpty()) {
        throw new QdaFileException(name, problems);
      }
      Map<String, Segment> segments = new LinkedHashMap<>();
      Set<String> sources = new LinkedHashSet<>();
      Set<String> coders = new LinkedHashSet<>();
      for (int r = 1; r < rows.size(); r++) {
        CsvRecords.Row row = rows.get(r);
        if (row.isBlank()) {
          continue;
        }
        int rowNumber = r + 1;
        if (row.fields().size() > header.size()
            && row.fields().subList(header.size(), row.fields().size()).stream().anyMatch(f -> !f.isBlank())) {
          problems.add(Problem.at(name, row.line(), 0, "row " + rowNumber, "the row has " + row.fields().size()
              + " cells, the header " + header.size() + ": a cell holding a comma must be in double quotes"));
          continue;
        }
        Optional<String> source = cell(row, rowNumber, header, at, ImportMap.Column.SOURCE).filter(s -> !s.isBlank());
        if (source.isEmpty()) {
          problems.add(Problem.at(name, row.line(), 0, "row " + rowNumber + ", column '" + header.get(at.get(
              ImportMap.Column.SOURCE).get(0)) + "'", "no source: every coded segment names the source it is from"));
          continue;
        }
        String quote = cell(row, rowNumber, header, at, ImportMap.Column.QUOTE).orElse("");
        String locator = locator(row, rowNumber, header, at);
        Optional<String> id = cell(row, rowNumber, header, at, ImportMap.Column.ID).filter(s -> !s.isBlank());
        if (locator.isEmpty() && id.isPresent() && map.preset().isPresent()) {
          locator = "highlight " + id.get();
        }
        Optional<String> coder = cell(row, rowNumber, header, at, ImportMap.Column.CODER).map(String::strip)
            .filter(s -> !s.isEmpty());
        Optional<String> code = cell(row, rowNumber, header, at, ImportMap.Column.CODE).map(String::strip)
            .filter(s -> !s.isEmpty()).map(this::codePath);
        Optional<String> memo = cell(row, rowNumber, header, at, ImportMap.Column.MEMO).filter(s -> !s.isBlank());
        String key = id.map(i -> "id\u001f" + source.get() + "\u001f" + i).orElse("row\u001f" + source.get()
            + "\u001f" + locator + "\u001f" + quote + "\u001f" + coder.orElse(""));
        String finalLocator = locator;
        Segment s = segments.computeIfAbsent(key, k -> new Segment(k, source.get(), quote, finalLocator, coder));
        code.ifPresent(s.codes::add);
        memo.ifPresent(s.memos::add);
        sources.add(source.get());
        coder.ifPresent(coders::add);
      }
      if (!problems.isEmpty()) {
        throw new QdaFileException(name, problems);
      }
      ImmutableList.Builder<CodedSegment> out = ImmutableList.builder();
      for (Segment s : segments.values()) {
        out.add(new CodedSegment(s.key, s.source, CodedSegment.Kind.TEXT,
            s.quote.isEmpty() ? Optional.empty() : Optional.of(s.quote), s.locator, ImmutableList.copyOf(s.codes),
            ImmutableList.of(), s.coder, ImmutableList.copyOf(s.memos)));
      }
      return new QdaData(sources.stream().map(n -> new SourceDocument(n, CodedSegment.Kind.TEXT, Optional.empty()))
          .collect(ImmutableList.toImmutableList()), out.build(), ImmutableList.copyOf(coders));
    }

    private String codePath(String code) {
      if (map.codeSeparator().equals("/")) {
        return code;
      }
      return String.join("/", java.util.Arrays.stream(code.split(java.util.regex.Pattern.quote(
          map.codeSeparator()), -1)).map(String::strip).toList());
    }

    private String locator(CsvRecords.Row row, int rowNumber, List<String> header,
        Map<ImportMap.Column, List<Integer>> at) {
      List<Integer> columns = at.get(ImportMap.Column.LOCATOR);
      if (columns == null) {
        return "";
      }
      if (columns.size() == 1) {
        return checked(row, rowNumber, header, columns.get(0)).strip();
      }
      List<String> parts = new ArrayList<>();
      for (int c : columns) {
        String v = checked(row, rowNumber, header, c).strip();
        if (!v.isEmpty()) {
          parts.add(header.get(c) + " " + v);
        }
      }
      return String.join(", ", parts);
    }

    private Optional<String> cell(CsvRecords.Row row, int rowNumber, List<String> header,
        Map<ImportMap.Column, List<Integer>> at, ImportMap.Column column) {
      List<Integer> columns = at.get(column);
      return columns == null ? Optional.empty() : Optional.of(checked(row, rowNumber, header, columns.get(0)));
    }

    /** The cell's text (empty past the row's end), a refused character reported at its row and column. */
    private String checked(CsvRecords.Row row, int rowNumber, List<String> header, int column) {
      String v = column < row.fields().size() ? row.fields().get(column) : "";
      TextRule.problem(v, "the cell").ifPresent(m -> problems.add(Problem.at(name, row.line(), 0, "row " + rowNumber
          + ", column '" + header.get(column) + "'", m)));
      return v;
    }
  }

  /** A passage as its rows give it, codes and memos gathered. */
  private static final class Segment {
    final String key;
    final String source;
    final String quote;
    final String locator;
    final Optional<String> coder;
    final Set<String> codes = new LinkedHashSet<>();
    final Set<String> memos = new LinkedHashSet<>();

    Segment(String key, String source, String quote, String locator, Optional<String> coder) {
      this.key = key;
      this.source = source;
      this.quote = quote;
      this.locator = locator;
      this.coder = coder;
    }
  }
}

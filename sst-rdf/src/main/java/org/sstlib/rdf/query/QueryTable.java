package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;

/**
 * The raw form of the answer to a named query of {@link SstQueries}, or to any {@code SELECT}
 * ({@link #copyOf(ResultSet)}): a table of text, ready to be printed as a table, CSV or JSON (the command line does
 * the formatting; this type does none).
 *
 * <p>Every row has every column, in the order of {@link #columns()}; a value that is missing is the empty string.
 * The first column of every named query is {@code case}, the id of the case the row comes from. Values are written
 * the way a researcher types them: an element of a case by its id (the part of its IRI after the case's base; an
 * IRI outside the base in angle brackets), a label as its text, a concept of a code list by its code
 * ({@code constrains}, {@code macro}), a number in digits, a boolean as {@code true} or {@code false}, and several
 * values in one cell separated by single spaces.
 *
 * <pre>{@code
 * QueryTable table = SstQueries.on(store).run("unavailable", Map.of());
 * table.columns();               // [case, cycle, role, index, element, label, effect, force]
 * table.rows().get(0).get("element");   // "family-help"
 * table.column("element");       // [family-help, matron-monthly-call, ...]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param columns the column names, distinct, in order
 * @param rows the rows, each a map from every column name (in column order) to its value
 */
public record QueryTable(ImmutableList<String> columns, ImmutableList<ImmutableMap<String, String>> rows) {

  /**
   * Checks that every row has exactly the columns, and puts each row's entries in column order.
   *
   * @throws NullPointerException if anything is null
   * @throws IllegalArgumentException if a column name repeats, or a row lacks a column or has one more
   */
  public QueryTable {
    columns = ImmutableList.copyOf(checkNotNull(columns, "columns"));
    Set<String> distinct = new HashSet<>(columns);
    checkArgument(distinct.size() == columns.size(), "the columns %s repeat a name", columns);
    ImmutableList.Builder<ImmutableMap<String, String>> ordered = ImmutableList.builder();
    int n = 0;
    for (Map<String, String> row : checkNotNull(rows, "rows")) {
      checkNotNull(row, "row %s is null", n);
      checkArgument(row.keySet().equals(distinct), "row %s has the columns %s, not %s", n, row.keySet(), columns);
      ImmutableMap.Builder<String, String> cells = ImmutableMap.builderWithExpectedSize(columns.size());
      for (String column : columns) {
        cells.put(column, checkNotNull(row.get(column), "row %s has no value for '%s'", n, column));
      }
      ordered.add(cells.buildOrThrow());
      n++;
    }
    rows = ordered.build();
  }

  /**
   * A table of these columns with rows given as lists of values in column order.
   *
   * @throws IllegalArgumentException if a row has more or fewer values than there are columns
   */
  public static QueryTable of(List<String> columns, List<? extends List<String>> rows) {
    checkNotNull(columns, "columns");
    checkNotNull(rows, "rows");
    ImmutableList.Builder<ImmutableMap<String, String>> maps = ImmutableList.builderWithExpectedSize(rows.size());
    int n = 0;
    for (List<String> values : rows) {
      checkArgument(values.size() == columns.size(), "row %s has %s values for the %s columns %s", n,
          values.size(), columns.size(), columns);
      ImmutableMap.Builder<String, String> cells = ImmutableMap.builderWithExpectedSize(columns.size());
      for (int i = 0; i < columns.size(); i++) {
        cells.put(columns.get(i), values.get(i));
      }
      maps.add(cells.buildOrThrow());
      n++;
    }
    return new QueryTable(ImmutableList.copyOf(columns), maps.build());
  }

  /**
   * Reads every row of a {@code SELECT} answer into a table: its variables are the columns, in order; a value is
   * written as text (a literal's lexical form, an IRI without brackets, a blank node as Jena writes it), and a
   * variable left unbound in a row is the empty string. This is how a researcher's own query is printed
   * ({@code sst sparql}); the named queries read their answers the same way before they make ids of IRIs.
   *
   * <pre>{@code
   * QueryTable table = store.select(query, QueryTable::copyOf);
   * }</pre>
   *
   * @throws IllegalArgumentException if two variables of the answer have the same name
   */
  public static QueryTable copyOf(ResultSet results) {
    List<String> columns = results.getResultVars();
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Node> row : ResultRows.read(results)) {
      rows.add(columns.stream().map(c -> ResultRows.text(row.get(c))).toList());
    }
    return of(columns, rows);
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /** Whether the table has no row. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * The values of one column, row by row.
   *
   * @throws IllegalArgumentException if the table has no such column
   */
  public ImmutableList<String> column(String name) {
    checkNotNull(name, "name");
    checkArgument(columns.contains(name), "no column '%s'; the columns are %s", name, columns);
    return rows.stream().map(row -> row.get(name)).collect(ImmutableList.toImmutableList());
  }
}

package org.sstlib.core.quotes;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * Where a path of the case-file format ({@code evidence[3]}, {@code sources[0].text}) is written in the case file,
 * so that {@link QuoteCheck} can place its problems on the case file's lines. A path that is not written (a key left
 * out) has no location; {@link QuoteCheck} then uses the nearest enclosing path that has one.
 *
 * <pre>{@code
 * Map<String, int[]> written = ...;   // from the case-file reader
 * CaseLocations where = path -> Optional.ofNullable(written.get(path))
 *     .map(at -> new CaseLocations.Location(at[0], at[1]));
 * }</pre>
 */
@FunctionalInterface
public interface CaseLocations {
  /**
   * A place in a file.
   *
   * @param line from 1
   * @param column from 1, or 0 when not known
   */
  record Location(int line, int column) {
    /**
     * Checks the place.
     *
     * @throws IllegalArgumentException if the line is below 1 or the column negative
     */
    public Location {
      checkArgument(line >= 1 && column >= 0, "line %s, column %s", line, column);
    }
  }

  /** Where the path is written, if it is. */
  Optional<Location> locate(String path);

  /** No path is located: problems name the case file and the path, without a line. */
  static CaseLocations none() {
    return path -> Optional.empty();
  }
}

package org.sstlib.core.casefile;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Function;
import org.sstlib.core.Case;
import org.sstlib.core.Problem;

/**
 * A case read from a case file, with where each of its parts is written, so that a check made after reading (the
 * quotes against their source texts) reports its problems at the file's line and column.
 *
 * <pre>{@code
 * LocatedCase read = CaseFiles.readLocated(Path.of("home-visits.yaml"));
 * Problem p = read.locate(new Problem("evidence[0].quote", "ev-1", "not found"));
 *     // home-visits.yaml:40:12: evidence[0].quote: not found
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LocatedCase {
  private final Case study;
  private final String file;
  private final Function<String, int[]> where;

  LocatedCase(Case study, String file, Function<String, int[]> where) {
    this.study = checkNotNull(study, "study");
    this.file = checkNotNull(file, "file");
    this.where = checkNotNull(where, "where");
  }

  /** The case. */
  public Case study() {
    return study;
  }

  /** The file's name, as the reader was given it. */
  public String file() {
    return file;
  }

  /**
   * Where a path of the case-file format ({@code evidence[3].quote}) is written: its line and column, or those of
   * the nearest part of the path that is written; {@code {0, 0}} when nothing is.
   */
  public int[] lineAndColumn(String path) {
    return where.apply(path).clone();
  }

  /** The problem, placed in the file at its path (or the nearest part of the path that is written there). */
  public Problem locate(Problem problem) {
    int[] at = where.apply(problem.path());
    return problem.locatedAt(file, at[0], at[1]);
  }
}

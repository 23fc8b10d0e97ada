package org.sstlib.cli;

import java.util.List;
import org.sstlib.core.Problem;

/**
 * How {@code sst} prints a problem: the one place that turns {@link Problem}s (of a case file, of RDF, of the model,
 * of the theory's shapes, of a store) into the lines a user reads, {@code file:line:column: path: message}, leaving
 * out what is unknown.
 */
final class Problems {
  private Problems() {}

  /**
   * The line of a problem found in {@code source} (the file, store or endpoint a command was reading): the
   * problem's own file where it names one, else {@code source}; with no source, the problem as it stands.
   */
  static String line(Problem problem, String source) {
    return source == null ? problem.toString() : problem.inFile(source).toString();
  }

  /** The lines of problems found in {@code source}, in their order. */
  static List<String> lines(List<Problem> problems, String source) {
    return problems.stream().map(p -> line(p, source)).toList();
  }
}

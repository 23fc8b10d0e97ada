package org.sstlib.rdf.shacl;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sstlib.core.Problem;

/**
 * The outcome of validating a case with {@link SstShapes}: every problem found, violations first, then by element.
 *
 * <pre>{@code
 * ShapeReport report = SstShapes.validate(graph);
 * report.conforms();       // no violations (warnings and advice may remain)
 * report.problems();       // every problem, of any severity
 * report.asProblems();     // the same, as the Problems every part of sst reports
 * System.out.println(report);   // one line per problem
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param problems the problems, violations first, then warnings, then advice, each group by focus and rule
 */
public record ShapeReport(List<ShapeProblem> problems) {
  /** Copies the list. */
  public ShapeReport {
    problems = ImmutableList.copyOf(problems);
  }

  /**
   * Whether the case breaks no rule: there is no problem of severity {@link Severity#VIOLATION}. Unlike SHACL's own
   * {@code sh:conforms}, warnings and advice ({@code sh:Warning}, {@code sh:Info}) do not make a case fail: they
   * point at gaps in an analysis, not at errors.
   */
  public boolean conforms() {
    return problems.stream().noneMatch(p -> p.severity() == Severity.VIOLATION);
  }

  /** The problems of severity {@link Severity#VIOLATION}. */
  public List<ShapeProblem> violations() {
    return problems.stream().filter(p -> p.severity() == Severity.VIOLATION)
        .collect(ImmutableList.toImmutableList());
  }

  /** Every problem, in the same order, as a {@link Problem} ({@link ShapeProblem#toProblem()}). */
  public ImmutableList<Problem> asProblems() {
    return problems.stream().map(ShapeProblem::toProblem).collect(ImmutableList.toImmutableList());
  }

  /**
   * "conforms" or "does not conform", with the number of problems when there are any, then one line per problem
   * (lines end with {@code \n}).
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(conforms() ? "conforms" : "does not conform");
    if (!problems.isEmpty()) {
      text.append(" (").append(problems.size()).append(problems.size() == 1 ? " problem)" : " problems)");
    }
    for (ShapeProblem p : problems) {
      text.append('\n').append(p);
    }
    return text.toString();
  }
}

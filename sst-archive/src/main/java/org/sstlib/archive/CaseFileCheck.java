package org.sstlib.archive;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.sstlib.core.Case;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfFormat;
import org.sstlib.rdf.io.WrittenCases;
import org.sstlib.rdf.shacl.ShapeReport;
import org.sstlib.rdf.shacl.SstShapes;

/**
 * Reads the bytes of one case file (YAML or JSON) or RDF file and checks its cases as {@code sst validate} does: the
 * model's rules while reading, then the theory's SHACL shapes (on an RDF file, on the graph as the file wrote it).
 * Used when a crate is made and when it is checked, so both apply the same rules. Stateless.
 */
final class CaseFileCheck {
  private CaseFileCheck() {}

  /**
   * What one file gave: its cases (empty when it could not be read) and every problem, located in {@code name}.
   *
   * @param cases the cases read, in the file's order
   * @param problems every problem: reading, the model's rules, the theory's shapes
   */
  record Result(ImmutableList<Case> cases, ImmutableList<Problem> problems) {
    boolean isValid() {
      return problems.isEmpty();
    }
  }

  /** Whether a file name is one this check reads: a case file or an RDF file, by its extension. */
  static boolean reads(String name) {
    return CaseFormat.ofFileName(name).isPresent() || RdfFormat.ofFileName(name).isPresent();
  }

  /**
   * Reads and checks the file's bytes.
   *
   * @param name the file's name in messages; its extension says how it is read
   */
  static Result check(String name, byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    List<Case> cases = new ArrayList<>();
    try {
      Optional<CaseFormat> caseFormat = CaseFormat.ofFileName(name);
      if (caseFormat.isPresent()) {
        Case study = CaseFiles.read(bytes, caseFormat.get(), name);
        cases.add(study);
        shapes(name, study, SstShapes.validate(study), problems);
      } else {
        Optional<RdfFormat> rdf = RdfFormat.ofFileName(name);
        if (rdf.isEmpty()) {
          return new Result(ImmutableList.of(), ImmutableList.of(Problem.at(name, 0, 0, "",
              "not a file sst reads: the name should end in .yaml, .yml or .json (case files) or .ttl, .trig, .nt,"
                  + " .nq or .jsonld (RDF)")));
        }
        WrittenCases read = RdfFiles.readWithGraphs(new ByteArrayInputStream(bytes), rdf.get(), name);
        for (Case study : read.cases()) {
          cases.add(study);
          Graph written = read.graphOf(study.id());
          shapes(name, study, SstShapes.validate(written), problems);
        }
      }
    } catch (SstException e) {
      e.problems().forEach(p -> problems.add(p.inFile(name)));
      return new Result(ImmutableList.of(), ImmutableList.copyOf(problems));
    }
    return new Result(ImmutableList.copyOf(cases), ImmutableList.copyOf(problems));
  }

  private static void shapes(String name, Case study, ShapeReport report, List<Problem> problems) {
    if (report.conforms()) {
      return;
    }
    String where = name + ": case '" + study.id() + "'";
    report.asProblems().forEach(p -> problems.add(p.inFile(where)));
    int n = report.violations().size();
    problems.add(Problem.at(name, 0, 0, "", "not valid: case '" + study.id() + "' breaks " + n
        + (n == 1 ? " rule" : " rules") + " of the theory's shapes"));
  }
}

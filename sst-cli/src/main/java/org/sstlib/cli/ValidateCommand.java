package org.sstlib.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sstlib.core.Case;
import org.sstlib.core.quotes.QuoteReport;
import org.sstlib.rdf.shacl.ShapeReport;
import org.sstlib.rdf.shacl.SstShapes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sst validate FILE...}: reads each case file and says whether it is a valid case.
 *
 * <p>A valid file gets one summary line on standard output:
 *
 * <pre>{@code
 * examples/cases/hughes-2022.yaml: valid case 'hughes-2022': 6 cycles, 58 structures, 23 agents, 67 evidence
 * }</pre>
 *
 * <p>An invalid file gets every problem on standard error, one a line as {@code file:line:column: path: message}
 * (a file that cannot be read at all, such as a missing one, gets one line saying why), then the count of
 * problems when there is more than one; the next file is checked all the same. Exit code {@link ExitCodes#OK} when every file is valid,
 * {@link ExitCodes#INVALID} when any is invalid or cannot be read.
 *
 * <p>After the model's checks, the theory's SHACL shapes check each case: on an RDF file, the graph as the file
 * wrote it, so that what only hand-written RDF can get wrong (a chain step missing or left over) is found. Then the
 * quotes are checked against their sources' texts ({@code text} on a source), read beside the file or in the folder
 * given with {@code --texts}: a quote not found is a problem like any other, and a line says how many quotes were
 * found and how many went unchecked, and which evidence items have no kind (a format-version-1 case).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check case files against the format and the rules of the theory.",
      "",
      "Reads each FILE (a case file in YAML or JSON, or RDF: Turtle, TriG, N-Triples, N-Quads, JSON-LD) and"
          + " prints one line for each valid case; for an invalid one, every problem with its line and column, on"
          + " standard error. Every file is checked, even after an invalid one.",
      "",
      "Quotes are checked against their sources' texts (a source's text: key), read beside the case file or in"
          + " the folder given with --texts; a quote not found is an error that names the closest passage."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is a valid case",
      "1:a file is invalid or cannot be read",
      "2:bad usage",
      "3:internal error in sst"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Strings, not Paths: the file is named in every message exactly as the user wrote it, and a name that is not
  // a valid path is the user's input to report, not a usage error.
  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Case files ending .yaml, .yml or .json, or RDF ending .ttl, .trig, .nt, .nq or .jsonld.")
  List<String> files;

  @Option(names = "--texts", paramLabel = "DIR",
      description = "Read the sources' texts (their text: names) from DIR instead of beside each case file; a text"
          + " not found there is an error.")
  Path texts;

  @Override
  public Integer call() {
    try {
      SourceTextCheck.checkFolder(texts);
    } catch (UserError e) {
      e.lines().forEach(spec.commandLine().getErr()::println);
      spec.commandLine().getErr().flush();
      return ExitCodes.INVALID;
    }
    boolean allValid = true;
    for (String file : files) {
      allValid &= validate(file);
    }
    return allValid ? ExitCodes.OK : ExitCodes.INVALID;
  }

  /** Checks one file, printing a summary of each case in it or every problem; whether it is valid. */
  private boolean validate(String file) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    out.flush();
    try {
      boolean valid = true;
      for (Inputs.CaseAndGraph read : Inputs.readWithGraphs(file)) {
        // The model's own checks passed (or reading would have failed); now the theory's rules as SHACL shapes, on
        // the graph as the file wrote it when it is RDF.
        Case c = read.study();
        ShapeReport report = Inputs.isCaseFile(file) ? SstShapes.validate(c) : SstShapes.validate(read.graph());
        QuoteReport quotes = read.located().map(located -> SourceTextCheck.check(located, texts))
            .orElseGet(() -> SourceTextCheck.check(file, c, texts));
        if (report.conforms() && quotes.isValid()) {
          out.println(file + ": valid case '" + c.id() + "': " + summary(c));
          Problems.lines(report.asProblems(), file).forEach(out::println);
        } else if (!report.conforms()) {
          Problems.lines(report.asProblems(), file + ": case '" + c.id() + "'").forEach(err::println);
          err.println(file + ": not valid: case '" + c.id() + "' breaks "
              + count(report.violations().size(), "rule") + " of the theory's shapes");
          valid = false;
        }
        if (!quotes.isValid()) {
          Problems.lines(quotes.problems(), file).forEach(err::println);
          err.println(file + ": not valid: case '" + c.id() + "' has " + count(quotes.problems().size(),
              "problem") + " of quotes and their sources' texts");
          valid = false;
        }
        if (report.conforms() && quotes.isValid()) {
          // What was not checked, said of a valid case only: an invalid one has more pressing lines.
          Problems.lines(quotes.notes(), file).forEach(out::println);
          SourceTextCheck.summary(file, quotes).ifPresent(out::println);
          SourceTextCheck.kindless(file, c).ifPresent(out::println);
        }
      }
      out.flush();
      err.flush();
      return valid;
    } catch (UserError e) {
      e.lines().forEach(err::println);
      if (e.lines().size() > 1) {
        err.println(file + ": not valid: " + count(e.lines().size(), "problem"));
      }
      err.flush();
      return false;
    }
  }

  private static String summary(Case c) {
    return count(c.cycles().size(), "cycle") + ", " + count(c.structures().size(), "structure") + ", "
        + count(c.agents().size(), "agent") + ", " + c.evidence().size() + " evidence";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

package org.sstlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sstlib.core.Case;
import org.sstlib.core.SstException;
import org.sstlib.core.internal.AtomicFiles;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.rdf.query.QueryParameterException;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.report.FigureFiles;
import org.sstlib.report.Report;
import org.sstlib.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sst report (FILE... | --store DIR | --endpoint URL) [--case ID] [--from ID --to ID] -o report.html}: one
 * self-contained HTML page of the cases read, for reading offline (see {@link Report}).
 *
 * <pre>{@code
 * sst report examples/cases/hughes-2022.yaml -o hughes-2022.html
 * sst report examples/cases/*.yaml -o all-cases.html
 * sst report --store store --case hughes-2022 --from admission-avoidance-policy --to alf-at-home -o report.html
 * sst report examples/cases/hughes-2022.yaml --figure field -f svg -o docs/hughes-2022-field.svg
 * sst report examples/cases/hughes-2022.yaml --figure cycle:icm-meeting -f png -o icm-meeting.png
 * sst report examples/cases/hughes-2022.yaml --figure chain --orientation landscape -o chain.svg
 * }</pre>
 *
 * <p>With {@code --figure field|chain|cycle:ID} it writes one figure of one case alone, for a paper, as SVG or as
 * PNG at 300 dots an inch ({@link FigureFiles}); {@code --orientation auto|landscape|portrait} says how the field
 * and the chain are turned (auto: portrait when landscape text would print below 7 points at 170 mm).
 *
 * <p>Nothing is written unless every case read is valid and the ends of the chain name elements of the cases; the
 * page is written whole or not at all ({@link AtomicFiles}).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write one self-contained HTML page of cases: the field of practices, the chain, each cycle's quadripartite"
          + " figure, the findings, the elements and the evidence.",
      "",
      "The page reads offline and fetches nothing; every figure is followed by the same content as a list. Several"
          + " cases share one page with an index. The same cases give the same bytes.",
      "",
      "With --figure, write one figure of one case alone, for a paper: SVG at most 170 mm wide, or PNG at 300 dpi;"
          + " the field and the chain turned to portrait (read from top to bottom) when their landscape text would"
          + " print below 7 pt at that width, unless --orientation says otherwise."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:invalid or unreadable input, or an unknown --from/--to; nothing written",
        "2:bad usage (an unknown --figure, -f or --orientation among them)", "3:internal error in sst"})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Case files (.yaml, .yml, .json) or RDF (.ttl, .trig, .nt, .nq, .jsonld).")
  List<String> files = new ArrayList<>();

  @Option(names = "--store", paramLabel = "DIR", description = "Report the cases of a TDB2 store directory.")
  Path store;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Report the cases of a SPARQL endpoint's dataset URL (credentials, if any, from"
          + " SST_ENDPOINT_USER and SST_ENDPOINT_PASSWORD).")
  String endpoint;

  @Option(names = "--case", paramLabel = "ID", description = "Report only this case.")
  String caseId;

  @Option(names = "--from", paramLabel = "ID",
      description = "Where the chain starts (default: a structure in the first cycle's external role).")
  String from;

  @Option(names = "--to", paramLabel = "ID",
      description = "Where the chain ends (default: the last cycle's position-practice).")
  String to;

  @Option(names = "--figure", paramLabel = "NAME",
      description = "Write only this figure of one case (--case when several): field, chain or cycle:ID.")
  String figure;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "The figure's format: svg (default; at most 170 mm wide, text as text) or png (300 dpi).")
  String format;

  @Option(names = "--orientation", paramLabel = "WAY",
      description = "How the field and the chain are turned in a figure: auto (default; portrait when landscape text"
          + " would print below 7 pt at 170 mm), landscape (left to right, as the page) or portrait (top to bottom,"
          + " the field's scales as columns).")
  String orientation;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
      description = "The HTML file (or with --figure the figure) to write, whole or not at all.")
  Path output;

  /** The dots an inch of a PNG figure: what journals ask of line art at the least. */
  static final float PNG_DPI = 300;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    int sources = (files.isEmpty() ? 0 : 1) + (store == null ? 0 : 1) + (endpoint == null ? 0 : 1);
    if (sources != 1) {
      throw new ParameterException(spec.commandLine(), sources == 0
          ? "expected FILE... (or --store DIR or --endpoint URL)" : "give FILE..., --store or --endpoint, not two");
    }
    if ((from == null) != (to == null)) {
      throw new ParameterException(spec.commandLine(), "give --from and --to together");
    }
    if (output.toString().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "-o needs a file name");
    }
    checkFigure();
    try {
      List<Case> cases = read();
      if (caseId != null) {
        cases = cases.stream().filter(c -> c.id().equals(caseId)).toList();
        if (cases.isEmpty()) {
          throw new UserError(name() + ": holds no case '" + caseId + "'; nothing written");
        }
      }
      ReportOptions options = ReportOptions.defaults();
      if (from != null) {
        checkEnds(cases);
        options = options.withChain(from, to);
      }
      if (figure != null) {
        return writeFigure(cases, options, err);
      }
      byte[] page = Report.html(cases, options).getBytes(StandardCharsets.UTF_8);
      try {
        AtomicFiles.write(output, out -> out.write(page));
      } catch (IOException e) {
        throw new UserError(output + ": cannot write: " + FileErrors.reason(e) + "; nothing written");
      }
      err.println(output + ": report of " + cases.size() + (cases.size() == 1 ? " case" : " cases") + " written ("
          + cases.stream().map(Case::id).collect(Collectors.joining(", ")) + ")");
      err.flush();
      return ExitCodes.OK;
    } catch (UserError e) {
      e.lines().forEach(err::println);
      err.flush();
      return ExitCodes.INVALID;
    }
  }

  /** The ways a figure may be turned, as {@code --orientation} takes them. */
  private static final List<String> ORIENTATIONS = List.of("auto", "landscape", "portrait");

  /**
   * Refuses an unknown figure, format or orientation, and a format or orientation without a figure, before anything
   * is read.
   */
  private void checkFigure() {
    if (figure == null) {
      if (format != null) {
        throw new ParameterException(spec.commandLine(), "-f is for a figure: give --figure field|chain|cycle:ID");
      }
      if (orientation != null) {
        throw new ParameterException(spec.commandLine(),
            "--orientation is for a figure: give --figure field|chain|cycle:ID");
      }
      return;
    }
    if (!figure.equals("field") && !figure.equals("chain")
        && !(figure.startsWith("cycle:") && figure.length() > "cycle:".length())) {
      throw new ParameterException(spec.commandLine(), "--figure: no figure '" + figure
          + "'; give field, chain or cycle:ID" + DidYouMean.hint(figure, List.of("field", "chain")));
    }
    if (format != null && !format.equals("svg") && !format.equals("png")) {
      throw new ParameterException(spec.commandLine(), "-f: no format '" + format + "'; give svg or png"
          + DidYouMean.hint(format, List.of("svg", "png")));
    }
    if (orientation != null && !ORIENTATIONS.contains(orientation)) {
      throw new ParameterException(spec.commandLine(), "--orientation: no orientation '" + orientation
          + "'; give auto, landscape or portrait" + DidYouMean.hint(orientation, ORIENTATIONS));
    }
  }

  /** Writes the one figure of the one case, or refuses. */
  private int writeFigure(List<Case> cases, ReportOptions options, PrintWriter err) throws UserError {
    if (cases.size() > 1) {
      throw new UserError(name() + ": holds " + cases.size() + " cases (" + cases.stream().map(Case::id)
          .collect(Collectors.joining(", ")) + "); a figure is of one case: give --case ID; nothing written");
    }
    Case study = cases.get(0);
    byte[] bytes;
    try {
      String svg = FigureFiles.svg(study, figure, options, FigureFiles.Orientation.valueOf(
          (orientation == null ? "auto" : orientation).toUpperCase(Locale.ROOT)));
      bytes = "png".equals(format) ? FigureFiles.png(svg, PNG_DPI) : svg.getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new UserError(name() + ": --figure " + figure + ": " + e.getMessage() + "; nothing written");
    }
    try {
      AtomicFiles.write(output, out -> out.write(bytes));
    } catch (IOException e) {
      throw new UserError(output + ": cannot write: " + FileErrors.reason(e) + "; nothing written");
    }
    err.println(output + ": figure " + figure + " of " + study.id() + " written ("
        + ("png".equals(format) ? "PNG, 300 dpi" : "SVG") + ")");
    err.flush();
    return ExitCodes.OK;
  }

  /** Every case of the files, store or endpoint, in order; two cases of one id are refused. */
  private List<Case> read() throws UserError {
    List<Case> cases = new ArrayList<>();
    if (!files.isEmpty()) {
      List<String> problems = new ArrayList<>();
      for (String file : files) {
        try {
          cases.addAll(Inputs.read(file));
        } catch (UserError e) {
          problems.addAll(e.lines());
        }
      }
      if (!problems.isEmpty()) {
        problems.add("nothing written");
        throw new UserError(problems);
      }
    } else {
      if (store != null && !Files.isDirectory(store)) {
        throw new UserError(store + ": no such store directory");
      }
      try (SstStore s = store != null ? SstStore.tdb2ReadOnly(store) : SstStore.remote(endpoint)) {
        cases.addAll(s.all());
      } catch (SstException e) {
        throw UserError.in(name(), e);
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Case c : cases) {
      if (!seen.add(c.id())) {
        throw new UserError(name() + ": two cases have the id '" + c.id() + "'; report them apart (--case ID)"
            + " or give one of them; nothing written");
      }
    }
    if (cases.isEmpty()) {
      throw new UserError(name() + ": holds no case; nothing written");
    }
    return cases;
  }

  /** Checks that --from and --to name elements of the cases, with a "did you mean" when they do not. */
  private void checkEnds(List<Case> cases) throws UserError {
    try (SstStore memory = SstStore.memory()) {
      memory.putAll(cases);
      SstQueries.on(memory).chainPaths(from, to, 1, 1);
    } catch (QueryParameterException e) {
      throw new UserError(name() + ": " + e.getMessage() + "; nothing written");
    }
  }

  private String name() {
    return !files.isEmpty() ? String.join(", ", files) : store != null ? store.toString() : endpoint;
  }
}

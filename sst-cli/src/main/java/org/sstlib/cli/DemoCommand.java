package org.sstlib.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.internal.Messages;
import org.sstlib.rdf.query.QueryTable;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.query.SstQueries;
import org.sstlib.rdf.shacl.SstShapes;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.report.Report;
import org.sstlib.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sst demo}: the reference case, Hughes, Shaw and Greenhalgh (2022), end to end: validate it, print the
 * quadripartite table of each site, the chain from national policy to Alf's position-practice through the structures
 * that were there, the feedback loops, what was absent when Alf fell, the avoided admission that did not happen and
 * the emergency admission instead, how national policy reaches that admission only through an absence, and write
 * the case as Turtle and its report as one HTML page.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "The reference case (Hughes, Shaw & Greenhalgh 2022) end to end.",
      "",
      "Validates the case, prints the quadripartite table of each cycle, the chain from national policy to Alf's"
          + " position-practice, the feedback loops, what was absent when Alf fell, the avoided admission that"
          + " did not happen, the chain from national policy to his emergency admission (through an absence),"
          + " and writes out/hughes-2022.ttl and the report out/hughes-2022.html."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:the case did not validate, or the Turtle could not be written",
        "2:bad usage, such as an id that is not in the case", "3:internal error in sst"})
final class DemoCommand implements Callable<Integer> {
  /** The reference case, packaged in the jar from examples/cases/ at build time. */
  static final String CASE_RESOURCE = "/org/sstlib/cli/cases/hughes-2022.yaml";

  @Spec CommandSpec spec;

  private static final String DEFAULT_FROM = "admission-avoidance-policy";
  private static final String DEFAULT_TO = "alf-at-home";
  /** What happened instead of the avoided admission: the end of the demo's second chain. */
  private static final String ADMISSION = "emergency-admission";

  @Option(names = "--from", paramLabel = "ID", defaultValue = DEFAULT_FROM,
      description = "Where the chain starts (default ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--to", paramLabel = "ID", defaultValue = DEFAULT_TO,
      description = "Where the chain ends (default ${DEFAULT-VALUE}).")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
      description = "Where to write the Turtle (default ${DEFAULT-VALUE}).")
  Path outputDir;

  @Override
  public Integer call() throws IOException, UserError {
    PrintWriter out = spec.commandLine().getOut();
    Case hughes;
    try (InputStream in = DemoCommand.class.getResourceAsStream(CASE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the reference case is missing from the jar: " + CASE_RESOURCE);
      }
      // An invalid case (only if the jar was built from a broken file) goes to UserErrorHandler: exit 1.
      hughes = CaseFiles.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), CaseFormat.YAML,
          "hughes-2022.yaml");
    }
    try (SstStore store = SstStore.memory()) {
      store.put(hughes);
      SstQueries queries = SstQueries.on(store);
      // The chain is asked first, so that an id that is not in the case is a usage error before any output.
      QueryTable chain;
      try {
        // What was there: the absences of the morning Alf fell have a section of their own.
        chain = queries.run("chain", Map.of("from", from, "to", to, "limit", "1", "absences", "false"));
      } catch (SstException | IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), Messages.firstLine(String.valueOf(e.getMessage()))
            + " (--from and --to take ids of the reference case, such as " + DEFAULT_FROM + " and " + DEFAULT_TO
            + ")");
      }
      heading(out, "1. Validate: " + hughes.title());
      out.println("valid case '" + hughes.id() + "': " + hughes.cycles().size() + " cycles, "
          + hughes.structures().size() + " structures, " + hughes.agents().size() + " agents, "
          + hughes.evidence().size() + " evidence");
      var report = SstShapes.validate(hughes);
      out.println("theory checks (SHACL): " + (report.conforms() ? "conforms" : report.problems().size()
          + " problems"));
      Problems.lines(report.asProblems(), null).forEach(p -> out.println("  " + p));

      heading(out, "2. The quadripartite table of each site");
      for (Cycle cycle : hughes.cycles()) {
        out.println();
        out.println(cycle.id() + ": " + cycle.label() + " (site: " + cycle.site() + ")");
        print(queries.run("quadripartite", Map.of("cycle", cycle.id())), out, List.of("case", "cycle"));
      }
      heading(out, "3. The chain from " + from + " to " + to + " through what was there");
      print(chain, out, List.of("case"));
      heading(out, "4. Feedback: loops through which structures reproduce themselves");
      print(queries.run("feedback", Map.of()), out, List.of("case"));
      heading(out, "5. Absent at the moment of action: what was not there when Alf fell");
      print(queries.run("unavailable", Map.of()), out, List.of("case"));
      heading(out, "6. Intended but not realised: the avoided admission, and what happened instead");
      print(queries.run("unrealised", Map.of()), out, List.of("case"));
      heading(out, "7. The chain from " + DEFAULT_FROM + " to " + ADMISSION + ": only through an absence");
      print(queries.run("chain", Map.of("from", DEFAULT_FROM, "to", ADMISSION, "limit", "1")), out,
          List.of("case"));
    }

    Path turtle = outputDir.resolve(hughes.id() + ".ttl");
    try {
      ExportCommand.writeAtomically(turtle, RdfFiles.toTurtle(hughes).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError(turtle + ": cannot write: " + FileErrors.reason(e) + " (choose another folder with -o DIR)");
    }
    Path page = outputDir.resolve(hughes.id() + ".html");
    try {
      ExportCommand.writeAtomically(page, Report.html(List.of(hughes), ReportOptions.defaults().withChain(from, to))
          .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError(page + ": cannot write: " + FileErrors.reason(e) + " (choose another folder with -o DIR)");
    }
    heading(out, "8. Archive");
    out.println("wrote " + turtle + " (deterministic Turtle: the same case always gives the same bytes)");
    out.println("wrote " + page + " (the report: the field, the chain, each cycle's quadripartite figure, the"
        + " findings and the evidence; open it in a browser, it fetches nothing)");
    out.flush();
    return ExitCodes.OK;
  }

  private static void heading(PrintWriter out, String text) {
    out.println();
    out.println(text);
    out.println("=".repeat(Math.min(text.length(), 100)));
  }

  /** Prints a table without the columns that say the same thing on every row here. */
  private static void print(QueryTable table, PrintWriter out, List<String> drop) {
    List<String> columns = table.columns().stream().filter(c -> !drop.contains(c)).toList();
    Tables.print(columns, table.rows(), Tables.Format.TABLE, out);
  }
}

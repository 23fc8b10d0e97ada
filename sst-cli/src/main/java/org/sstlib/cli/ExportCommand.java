package org.sstlib.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sstlib.core.Case;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.internal.AtomicFiles;
import org.sstlib.core.quotes.QuoteReport;
import org.sstlib.rdf.QuoteAnchors;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.store.SstStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sst export (FILE | --store DIR) -f FORMAT [-o OUT]}: writes cases as RDF for archiving, or back as a case
 * file. FILE may be a case file or RDF, so an archived Turtle file turns back into YAML.
 *
 * <pre>{@code
 * sst export examples/cases/hughes-2022.yaml -f turtle -o out/hughes-2022.ttl
 * sst export out/hughes-2022.ttl -f yaml -o hughes-2022.yaml
 * sst export --store store -f trig -o all-cases.trig
 * }</pre>
 *
 * <p>Nothing is written unless every case read is valid; the output file is written whole or not at all (a file
 * that is not a regular one, such as {@code /dev/null} or a FIFO, is written into rather than replaced; a symbolic
 * link is followed; see {@link AtomicFiles}). A file that cannot be written is exit 1 with the system's reason; on
 * standard output, a write that fails is reported by {@link OutputCheck}. The text goes out as it is laid out, never
 * held whole.
 *
 * <p>Quotes are checked against their sources' texts as {@code sst validate} checks them (beside the file read, or
 * in the folder given with {@code --texts}); a quote not found writes nothing. In RDF, each quote found is anchored
 * in its text: its {@code oa:TextQuoteSelector} holds the passage with a prefix and a suffix, and an
 * {@code oa:TextPositionSelector} gives its place.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write cases as RDF (Turtle, TriG, N-Triples, N-Quads, JSON-LD), as a case file (YAML, JSON), or a case's"
          + " quotes as a REFI-QDA project for a qualitative data analysis tool (QDPX).",
      "",
      "Reads a case file or an RDF file, or every case of a store. Turtle, N-Triples, YAML and JSON hold one case;"
          + " TriG, N-Quads and JSON-LD hold several, each in its named graph urn:sst:graph:<id>. Turtle is"
          + " deterministic: the same case gives the same bytes. JSON-LD carries its @context inline.",
      "",
      "qdpx writes the case's quoted evidence as coded selections (-o is needed) and, beside it, the map file that"
          + " imports it back with sst import qdpx (--map names another)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:invalid or unreadable input; nothing written", "2:bad usage",
        "3:internal error in sst"})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main sst;

  static final class Source {
    @Parameters(paramLabel = "FILE", arity = "1",
        description = "A case file (.yaml, .yml, .json) or RDF (.ttl, .trig, .nt, .nq, .jsonld).")
    String file;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "A TDB2 store directory.")
    Path store;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
      completionCandidates = ExportFormat.Names.class, description = "One of: ${COMPLETION-CANDIDATES}.")
  ExportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file to write (default: standard output). It is written whole or not at all; a symbolic"
          + " link is followed, a device or FIFO written into, a folder refused.")
  Path output;

  @Option(names = "--map", paramLabel = "MAP",
      description = "With -f qdpx: the map file to write beside the project (default: OUT with .qdpx replaced by"
          + " .map.yaml).")
  Path map;

  @Option(names = "--case", paramLabel = "ID", description = "Export only this case of the input.")
  String caseId;

  @Option(names = "--texts", paramLabel = "DIR",
      description = "Read the sources' texts from DIR instead of beside the file read: each quote found there is"
          + " anchored in the RDF written; a quote not found writes nothing.")
  Path texts;

  /** Where the quotes of the cases read were found in their sources' texts. */
  private QuoteAnchors anchors = QuoteAnchors.none();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && output.toString().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "-o needs a file name (leave it out to write to standard"
          + " output)");
    }
    if (format == ExportFormat.QDPX && output == null) {
      throw new ParameterException(spec.commandLine(), "-f qdpx writes a zip file: name it with -o (for example -o"
          + " study.qdpx)");
    }
    if (map != null && format != ExportFormat.QDPX) {
      throw new ParameterException(spec.commandLine(), "--map goes with -f qdpx only");
    }
    List<Case> cases;
    try {
      cases = read();
    } catch (UserError e) {
      e.lines().forEach(err::println);
      err.flush();
      return ExitCodes.INVALID;
    }
    if (caseId != null) {
      cases = cases.stream().filter(c -> c.id().equals(caseId)).collect(Collectors.toList());
      if (cases.isEmpty()) {
        err.println(from() + ": holds no case '" + caseId + "'");
        err.flush();
        return ExitCodes.INVALID;
      }
    }
    if (format.holdsOneCase() && cases.size() != 1) {
      err.println(from() + ": holds " + cases.size() + " cases ("
          + cases.stream().map(Case::id).collect(Collectors.joining(", ")) + "); " + format
          + " holds one: choose it with --case ID, or export them all as trig, nquads or jsonld");
      err.flush();
      return ExitCodes.INVALID;
    }
    List<Case> chosen = cases;
    QuoteAnchors found = anchors;
    if (format == ExportFormat.QDPX) {
      Optional<Path> folder = source.file == null ? Optional.empty() : Optional.of(texts != null ? texts
          : Optional.ofNullable(Path.of(source.file).getParent()).orElse(Path.of(".")));
      int code = QdpxOutput.write(chosen.get(0), found, folder, output, map != null ? map
          : QdpxOutput.defaultMap(output), err);
      err.flush();
      return code;
    }
    // A case file is made whole first: a case with kinds on some evidence and not on the rest cannot be written in
    // either format version, and is refused before anything is written.
    byte[] caseFile;
    try {
      caseFile = format.caseFile().map(f -> CaseFiles.write(chosen.get(0), f).getBytes(StandardCharsets.UTF_8))
          .orElse(null);
    } catch (SstException e) {
      UserError.in(from(), e).lines().forEach(err::println);
      err.println(from() + ": nothing written");
      err.flush();
      return ExitCodes.INVALID;
    }
    if (output == null) {
      // A failed write is reported by OutputCheck, which knows the stream's reason.
      OutputStream out = sst.standardOutput();
      write(chosen, format, found, caseFile, out);
      out.flush();
    } else {
      try {
        AtomicFiles.write(output, out -> write(chosen, format, found, caseFile, out));
      } catch (IOException e) {
        err.println(output + ": cannot write: " + FileErrors.reason(e) + "; nothing written");
        err.flush();
        return ExitCodes.INVALID;
      }
      err.println(output + ": " + cases.size() + (cases.size() == 1 ? " case" : " cases") + " written as " + format);
      err.flush();
    }
    return ExitCodes.OK;
  }

  private String from() {
    return source.file != null ? source.file : source.store.toString();
  }

  private List<Case> read() throws UserError {
    SourceTextCheck.checkFolder(texts);
    if (source.file != null) {
      Inputs.Loaded loaded = Inputs.load(source.file);
      List<String> problems = new ArrayList<>();
      for (Case c : loaded.cases()) {
        QuoteReport report = loaded.located().map(located -> SourceTextCheck.check(located, texts))
            .orElseGet(() -> SourceTextCheck.check(source.file, c, texts));
        problems.addAll(Problems.lines(report.problems(), source.file));
        anchors = anchors.with(c.id(), report.anchors());
      }
      if (!problems.isEmpty()) {
        throw new UserError(problems);
      }
      return loaded.cases();
    }
    if (!Files.isDirectory(source.store)) {
      throw new UserError(source.store + ": no such store directory");
    }
    try (SstStore store = SstStore.tdb2ReadOnly(source.store)) {
      return store.all();
    } catch (org.sstlib.core.SstException e) {
      throw UserError.in(source.store.toString(), e);
    }
  }

  /**
   * Writes the case file already made ({@code caseFile}), or the cases as RDF as they are laid out (every case
   * mapped before the first byte).
   */
  private static void write(List<Case> cases, ExportFormat format, QuoteAnchors anchors, byte[] caseFile,
      OutputStream out) throws IOException {
    if (caseFile != null) {
      out.write(caseFile);
      return;
    }
    try {
      RdfFiles.write(cases, format.rdf().orElseThrow(), out, anchors);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Writes the whole file beside its place, then moves it there: a reader never sees half a file. */
  static void writeAtomically(Path file, byte[] bytes) throws IOException {
    AtomicFiles.write(file, out -> out.write(bytes));
  }
}

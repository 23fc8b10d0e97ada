package org.sstlib.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfFormat;
import org.sstlib.rdf.store.SstStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
 * <p>Nothing is written unless every case read is valid; the output file is written whole or not at all.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write cases as RDF (Turtle, TriG, N-Triples, N-Quads, JSON-LD) or as a case file (YAML, JSON).",
      "",
      "Reads a case file or an RDF file, or every case of a store. Turtle, N-Triples, YAML and JSON hold one case;"
          + " TriG, N-Quads and JSON-LD hold several, each in its named graph urn:sst:graph:<id>. Turtle is"
          + " deterministic: the same case gives the same bytes. JSON-LD carries its @context inline."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:invalid or unreadable input; nothing written", "2:bad usage",
        "3:internal error in sst"})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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
      description = "turtle, trig, ntriples, nquads, jsonld, yaml or json.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The file to write (default: standard output).")
  Path output;

  @Option(names = "--case", paramLabel = "ID", description = "Export only this case of the input.")
  String caseId;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String f = format.toLowerCase(Locale.ROOT);
    if (!List.of("turtle", "trig", "ntriples", "nquads", "jsonld", "yaml", "json").contains(f)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "unknown format '" + format + "': use turtle, trig, ntriples, nquads, jsonld, yaml or json");
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
    boolean single = List.of("turtle", "ntriples", "yaml", "json").contains(f);
    if (single && cases.size() != 1) {
      err.println(from() + ": holds " + cases.size() + " cases ("
          + cases.stream().map(Case::id).collect(Collectors.joining(", ")) + "); " + f
          + " holds one: choose it with --case ID, or export them all as trig, nquads or jsonld");
      err.flush();
      return ExitCodes.INVALID;
    }
    byte[] bytes = render(cases, f);
    if (output == null) {
      OutputStream out = System.out;
      out.write(bytes);
      out.flush();
    } else {
      writeAtomically(output, bytes);
      err.println(output + ": " + cases.size() + (cases.size() == 1 ? " case" : " cases") + " written as " + f);
      err.flush();
    }
    return ExitCodes.OK;
  }

  private String from() {
    return source.file != null ? source.file : source.store.toString();
  }

  private List<Case> read() throws UserError {
    if (source.file != null) {
      return Inputs.read(source.file);
    }
    if (!Files.isDirectory(source.store)) {
      throw new UserError(source.store + ": no such store directory");
    }
    try (SstStore store = SstStore.tdb2(source.store)) {
      return store.all();
    } catch (org.sstlib.core.SstException e) {
      throw UserError.in(source.store.toString(), e);
    }
  }

  private static byte[] render(List<Case> cases, String format) {
    switch (format) {
      case "yaml":
        return CaseFiles.write(cases.get(0), CaseFormat.YAML).getBytes(StandardCharsets.UTF_8);
      case "json":
        return CaseFiles.write(cases.get(0), CaseFormat.JSON).getBytes(StandardCharsets.UTF_8);
      default:
        RdfFormat rdf = switch (format) {
          case "turtle" -> RdfFormat.TURTLE;
          case "trig" -> RdfFormat.TRIG;
          case "ntriples" -> RdfFormat.NTRIPLES;
          case "nquads" -> RdfFormat.NQUADS;
          default -> RdfFormat.JSONLD;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfFiles.write(cases, rdf, out);
        return out.toByteArray();
    }
  }

  /**
   * A temporary file is made readable by its owner only; the file it becomes is an ordinary one (rw-r--r--), like
   * any other the researcher writes, so an archive can be shared.
   */
  static void readableByOthers(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its defaults apply.
    }
  }

  /** Writes the whole file beside its place, then moves it there: a reader never sees half a file. */
  static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".sst-export-", ".tmp");
    try {
      readableByOthers(tmp);
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

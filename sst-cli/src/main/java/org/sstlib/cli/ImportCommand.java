package org.sstlib.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sstlib.core.Case;
import org.sstlib.core.Codebook;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.internal.AtomicFiles;
import org.sstlib.qda.refi.CodebookImport;
import org.sstlib.qda.refi.QdaCode;
import org.sstlib.qda.refi.QdeReader;
import org.sstlib.qda.refi.RefiProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sst import}: coded data in from a qualitative data analysis tool (NVivo, ATLAS.ti, MAXQDA, QualCoder,
 * Taguette) through the REFI-QDA exchange files.
 *
 * <pre>{@code
 * sst import qdc codes.qdc --id interviews -o case.yaml
 * sst import qdpx study.qdpx --list-codes
 * }</pre>
 *
 * <p>Errors are located (file:line:column) and written on standard error; the exit code is 1 and nothing is
 * written.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "KIND",
    description = {
      "Bring coded data in from a qualitative data analysis tool (NVivo, ATLAS.ti, MAXQDA, QualCoder, Taguette)",
      "through its REFI-QDA export: a codebook (.qdc) or a project (.qdpx)."
    },
    subcommands = {ImportCommand.Qdc.class, ImportCommand.Qdpx.class, ImportCsvCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:imported", "1:a file that cannot be read or used (every reason is printed); nothing written",
        "2:bad usage", "3:internal error in sst"})
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "say what to import: qdc or qdpx");
  }

  /** {@code sst import qdc CODEBOOK.qdc [--id ID] [--label TEXT] [-o CASE]}: a codebook becomes a case codebook. */
  @Command(
      name = "qdc",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Turn a REFI-QDA codebook (.qdc) into a case codebook: each code a concept labelled with its name, the code"
            + " it is nested in its broader concept, so elements can cite it in 'codes' as codebook:concept.",
        "",
        "Without -o the codebook is printed as a 'codebooks:' entry to paste into a case file. With -o and a case"
            + " file that does not exist yet, a new case holding just the codebook is written (its id from the"
            + " file's name). With -o and an existing case file, the codebook is added to it and the file is"
            + " written again whole, in the form sst writes (its comments and layout are not kept); the case must"
            + " not have a codebook of that id already.",
        "A concept's id comes from the code's name (lower case, letters and digits, '-' between words; -2, -3 for a"
            + " repeated name); a code's description becomes the concept's definition (a key of case-file format"
            + " version 2); GUIDs and colours are not kept."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:imported", "1:the codebook or the case file cannot be read or used; nothing written",
          "2:bad usage", "3:internal error in sst"})
  static final class Qdc implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CODEBOOK", arity = "1", description = "The REFI-QDA codebook file (.qdc).")
    Path codebook;

    @Option(names = "--id", paramLabel = "ID",
        description = "The codebook's id in the case (default: from the file's name).")
    String id;

    @Option(names = "--label", paramLabel = "TEXT", description = "The codebook's label (default: the file's name).")
    String label;

    @Option(names = {"-o", "--output"}, paramLabel = "CASE",
        description = "A case file (.yaml, .yml, .json) to add the codebook to, or to make if it does not exist"
            + " (default: print it).")
    Path output;

    @Override
    public Integer call() throws UserError {
      String base = codebook.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      String codebookId = id != null ? id : CodebookImport.slug(base);
      if (!codebookId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        throw new ParameterException(spec.commandLine(), "--id '" + codebookId + "' is not an id: use letters,"
            + " digits, '.', '_' and '-', starting with a letter or digit");
      }
      if (output != null && CaseFormat.ofFileName(output.toString()).isEmpty()) {
        throw new UserError(output + ": -o names a case file: its name should end in .yaml, .yml or .json;"
            + " nothing written");
      }
      List<QdaCode> codes;
      try {
        codes = QdeReader.readQdc(codebook);
      } catch (SstException e) {
        throw nothingWritten(UserError.in(codebook.toString(), e));
      }
      Codebook cb = CodebookImport.codebook(codes, codebookId, label != null ? label : base);
      PrintWriter err = spec.commandLine().getErr();
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(fragment(cb));
        out.flush();
      } else if (Files.exists(output)) {
        addTo(output, cb, err);
        err.println(output + ": codebook '" + cb.id() + "' added, " + cb.concepts().size() + " concepts");
      } else {
        Case made;
        try {
          made = ImportedCases.newCase(output, "Codes from " + codebook.getFileName(), cb);
        } catch (SstException e) {
          throw nothingWritten(UserError.in(output.toString(), e));
        }
        write(output, made);
        err.println(output + ": new case '" + made.id() + "' with codebook '" + cb.id() + "', "
            + cb.concepts().size() + " concepts");
      }
      err.flush();
      return ExitCodes.OK;
    }

    /** The codebook as a case file's {@code codebooks:} key, written as sst writes case files. */
    static String fragment(Codebook cb) {
      Case holder = Case.builder("codebook", "codebook").codebook(cb).build();
      String text = CaseFiles.write(holder, CaseFormat.YAML);
      int at = text.indexOf("\ncodebooks:");
      return text.substring(at + 1);
    }

    /** Adds the codebook to the case file; says on {@code err} what it leaves out. */
    private static void addTo(Path file, Codebook cb, PrintWriter err) throws UserError {
      if (!Files.isRegularFile(file)) {
        throw new UserError(file + ": not a file; nothing written");
      }
      List<Case> cases = Inputs.read(file.toString());
      if (!Inputs.isCaseFile(file.toString()) || cases.size() != 1) {
        throw new UserError(file + ": not a case file (.yaml, .yml, .json); nothing written");
      }
      Case c = cases.get(0);
      if (c.codebooks().stream().anyMatch(b -> b.id().equals(cb.id()))) {
        throw new UserError(file + ": the case already has a codebook '" + cb.id() + "'; choose another id with"
            + " --id; nothing written");
      }
      Codebook kept = cb;
      long defined = cb.concepts().stream().filter(k -> k.definition().isPresent()).count();
      if (defined > 0 && c.evidence().stream().anyMatch(e -> e.kind().isEmpty())) {
        // A definition is a key of format version 2, which needs a kind on every evidence item: a version-1 case
        // keeps its format, and the codebook comes without the codes' descriptions.
        kept = new Codebook(cb.id(), cb.label(), cb.concepts().stream()
            .map(k -> new Codebook.Concept(k.id(), k.label(), k.broader())).collect(ImmutableList.toImmutableList()));
        err.println(file + ": the case is in format version 1 (evidence without a kind), which has no concept"
            + " definitions: " + (defined == 1 ? "the description of 1 code is" : "the descriptions of " + defined
            + " codes are") + " left out; to keep them, make the case version 2 (docs/case-files.md, \"Format"
            + " versions\"), take codebook '" + cb.id() + "' out of it and import the codebook again");
      }
      Case added;
      try {
        added = Case.builder(c).codebook(kept).build();
      } catch (SstException e) {
        throw nothingWritten(UserError.in(file.toString(), e));
      }
      write(file, added);
    }

    /** Writes the case file whole, or not at all. */
    private static void write(Path file, Case c) throws UserError {
      byte[] text = CaseFiles.write(c, CaseFormat.ofFileName(file.toString()).orElseThrow())
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      try {
        AtomicFiles.write(file, out -> out.write(text));
      } catch (IOException e) {
        throw new UserError(file + ": cannot write: " + FileErrors.reason(e) + "; nothing written");
      }
    }
  }

  /**
   * {@code sst import qdpx PROJECT.qdpx --list-codes}: the project's code tree with the number of coded selections
   * of each code, to write the map from.
   */
  @Command(
      name = "qdpx",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Import a REFI-QDA project (.qdpx) into a case file, as the map file says: each coded text selection"
            + " becomes evidence quoting the selected passage exactly, each source a source with its plain text"
            + " kept beside the case file. With --list-codes, print its code tree instead: each code's name path"
            + " (the names from the root joined by '/', as a map names codes), indented by depth, with how many"
            + " coded selections it codes.",
        "",
        "The archive and its project.qde are read hardened: no DTDs or entities, no entry that escapes its"
            + " folder, no symbolic links, limits on entries and sizes."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:written or listed", "1:the project, the map or the case cannot be read, or the result is"
          + " invalid (every reason is printed); nothing written", "2:bad usage", "3:internal error in sst"})
  static final class Qdpx implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", arity = "1", description = "The REFI-QDA project file (.qdpx).")
    Path project;

    @Option(names = "--list-codes", description = "Print the code tree with the count of coded selections per code.")
    boolean listCodes;

    @Option(names = "--map", paramLabel = "MAP", description = "The map file (YAML): which code supports which"
        + " element or role, which codes are ignored, the sources' types.")
    Path map;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
        description = "The case file to write (.yaml, .yml or .json); written whole or not at all.")
    Path output;

    @Option(names = "--into", paramLabel = "CASE", description = "An existing case file to add to (it may be OUT"
        + " itself); nothing in it is changed. A version-1 case with evidence (no kinds) is refused: make it"
        + " version 2 first. Without it, a new case named after OUT.")
    Path into;

    @Override
    public Integer call() throws UserError {
      if (listCodes && (map != null || output != null || into != null)) {
        throw new ParameterException(spec.commandLine(), "--list-codes prints the code tree only: give it alone,"
            + " or import with --map MAP -o OUT");
      }
      if (!listCodes) {
        if (map == null || output == null) {
          throw new ParameterException(spec.commandLine(), "sst import qdpx needs --map MAP and -o OUT to import"
              + " (or --list-codes to print the code tree)");
        }
        List<String> notRead = new ArrayList<>();
        int code = ImportedCases.write(spec, map, output, into, "Coded data from " + project.getFileName(),
            importMap -> {
              RefiProject p = QdeReader.readQdpx(project);
              notRead.addAll(p.notRead());
              return p.data();
            });
        PrintWriter err = spec.commandLine().getErr();
        notRead.forEach(line -> err.println(project + ": " + line));
        err.flush();
        return code;
      }
      RefiProject p = read(project);
      PrintWriter out = spec.commandLine().getOut();
      p.codeTreeLines().forEach(out::println);
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.println(project + ": " + p.codes().stream().mapToLong(c -> c.flatten().count()).sum() + " codes, "
          + p.data().segments().size() + " coded selections in " + p.data().sources().size() + " sources, "
          + p.users().size() + " users");
      p.notRead().forEach(line -> err.println(project + ": " + line));
      err.flush();
      return ExitCodes.OK;
    }

    /** The project, or a user error naming every problem. */
    static RefiProject read(Path qdpx) throws UserError {
      try {
        return QdeReader.readQdpx(qdpx);
      } catch (SstException e) {
        throw nothingWritten(UserError.in(qdpx.toString(), e));
      }
    }
  }

  private static UserError nothingWritten(UserError e) {
    List<String> lines = new ArrayList<>(e.lines());
    lines.add("nothing written");
    return new UserError(lines);
  }
}

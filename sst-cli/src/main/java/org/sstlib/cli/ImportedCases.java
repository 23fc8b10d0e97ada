package org.sstlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sstlib.core.Case;
import org.sstlib.core.Codebook;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.internal.AtomicFiles;
import org.sstlib.qda.EvidenceImport;
import org.sstlib.qda.ImportMap;
import org.sstlib.qda.QdaData;
import org.sstlib.qda.SourceTextFiles;
import org.sstlib.rdf.shacl.ShapeReport;
import org.sstlib.rdf.shacl.SstShapes;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The end of every {@code sst import} of coded data ({@code csv}, {@code qdpx}): the case read ({@code --into}; one in
 * format version 1, with evidence of no kind, is refused at once) or a new one named after the output file, the map
 * read, the data read with it, turned into evidence of the case, checked as
 * {@code sst validate} checks a case, and written whole (the sources' texts beside it, then the case file) or not at
 * all, with the import's counts printed.
 */
final class ImportedCases {
  private ImportedCases() {}

  /** Reads the coded data a tool exported, as the map says. */
  @FunctionalInterface
  interface Reader {
    QdaData read(ImportMap map) throws SstException;
  }

  /**
   * Imports and writes; returns the exit code.
   *
   * @param title the title of a new case, when there is no {@code into}
   */
  static int write(CommandSpec spec, Path map, Path output, Path into, String title, Reader reader) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (CaseFormat.ofFileName(output.toString()).isEmpty()) {
      err.println(output + ": -o names a case file: its name should end in .yaml, .yml or .json");
      err.flush();
      return ExitCodes.INVALID;
    }
    Case study;
    try {
      study = into != null ? CaseFiles.read(into) : newCase(output, title);
    } catch (SstException e) {
      return UserError.in(String.valueOf(into != null ? into : output), e).print(err);
    }
    Optional<String> kindless = SourceTextCheck.kindless(String.valueOf(into), study);
    if (kindless.isPresent()) {
      // Imported evidence always has a kind, and a case with kinds on some evidence and not the rest has no format.
      err.println(kindless.get());
      err.println(into + ": the case is in format version 1, and imported evidence has a kind, which version 2"
          + " needs on every item: make the case version 2 first (write sst: \"2\" at its top, give every"
          + " evidence item its kind and write its analyst as by; docs/case-files.md, \"Format versions\"), then"
          + " import again; nothing else read, nothing written");
      err.flush();
      return ExitCodes.INVALID;
    }
    EvidenceImport.Result result;
    try {
      ImportMap importMap = ImportMap.read(map);
      QdaData data = reader.read(importMap);
      result = EvidenceImport.into(study, data, importMap);
    } catch (SstException e) {
      // The map's, the export's and the case file's problems name their files; the model's are the case's.
      return UserError.in(String.valueOf(into != null ? into : output), e).print(err);
    }
    ShapeReport shapes = SstShapes.validate(result.study());
    if (!shapes.conforms()) {
      Problems.lines(shapes.asProblems(), output.toString()).forEach(err::println);
      err.println(output + ": not written: the case with the imported evidence breaks "
          + shapes.violations().size() + " of the theory's rules");
      err.flush();
      return ExitCodes.INVALID;
    }
    Path folder = output.toAbsolutePath().getParent();
    List<Problem> textProblems = SourceTextFiles.check(result.texts(), folder);
    if (!textProblems.isEmpty()) {
      Problems.lines(textProblems, null).forEach(err::println);
      err.println(output + ": not written");
      err.flush();
      return ExitCodes.INVALID;
    }
    if (into != null && result.study().equals(study) && sameFile(into, output)) {
      // Nothing to add: the file is left as it is, comments and layout included.
      result.report().lines().forEach(out::println);
      out.println(output + ": nothing to add; left as it was");
      out.flush();
      return ExitCodes.OK;
    }
    byte[] text;
    try {
      text = CaseFiles.write(result.study(), CaseFormat.ofFileName(output.toString()).get())
          .getBytes(StandardCharsets.UTF_8);
    } catch (SstException e) {
      return UserError.in(output.toString(), e).print(err);
    }
    try {
      SourceTextFiles.write(result.texts(), folder);
      AtomicFiles.write(output, o -> o.write(text));
    } catch (IOException | UncheckedIOException e) {
      err.println(output + ": cannot be written: " + e.getMessage());
      err.flush();
      return ExitCodes.INVALID;
    }
    result.report().lines().forEach(out::println);
    out.println(output + ": " + result.study().evidence().size() + " evidence in case '" + result.study().id()
        + "'" + (result.texts().isEmpty() ? "" : "; sources' texts in " + String.join(", ",
            result.report().textsWritten())));
    out.flush();
    return ExitCodes.OK;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A new case named after the output file ({@code alf-interviews.yaml} is case {@code alf-interviews}), with the
   * codebooks given.
   */
  static Case newCase(Path output, String title, Codebook... codebooks) {
    String name = output.getFileName().toString();
    String stem = name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
    return Case.builder(stem.isEmpty() ? "imported" : stem, title).codebook(codebooks).build();
  }
}

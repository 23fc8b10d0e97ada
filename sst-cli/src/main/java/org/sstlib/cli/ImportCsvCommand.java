package org.sstlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sstlib.core.Case;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.internal.AtomicFiles;
import org.sstlib.qda.CsvSegments;
import org.sstlib.qda.EvidenceImport;
import org.sstlib.qda.ImportMap;
import org.sstlib.qda.QdaData;
import org.sstlib.qda.SourceTextFiles;
import org.sstlib.rdf.shacl.ShapeReport;
import org.sstlib.rdf.shacl.SstShapes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sst import csv SEGMENTS.csv --map MAP.yaml -o case.yaml [--into EXISTING.yaml]}: a coded-segments
 * spreadsheet, as a qualitative data analysis tool exports one, becomes a case's sources and evidence, as the map file
 * says (see {@code docs/qda.md}).
 *
 * <pre>{@code
 * sst import csv all_tags.csv --map map.yaml --into alf.yaml -o alf.yaml
 * }</pre>
 *
 * <p>Nothing the case has is changed, and the same spreadsheet imported twice adds nothing the second time. The
 * result is checked as {@code sst validate} checks a case (the model's rules, then the theory's shapes); an invalid
 * result writes nothing and prints every problem. The case file is written whole or not at all. Prints how many
 * segments became evidence, how many were skipped and why, and each code coded but not mapped, with its count.
 */
@Command(
    name = "csv",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Import a coded-segments spreadsheet (CSV) into a case file, as the map file says.",
      "",
      "Each row is a coded passage: its source, quote, locator, code and coder, in columns the map names (or a"
          + " tool's preset, such as taguette). Each passage with a code the map names becomes evidence supporting"
          + " what the map says; the rest are counted, with each code coded but not mapped."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:invalid or unreadable input, or an invalid result; nothing written",
        "2:bad usage", "3:internal error in sst"})
final class ImportCsvCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SEGMENTS", arity = "1", description = "The spreadsheet, CSV in UTF-8 (with or without a"
      + " byte-order mark), as Excel writes it.")
  Path segments;

  @Option(names = "--map", paramLabel = "MAP", required = true,
      description = "The map file (YAML): which code supports which element or role, which codes are ignored, the"
          + " sources' types, the spreadsheet's columns.")
  Path map;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
      description = "The case file to write (.yaml, .yml or .json); written whole or not at all.")
  Path output;

  @Option(names = "--into", paramLabel = "CASE",
      description = "An existing case file to add to (it may be OUT itself); nothing in it is changed. Without it,"
          + " a new case named after OUT.")
  Path into;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (CaseFormat.ofFileName(output.toString()).isEmpty()) {
      err.println(output + ": -o names a case file: its name should end in .yaml, .yml or .json");
      err.flush();
      return ExitCodes.INVALID;
    }
    EvidenceImport.Result result;
    try {
      ImportMap importMap = ImportMap.read(map);
      QdaData data = CsvSegments.read(segments, importMap);
      Case study = into != null ? CaseFiles.read(into) : newCase();
      result = EvidenceImport.into(study, data, importMap);
    } catch (SstException e) {
      // The map's, the spreadsheet's and the case file's problems name their files; the model's are the case's.
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

  /** A new case named after the output file: {@code alf-interviews.yaml} is case {@code alf-interviews}. */
  private Case newCase() {
    String name = output.getFileName().toString();
    String stem = name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
    return Case.builder(stem.isEmpty() ? "imported" : stem, "Coded segments from " + segments.getFileName())
        .build();
  }
}

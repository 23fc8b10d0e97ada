package org.sstlib.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sstlib.qda.CsvSegments;
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
      description = "An existing case file to add to (it may be OUT itself); nothing in it is changed. A"
          + " version-1 case with evidence (no kinds) is refused: make it version 2 first. Without it, a new case"
          + " named after OUT.")
  Path into;

  @Override
  public Integer call() {
    return ImportedCases.write(spec, map, output, into, "Coded segments from " + segments.getFileName(),
        importMap -> CsvSegments.read(segments, importMap));
  }
}
